import { describe, expect, it } from 'vitest';
import { changeReportFilters, parseReportFilters, reportFiltersToParams, toReportQuery } from './filters';

describe('report filters', () => {
  it('read from the address and written back unchanged', () => {
    const address = 'periodId=3&status=submitted&reporterKind=district&timeliness=late&q=nam+giang&page=2&size=50';
    expect(reportFiltersToParams(parseReportFilters(new URLSearchParams(address))).toString()).toBe(address);
  });

  it('drop what cannot be a filter', () => {
    expect(parseReportFilters(new URLSearchParams('status=lost&timeliness=soon&periodId=x&size=1000'))).toEqual({
      page: 1,
      size: 20,
    });
  });

  it('ask the API from page 0 and start again from page 1 when a filter changes', () => {
    const filters = parseReportFilters(new URLSearchParams('status=submitted&page=3'));
    expect(toReportQuery(filters)).toEqual({ status: 'submitted', page: 2, size: 20 });
    expect(changeReportFilters(filters, { timeliness: 'overdue' }).page).toBe(1);
    expect(changeReportFilters(filters, { page: 4 }).page).toBe(4);
  });
});
