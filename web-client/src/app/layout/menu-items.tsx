import {
  AimOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BulbOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  GiftOutlined,
  HomeOutlined,
  TeamOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { paths } from '@/lib/paths';
import { can, type Permission } from '@/lib/permissions';

export interface MenuEntry {
  /** The route it opens; groups use a plain key. */
  key: string;
  labelKey:
    | 'menu.home'
    | 'menu.dashboard'
    | 'menu.agreements'
    | 'menu.plans'
    | 'menu.support'
    | 'menu.visits'
    | 'menu.reports'
    | 'menu.reporting'
    | 'menu.reportList'
    | 'menu.catalog'
    | 'menu.adminUnits'
    | 'menu.organizations'
    | 'menu.periods'
    | 'menu.supportCategories'
    | 'practices.menu'
    | 'joining.menu'
    | 'coverage.menu'
    | 'needs.menu';
  icon?: ReactNode;
  permission: Permission;
  children?: MenuEntry[];
}

/** The side menu. A new screen that needs its own entry gets one here, with its permission. */
export const menuEntries: MenuEntry[] = [
  { key: paths.home, labelKey: 'menu.home', icon: <HomeOutlined />, permission: 'home.view' },
  { key: paths.dashboard, labelKey: 'menu.dashboard', icon: <DashboardOutlined />, permission: 'dashboard.view' },
  { key: paths.coverage, labelKey: 'coverage.menu', icon: <AimOutlined />, permission: 'coverage.view' },
  { key: paths.agreements, labelKey: 'menu.agreements', icon: <FileDoneOutlined />, permission: 'agreements.view' },
  { key: paths.plans, labelKey: 'menu.plans', icon: <ScheduleOutlined />, permission: 'plans.view' },
  { key: paths.needs, labelKey: 'needs.menu', icon: <FlagOutlined />, permission: 'needs.view' },
  { key: paths.support, labelKey: 'menu.support', icon: <GiftOutlined />, permission: 'support.view' },
  { key: paths.visits, labelKey: 'menu.visits', icon: <AuditOutlined />, permission: 'visits.view' },
  {
    key: 'reports-group',
    labelKey: 'menu.reports',
    icon: <FileTextOutlined />,
    permission: 'reports.view',
    children: [
      { key: paths.reporting, labelKey: 'menu.reporting', permission: 'reporting.view' },
      { key: paths.reports, labelKey: 'menu.reportList', permission: 'reports.view' },
    ],
  },
  { key: paths.practices, labelKey: 'practices.menu', icon: <BulbOutlined />, permission: 'practices.view' },
  { key: paths.joining, labelKey: 'joining.menu', icon: <TeamOutlined />, permission: 'joining.view' },
  {
    key: 'catalog',
    labelKey: 'menu.catalog',
    icon: <AppstoreOutlined />,
    permission: 'catalog.view',
    children: [
      { key: paths.catalog.adminUnits, labelKey: 'menu.adminUnits', permission: 'catalog.view' },
      { key: paths.catalog.organizations, labelKey: 'menu.organizations', permission: 'catalog.view' },
      { key: paths.catalog.periods, labelKey: 'menu.periods', permission: 'catalog.view' },
      { key: paths.catalog.supportCategories, labelKey: 'menu.supportCategories', permission: 'catalog.view' },
    ],
  },
];

/**
 * The entries these roles may see; a group with no visible child is dropped, and a group with one
 * visible child becomes that entry under the group's name (a unit's "Báo cáo" opens its reports
 * directly rather than a group of one).
 */
export function visibleMenu(roles: readonly string[], entries: MenuEntry[] = menuEntries): MenuEntry[] {
  return entries.flatMap((entry) => {
    if (!can(roles, entry.permission)) {
      return [];
    }
    if (!entry.children) {
      return [entry];
    }
    const children = visibleMenu(roles, entry.children);
    const [only] = children;
    if (children.length === 1 && only) {
      return [{ key: only.key, labelKey: entry.labelKey, icon: entry.icon, permission: only.permission }];
    }
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}

/** The entry to highlight: the longest route that the current address starts with. */
export function selectedMenuKey(pathname: string, entries: MenuEntry[]): string | undefined {
  const keys = entries.flatMap((entry) => [entry.key, ...(entry.children ?? []).map((child) => child.key)]);
  return keys
    .filter((key) => key.startsWith('/'))
    .filter((key) => (key === '/' ? pathname === '/' : pathname === key || pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
