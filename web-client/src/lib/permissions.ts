/**
 * What each role is shown: menus and buttons. This only spares people buttons that would be refused;
 * the API decides every request again from the token (and applies the caller's scope).
 * Mirrors the `security` of each operation in ../openapi.yaml.
 */
export const ROLES = ['province', 'province-viewer', 'district', 'unit', 'admin', 'integration'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'home.view'
  /** "Tổng quan": the programme's figures (the API limits them to the caller's scope). */
  | 'dashboard.view'
  /** Commune and organisation profiles, reached by links. */
  | 'profiles.view'
  | 'agreements.view'
  /** Propose, edit, activate, suspend, end. */
  | 'agreements.manage'
  | 'plans.view'
  /** Create plans and edit their items. */
  | 'plans.manage'
  /** The receiving district agrees a plan. */
  | 'plans.agree'
  | 'support.view'
  | 'support.record'
  /** The receiving district confirms support received. */
  | 'support.confirm'
  | 'visits.view'
  /** Record visits and move their action points. */
  | 'visits.manage'
  | 'catalog.view'
  | 'catalog.manage'
  /** Reports of the reporting rounds: every party sees its own, the province all of them. */
  | 'reports.view'
  /** Take steps on reports (which ones, the API lists per report in `actions`). */
  | 'reports.act'
  /** Reporting periods, completeness and the province summary. */
  | 'reporting.view'
  /** Create, open and close periods; change the roster; send reminders and the công văn đôn đốc. */
  | 'reporting.manage'
  /** Change the reporting regimes' calendars (window, opening and due days). */
  | 'reporting.regimes'
  /** The party's notification inbox. */
  | 'notifications.view'
  /** Mark notifications read (the provincial leadership only reads the province's inbox). */
  | 'notifications.manage';

const programmeReaders: Permission[] = [
  'dashboard.view',
  'profiles.view',
  'agreements.view',
  'plans.view',
  'support.view',
  'visits.view',
  'reports.view',
  'notifications.view',
];

const grants: Record<Role, readonly Permission[]> = {
  province: [
    'home.view',
    ...programmeReaders,
    'agreements.manage',
    'plans.manage',
    'support.record',
    'visits.manage',
    'catalog.view',
    'catalog.manage',
    'reports.act',
    'reporting.view',
    'reporting.manage',
    'reporting.regimes',
    'notifications.manage',
  ],
  'province-viewer': ['home.view', ...programmeReaders, 'catalog.view', 'reporting.view'],
  district: [
    'home.view',
    ...programmeReaders,
    'plans.agree',
    'support.confirm',
    'visits.manage',
    'reports.act',
    'notifications.manage',
  ],
  unit: [
    'home.view',
    ...programmeReaders,
    'agreements.manage',
    'plans.manage',
    'support.record',
    'visits.manage',
    'reports.act',
    'notifications.manage',
  ],
  admin: ['home.view', ...programmeReaders, 'catalog.view', 'catalog.manage', 'reporting.view', 'reporting.regimes', 'notifications.manage'],
  // A machine client: it never signs in to the portal.
  integration: [],
};

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Every permission of every known role the user has; unknown role names grant nothing. */
export function permissionsOf(roles: readonly string[]): Set<Permission> {
  return new Set(roles.filter(isRole).flatMap((role) => grants[role]));
}

export function can(roles: readonly string[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}

/** The role shown in the header: the most powerful one when a user has several. */
export function primaryRole(roles: readonly string[]): Role | undefined {
  const order: Role[] = ['province', 'admin', 'province-viewer', 'district', 'unit', 'integration'];
  return order.find((role) => roles.includes(role));
}
