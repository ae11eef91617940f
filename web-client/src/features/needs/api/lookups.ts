import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { needKeys } from './query-keys';

/** The mountainous districts, whose communes post needs. */
export function useDistricts() {
  const api = useApi();
  return useQuery({
    queryKey: needKeys.districts(),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { level: 'district', terrain: 'mountainous', size: 100, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
  });
}

/** The communes of a district (all communes when none is chosen, up to a page of 100). */
export function useCommunes(districtId: number | undefined, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: needKeys.communes(districtId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/admin-units', {
          params: { query: { level: 'commune', parentId: districtId, size: 100, sort: 'name' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Active support categories, in the catalogue's order. */
export function useCategories() {
  const api = useApi();
  return useQuery({
    queryKey: needKeys.categories(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/support-categories', { params: { query: { size: 100, active: true } }, signal })),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
  });
}

/**
 * The caller's active agreements that help this commune: with the commune itself, or with its
 * district for district twinning. A unit sees only its own agreements, so these are the ones it
 * may pledge under.
 */
export function usePledgeAgreements(communeId: number, districtId: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: needKeys.agreements(communeId, districtId),
    queryFn: async ({ signal }) => {
      const [commune, district] = await Promise.all(
        [communeId, districtId].map((recipient) =>
          unwrap(
            api.GET('/api/v1/agreements', {
              params: { query: { communeId: recipient, status: 'active', size: 100 } },
              signal,
            }),
          ),
        ),
      );
      return [...(commune?.items ?? []), ...(district?.items ?? []).filter((a) => a.recipient?.id === districtId)];
    },
    enabled,
  });
}
