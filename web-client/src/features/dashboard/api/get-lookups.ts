import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { dashboardKeys } from './query-keys';

const LOOKUP_STALE = 5 * 60_000;

/** Programme periods, newest first. */
export function usePeriods() {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.periods(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods', { params: { query: { size: 100, sort: '-startYear' } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: LOOKUP_STALE,
  });
}

/** The mountainous districts, whose communes receive the support. */
export function useDistricts(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.districts(),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { level: 'district', terrain: 'mountainous', size: 100, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: LOOKUP_STALE,
    enabled,
  });
}

/** The communes of one district. */
export function useCommunes(districtId: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.communes(districtId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { level: 'commune', parentId: districtId, size: 100, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: LOOKUP_STALE,
    enabled: districtId !== undefined,
  });
}

/**
 * Partner organisations matching the words typed (nationally there are tens of thousands, so the
 * list is searched on the server rather than loaded whole).
 */
export function useOrganizationSearch(q: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.organizations(q),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { q: q || undefined, size: 20, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    placeholderData: keepPreviousData,
    staleTime: LOOKUP_STALE,
    enabled,
  });
}

/** The organisation the address names, so the filter shows its name before any search. */
export function useOrganization(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.organization(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    staleTime: LOOKUP_STALE,
    enabled: id !== undefined,
  });
}
