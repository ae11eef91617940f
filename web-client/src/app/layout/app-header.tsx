import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '@/lib/me';
import { useAuth } from '@/lib/auth-context';
import { changeLanguage, type Language } from '@/lib/i18n';
import { NotificationBell } from '@/features/notifications';
import { can, primaryRole } from '@/lib/permissions';

interface AppHeaderProps {
  me: Me;
  collapsed: boolean;
  onToggleMenu: () => void;
}

export function AppHeader({ me, collapsed, onToggleMenu }: AppHeaderProps) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const role = primaryRole(me.roles ?? []);
  const scopeName =
    me.scope?.kind === 'province'
      ? t('scope.province')
      : me.scope?.kind === 'none' || !me.scope?.name
        ? t('scope.none')
        : me.scope.name;

  return (
    <Flex align="center" justify="space-between" gap={12} style={{ height: '100%' }}>
      <Flex align="center" gap={8} style={{ minWidth: 0 }}>
        <Button
          type="text"
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggleMenu}
          aria-label={collapsed ? t('menu.expand') : t('menu.collapse')}
          aria-expanded={!collapsed}
        />
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Text>
        <Typography.Text type="secondary" className="kn-hide-narrow" ellipsis>
          {t('app.fullName')}
        </Typography.Text>
      </Flex>
      <Flex align="center" gap={12} style={{ minWidth: 0 }}>
        {can(me.roles ?? [], 'notifications.view') && <NotificationBell />}
        <Flex vertical style={{ minWidth: 0, lineHeight: 1.3, textAlign: 'right' }}>
          <Typography.Text strong ellipsis>
            <UserOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
            {me.name ?? me.username}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {t(`roles.${role ?? 'none'}`)} · {scopeName}
          </Typography.Text>
        </Flex>
        <Segmented<Language>
          aria-label={t('header.language')}
          size="small"
          value={i18n.language === 'en' ? 'en' : 'vi'}
          options={[
            { label: 'VI', value: 'vi', title: 'Tiếng Việt' },
            { label: 'EN', value: 'en', title: 'English' },
          ]}
          onChange={(language) => void changeLanguage(language)}
        />
        <Tooltip title={t('header.logout')}>
          <Button icon={<LogoutOutlined />} onClick={() => void auth.logout()} aria-label={t('header.logout')}>
            <span className="kn-hide-narrow">{t('header.logout')}</span>
          </Button>
        </Tooltip>
      </Flex>
    </Flex>
  );
}
