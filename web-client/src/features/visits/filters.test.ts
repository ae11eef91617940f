import { describe, expect, it } from 'vitest';
import { changeVisitFilters, parseVisitFilters, toVisitQuery, visitFiltersToParams } from './filters';

describe('visit filters', () => {
  it('read from the address and written back unchanged, defaults left out', () => {
    const address = 'periodId=2&districtId=12&organizationId=7&from=2017-01-01&to=2017-12-31&q=bo&page=2&size=50&sort=visitDate';
    expect(visitFiltersToParams(parseVisitFilters(new URLSearchParams(address))).toString()).toBe(address);
    expect(visitFiltersToParams(parseVisitFilters(new URLSearchParams('sort=participants&to=2017'))).toString()).toBe('');
  });

  it('give the API its page from 0, narrowed to an agreement when given', () => {
    const filters = parseVisitFilters(new URLSearchParams('q=bo&page=3'));
    expect(toVisitQuery(filters, 17)).toEqual({ q: 'bo', agreementId: 17, page: 2, size: 20, sort: '-visitDate' });
    expect(changeVisitFilters(filters, { districtId: 12 }).page).toBe(1);
  });
});
