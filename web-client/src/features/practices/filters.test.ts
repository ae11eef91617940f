import { describe, expect, it } from 'vitest';
import { practiceQueryFromParams, practiceQueryToParams, toggleTag } from './filters';

describe('practice filters in the address', () => {
  it('reads repeated tags, the commune and the page (from 1 in the address, from 0 for the API)', () => {
    const query = practiceQueryFromParams(new URLSearchParams('q=bo%20giong&tag=ch%C4%83n%20nu%C3%B4i&tag=b%C3%B2&communeId=120&page=3'));
    expect(query).toEqual({
      q: 'bo giong',
      tag: ['chăn nuôi', 'bò'],
      organizationId: undefined,
      districtId: undefined,
      communeId: 120,
      area: undefined,
      year: undefined,
      status: undefined,
      page: 2,
      size: 12,
    });
  });

  it('drops values the API would refuse', () => {
    const query = practiceQueryFromParams(new URLSearchParams('communeId=-4&area=khac&status=deleted&year=abc&tag=%20'));
    expect(query.communeId).toBeUndefined();
    expect(query.area).toBeUndefined();
    expect(query.status).toBeUndefined();
    expect(query.year).toBeUndefined();
    expect(query.tag).toBeUndefined();
  });

  it('writes the query back without empty values, and round-trips', () => {
    const params = practiceQueryToParams({ q: 'que', tag: ['quế', 'lâm nghiệp'], year: 2019, page: 0 });
    expect(params.toString()).toBe('q=que&tag=qu%E1%BA%BF&tag=l%C3%A2m+nghi%E1%BB%87p&year=2019');
    expect(practiceQueryFromParams(params)).toMatchObject({ q: 'que', tag: ['quế', 'lâm nghiệp'], year: 2019, page: 0 });
  });

  it('toggles a tag and goes back to the first page', () => {
    const on = toggleTag({ tag: ['quế'], page: 4 }, 'chăn nuôi');
    expect(on).toEqual({ tag: ['quế', 'chăn nuôi'], page: 0 });
    expect(toggleTag(on, 'quế')).toEqual({ tag: ['chăn nuôi'], page: 0 });
    expect(toggleTag({ tag: ['quế'] }, 'quế').tag).toBeUndefined();
  });
});
