import { describe, expect, it } from 'vitest';
import { readListState, toApiQuery, writeListState } from './list-query';

describe('agreement list query string', () => {
  it('reads filters, sort and a 1-based page, and asks the API for the 0-based page', () => {
    const state = readListState(
      new URLSearchParams(
        'q=a vao&periodId=2&districtId=12&communeId=41&organizationId=7&status=active&sort=organization&page=3&size=50',
      ),
    );
    expect(toApiQuery(state)).toEqual({
      page: 2,
      size: 50,
      sort: 'organization',
      q: 'a vao',
      periodId: 2,
      districtId: 12,
      communeId: 41,
      organizationId: 7,
      status: 'active',
    });
  });

  it('falls back to the defaults for malformed values', () => {
    const state = readListState(new URLSearchParams('page=-1&size=7&sort=drop table&status=deleted&periodId=x'));
    expect(state).toEqual({ page: 1, size: 20, sort: '-startDate' });
  });

  it('writes only what differs from the defaults', () => {
    expect(writeListState({ page: 1, size: 20, sort: '-startDate', status: 'ended' }).toString()).toBe('status=ended');
    expect(writeListState({ page: 2, size: 50, sort: 'district', q: 'nam giang' }).toString()).toBe(
      'q=nam+giang&sort=district&page=2&size=50',
    );
  });
});
