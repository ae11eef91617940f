import { describe, expect, it } from 'vitest';
import { changeFilters, parseSupportFilters, supportFiltersToParams, toListQuery, toTotalsQuery } from './filters';

describe('support filters', () => {
  it('read from the address and written back unchanged, defaults left out', () => {
    const address =
      'periodId=2&districtId=12&communeId=41&organizationId=7&partnerKind=department&area=material&categoryId=12&status=recorded&form=cash&fundingSource=mobilised_enterprise&from=2017-01-01&to=2017-12-31&q=qua+tet&page=3&size=50&sort=valueVnd';
    const filters = parseSupportFilters(new URLSearchParams(address));
    expect(supportFiltersToParams(filters).toString()).toBe(address);
    expect(supportFiltersToParams(parseSupportFilters(new URLSearchParams(''))).toString()).toBe('');
  });

  it('drop what cannot be a filter rather than send it to the API', () => {
    const filters = parseSupportFilters(
      new URLSearchParams('districtId=abc&status=lost&form=gold&from=01/02/2017&page=-1&size=1000&sort=description'),
    );
    expect(filters).toEqual({ page: 1, size: 20, sort: '-supportDate' });
  });

  it('give the list its page from 0, and the totals the same filters without paging', () => {
    const filters = parseSupportFilters(new URLSearchParams('status=confirmed&page=2'));
    expect(toListQuery(filters, 17)).toEqual({ status: 'confirmed', agreementId: 17, page: 1, size: 20, sort: '-supportDate' });
    expect(toTotalsQuery(filters, 17)).toEqual({ status: 'confirmed', agreementId: 17 });
  });

  it('start again from the first page when a filter changes, but not when paging', () => {
    const filters = parseSupportFilters(new URLSearchParams('page=4'));
    expect(changeFilters(filters, { form: 'cash' }).page).toBe(1);
    expect(changeFilters(filters, { page: 5 }).page).toBe(5);
  });
});
