import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { selectedMenuKey, visibleMenu, type MenuEntry } from './menu-items';

interface SideMenuProps {
  roles: readonly string[];
  collapsed: boolean;
  onNavigate?: () => void;
}

/** antd's Menu is a WAI-ARIA menu: Tab reaches it, arrow keys move, Enter opens. */
export function SideMenu({ roles, collapsed, onNavigate }: SideMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = useMemo(() => visibleMenu(roles), [roles]);
  const selected = selectedMenuKey(pathname, entries);
  const openGroup = entries.find((entry) => entry.children?.some((child) => child.key === selected))?.key;

  const toItem = (entry: MenuEntry): NonNullable<MenuProps['items']>[number] => ({
    key: entry.key,
    icon: entry.icon,
    label: t(entry.labelKey),
    children: entry.children?.map(toItem),
  });

  return (
    <nav aria-label={t('menu.label')}>
      <Menu
        mode="inline"
        inlineCollapsed={collapsed}
        items={entries.map(toItem)}
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={openGroup ? [openGroup] : []}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
