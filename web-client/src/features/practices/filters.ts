import type { Schemas } from '@/lib/api/client';

export type PracticeArea = NonNullable<Schemas['GoodPracticeListItem']['area']>;
export const AREAS: PracticeArea[] = ['spiritual', 'material', 'production'];

/** The list's filters, as the API's query parameters; they live in the address so a view can be shared. */
export interface PracticeQuery {
  q?: string;
  tag?: string[];
  organizationId?: number;
  districtId?: number;
  communeId?: number;
  area?: PracticeArea;
  year?: number;
  status?: 'draft' | 'published';
  page?: number;
  size?: number;
}

export const PAGE_SIZE = 12;

function positive(value: string | null): number | undefined {
  if (!value) {
    return undefined;
  }
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** `?q=bo&tag=chăn nuôi&tag=bò giống&communeId=12&page=2` → the query (page numbers in the address start at 1). */
export function practiceQueryFromParams(params: URLSearchParams): PracticeQuery {
  const area = params.get('area');
  const status = params.get('status');
  const page = positive(params.get('page'));
  const tags = params.getAll('tag').map((tag) => tag.trim()).filter(Boolean);
  return {
    q: params.get('q')?.trim() || undefined,
    tag: tags.length > 0 ? [...new Set(tags)] : undefined,
    organizationId: positive(params.get('organizationId')),
    districtId: positive(params.get('districtId')),
    communeId: positive(params.get('communeId')),
    area: AREAS.includes(area as PracticeArea) ? (area as PracticeArea) : undefined,
    year: positive(params.get('year')),
    status: status === 'draft' || status === 'published' ? status : undefined,
    page: page ? page - 1 : 0,
    size: PAGE_SIZE,
  };
}

/** The address's parameters for a query; empty values are left out, the page only past the first. */
export function practiceQueryToParams(query: PracticeQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const tag of query.tag ?? []) params.append('tag', tag);
  if (query.organizationId) params.set('organizationId', String(query.organizationId));
  if (query.districtId) params.set('districtId', String(query.districtId));
  if (query.communeId) params.set('communeId', String(query.communeId));
  if (query.area) params.set('area', query.area);
  if (query.year) params.set('year', String(query.year));
  if (query.status) params.set('status', query.status);
  if (query.page && query.page > 0) params.set('page', String(query.page + 1));
  return params;
}

/** Adds the tag when absent, removes it when present; the list starts again at its first page. */
export function toggleTag(query: PracticeQuery, tag: string): PracticeQuery {
  const tags = query.tag ?? [];
  const next = tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
  return { ...query, tag: next.length > 0 ? next : undefined, page: 0 };
}
