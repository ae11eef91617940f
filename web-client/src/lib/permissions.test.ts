import { describe, expect, it } from 'vitest';
import { can, permissionsOf, primaryRole, type Permission } from './permissions';

const writes: Permission[] = [
  'agreements.manage',
  'plans.manage',
  'plans.agree',
  'support.record',
  'support.confirm',
  'visits.manage',
  'catalog.manage',
  'reports.act',
  'reporting.manage',
  'reporting.regimes',
  'notifications.manage',
  'needs.manage',
  'needs.pledge',
];

describe('permissions by role', () => {
  it('lets the province officer manage the programme and catalogues, but not agree or confirm for a district', () => {
    const roles = ['province'];
    expect(can(roles, 'agreements.manage')).toBe(true);
    expect(can(roles, 'support.record')).toBe(true);
    expect(can(roles, 'catalog.manage')).toBe(true);
    expect(can(roles, 'plans.agree')).toBe(false);
    expect(can(roles, 'support.confirm')).toBe(false);
  });

  it('gives provincial leadership reading only', () => {
    const roles = ['province-viewer'];
    expect(writes.filter((permission) => can(roles, permission))).toEqual([]);
    expect(can(roles, 'agreements.view')).toBe(true);
    expect(can(roles, 'catalog.view')).toBe(true);
  });

  it('lets a district agree plans, confirm support and join visits, without catalogues', () => {
    const roles = ['district'];
    expect(can(roles, 'plans.agree')).toBe(true);
    expect(can(roles, 'support.confirm')).toBe(true);
    expect(can(roles, 'visits.manage')).toBe(true);
    expect(can(roles, 'support.record')).toBe(false);
    expect(can(roles, 'agreements.manage')).toBe(false);
    expect(can(roles, 'catalog.view')).toBe(false);
  });

  it('lets a partner unit propose, plan, record and visit, but never confirm its own support', () => {
    const roles = ['unit'];
    expect(can(roles, 'agreements.manage')).toBe(true);
    expect(can(roles, 'plans.manage')).toBe(true);
    expect(can(roles, 'support.record')).toBe(true);
    expect(can(roles, 'support.confirm')).toBe(false);
    expect(can(roles, 'plans.agree')).toBe(false);
  });

  it('lets the administrator keep catalogues and the reporting calendars and read the programme, but change none of it', () => {
    const roles = ['admin'];
    expect(writes.filter((permission) => can(roles, permission))).toEqual([
      'catalog.manage',
      'reporting.regimes',
      'notifications.manage',
    ]);
    expect(can(roles, 'support.view')).toBe(true);
  });

  it('lets every portal role read reports, the province run reporting rounds and leadership only read them', () => {
    for (const role of ['province', 'province-viewer', 'district', 'unit', 'admin']) {
      expect(can([role], 'reports.view')).toBe(true);
      expect(can([role], 'notifications.view')).toBe(true);
    }
    expect(can(['province'], 'reporting.manage')).toBe(true);
    expect(can(['province'], 'reporting.regimes')).toBe(true);
    expect(can(['province-viewer'], 'reporting.regimes')).toBe(false);
    expect(can(['province-viewer'], 'reporting.view')).toBe(true);
    expect(can(['province-viewer'], 'notifications.manage')).toBe(false);
    expect(can(['unit'], 'reporting.view')).toBe(false);
    expect(can(['district'], 'reports.act')).toBe(true);
    expect(can(['admin'], 'reports.act')).toBe(false);
  });

  it('lets every portal role browse the communes’ needs, districts and the province post them, units and the province pledge', () => {
    for (const role of ['province', 'province-viewer', 'district', 'unit', 'admin']) {
      expect(can([role], 'needs.view')).toBe(true);
    }
    expect(can(['province'], 'needs.manage')).toBe(true);
    expect(can(['district'], 'needs.manage')).toBe(true);
    expect(can(['unit'], 'needs.manage')).toBe(false);
    expect(can(['province'], 'needs.pledge')).toBe(true);
    expect(can(['unit'], 'needs.pledge')).toBe(true);
    expect(can(['district'], 'needs.pledge')).toBe(false);
    expect(can(['province-viewer'], 'needs.pledge')).toBe(false);
  });

  it('shows the overview and the commune and organisation profiles to every portal role', () => {
    for (const role of ['province', 'province-viewer', 'district', 'unit', 'admin']) {
      expect(can([role], 'dashboard.view')).toBe(true);
      expect(can([role], 'profiles.view')).toBe(true);
    }
    expect(can(['integration'], 'dashboard.view')).toBe(false);
  });

  it('shows nothing to integrations, unknown roles or no roles', () => {
    expect(permissionsOf(['integration']).size).toBe(0);
    expect(permissionsOf(['offline_access', 'uma_authorization']).size).toBe(0);
    expect(permissionsOf([]).size).toBe(0);
  });

  it('adds up the permissions of several roles', () => {
    const roles = ['district', 'admin'];
    expect(can(roles, 'support.confirm')).toBe(true);
    expect(can(roles, 'catalog.manage')).toBe(true);
  });

  it('names the most powerful role in the header', () => {
    expect(primaryRole(['default-roles-ketnghia', 'unit'])).toBe('unit');
    expect(primaryRole(['province-viewer', 'province'])).toBe('province');
    expect(primaryRole(['offline_access'])).toBeUndefined();
  });
});
