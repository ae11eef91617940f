import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { lookupKeys } from './query-keys';

/** The categories a plan item may use (active ones), by area then the catalogue's order. */
export function useActiveSupportCategories({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: lookupKeys.activeCategories,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/support-categories', {
          params: { query: { active: true, size: 100, sort: 'area,sortOrder' } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled,
  });
}
