import { describe, expect, it } from 'vitest';
import {
  changeDashboardFilters,
  dashboardFiltersToParams,
  DEFAULT_FROM_YEAR,
  parseDashboardFilters,
  type DashboardFilters,
} from './filters';

describe('dashboard filters in the address', () => {
  it('round-trips every filter through the address', () => {
    const filters: DashboardFilters = {
      periodId: 2,
      fromYear: 2016,
      toYear: 2020,
      districtId: 12,
      communeId: 41,
      organizationId: 7,
      partnerKind: 'enterprise',
      area: 'production',
      fundingSource: 'mobilised_enterprise',
      form: 'in_kind',
      status: 'confirmed',
    };
    const params = dashboardFiltersToParams(filters);
    expect(params.toString()).toBe(
      'periodId=2&fromYear=2016&toYear=2020&districtId=12&communeId=41&organizationId=7&partnerKind=enterprise' +
        '&area=production&fundingSource=mobilised_enterprise&form=in_kind&status=confirmed',
    );
    expect(parseDashboardFilters(new URLSearchParams(params.toString()))).toEqual(filters);
  });

  it('starts the trend in 2012 and leaves that default out of the address', () => {
    const filters = parseDashboardFilters(new URLSearchParams(''));
    expect(filters.fromYear).toBe(DEFAULT_FROM_YEAR);
    expect(DEFAULT_FROM_YEAR).toBe(2012);
    expect(dashboardFiltersToParams(filters).toString()).toBe('');
  });

  it('drops what cannot be a filter instead of sending it to the API', () => {
    const filters = parseDashboardFilters(
      new URLSearchParams('districtId=abc&fromYear=12&toYear=2020x&area=gold&status=confirmed&communeId=-4&periodId=0'),
    );
    expect(filters).toEqual({
      periodId: undefined,
      fromYear: 2012,
      toYear: undefined,
      districtId: undefined,
      communeId: undefined,
      organizationId: undefined,
      partnerKind: undefined,
      area: undefined,
      fundingSource: undefined,
      form: undefined,
      status: 'confirmed',
    });
  });

  it('forgets the commune when the district changes, and keeps it otherwise', () => {
    const current = parseDashboardFilters(new URLSearchParams('districtId=12&communeId=41'));
    expect(changeDashboardFilters(current, { districtId: 13 }).communeId).toBeUndefined();
    expect(changeDashboardFilters(current, { area: 'material' }).communeId).toBe(41);
    expect(changeDashboardFilters(current, { fromYear: undefined }).fromYear).toBe(2012);
  });
});
