import { describe, expect, it } from 'vitest';
import {
  changeCoverageFilters,
  coverageFiltersToParams,
  parseCoverageFilters,
  toAgreementsQuery,
  toHeadlineQuery,
  toMonitoringQuery,
  toOrganizationsQuery,
  toUncoveredCommunesQuery,
} from './filters';

describe('coverage filters', () => {
  it('are read from the address and written back unchanged, defaults left out', () => {
    const address = 'tab=agreements&periodId=2&districtId=12&q=tra+my&gap=no_report&sort=-lastSupportDate&inactiveMonths=12&page=3';
    const filters = parseCoverageFilters(new URLSearchParams(address));
    expect(filters).toEqual({
      tab: 'agreements',
      periodId: 2,
      districtId: 12,
      q: 'tra my',
      gap: 'no_report',
      inactiveMonths: 12,
      kind: undefined,
      page: 3,
      sort: '-lastSupportDate',
    });
    expect(coverageFiltersToParams(filters).toString()).toBe(
      'tab=agreements&periodId=2&districtId=12&q=tra+my&gap=no_report&sort=-lastSupportDate&inactiveMonths=12&page=3',
    );
    expect(coverageFiltersToParams(parseCoverageFilters(new URLSearchParams(''))).toString()).toBe('');
  });

  it('drop what cannot be a filter rather than send it to the API', () => {
    const filters = parseCoverageFilters(
      new URLSearchParams('tab=secret&periodId=x&gap=no_money&inactiveMonths=500&kind=ministry&page=-2&sort=a;drop'),
    );
    expect(coverageFiltersToParams(filters).toString()).toBe('');
  });

  it('give each tab its own question to the API', () => {
    const filters = parseCoverageFilters(new URLSearchParams('periodId=2&districtId=12&page=2&kind=enterprise&gap=no_report'));
    expect(toHeadlineQuery(filters)).toEqual({ periodId: 2, districtId: 12, inactiveMonths: 6 });
    expect(toUncoveredCommunesQuery(filters)).toEqual({
      periodId: 2,
      districtId: 12,
      especiallyDifficult: true,
      covered: false,
      page: 1,
      size: 20,
    });
    expect(toMonitoringQuery(filters, false)).toEqual({
      periodId: 2,
      districtId: 12,
      especiallyDifficult: true,
      sort: '-daysSinceVisit',
    });
    expect(toOrganizationsQuery(filters)).toEqual({ periodId: 2, participating: false, kind: 'enterprise', page: 1, size: 20 });
    expect(toAgreementsQuery(filters, false)).toEqual({ periodId: 2, districtId: 12, inactiveMonths: 6, gap: 'no_report' });
  });

  it('start again from the first page on a change, and keep only period, district and N across tabs', () => {
    const filters = parseCoverageFilters(new URLSearchParams('tab=agreements&periodId=2&gap=no_report&q=a&page=4&inactiveMonths=12'));
    expect(changeCoverageFilters(filters, { gap: 'no_agreed_plan' }).page).toBe(1);
    expect(changeCoverageFilters(filters, { page: 5 }).page).toBe(5);
    expect(changeCoverageFilters(filters, { tab: 'monitoring' })).toEqual({
      tab: 'monitoring',
      periodId: 2,
      districtId: undefined,
      inactiveMonths: 12,
      page: 1,
    });
  });
});
