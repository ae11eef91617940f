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
  | 'notifications.manage'
  /** Good practices (task 1d): everyone signed in reads the published ones. */
  | 'practices.view'
  /** Write up, publish and unpublish practices (the API decides which ones per practice: `editable`). */
  | 'practices.write'
  /** Joining the programme: invitations and registrations in the caller's scope. */
  | 'joining.view'
  /** Invite organisations that do not take part; approve or decline their registrations. */
  | 'joining.manage'
  /** Register an organisation to join (a unit itself; the province on an organisation's behalf). */
  | 'joining.register'
  /** The coverage page (communes without partners, inactive twinnings), limited to the caller's scope. */
  | 'coverage.view'
  /** Which organisations take part, and inviting those that do not (province roles only). */
  | 'coverage.organizations'
  /** Communes' needs: every portal role browses them (partners look beyond their own communes). */
  | 'needs.view'
  /** Post and change needs: a district its own communes', the province any. */
  | 'needs.manage'
  /** Pledge to a need (a unit under its own agreements, the province on a partner's behalf) and withdraw. */
  | 'needs.pledge';

const programmeReaders: Permission[] = [
  'practices.view',
  'dashboard.view',
  'profiles.view',
  'agreements.view',
  'plans.view',
  'support.view',
  'visits.view',
  'reports.view',
  'notifications.view',
  'needs.view',
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
    'practices.write',
    'joining.view',
    'joining.manage',
    'joining.register',
    'coverage.view',
    'coverage.organizations',
    'needs.manage',
    'needs.pledge',
  ],
  'province-viewer': [
    'home.view',
    ...programmeReaders,
    'catalog.view',
    'reporting.view',
    'joining.view',
    'coverage.view',
    'coverage.organizations',
  ],
  district: [
    'home.view',
    ...programmeReaders,
    'plans.agree',
    'support.confirm',
    'visits.manage',
    'reports.act',
    'notifications.manage',
    'practices.write',
    'joining.view',
    'coverage.view',
    'needs.manage',
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
    'practices.write',
    'joining.view',
    'joining.register',
    'coverage.view',
    'needs.pledge',
  ],
  admin: [
    'home.view',
    ...programmeReaders,
    'catalog.view',
    'catalog.manage',
    'reporting.view',
    'reporting.regimes',
    'notifications.manage',
    'joining.view',
    'coverage.view',
    'coverage.organizations',
  ],
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
