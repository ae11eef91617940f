import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCan } from '@/lib/me';
import type { Permission } from '@/lib/permissions';

/** Routes a role has no menu entry for say so instead of showing a page of refused requests. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can(permission)) {
    return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  }
  return <Outlet />;
}
