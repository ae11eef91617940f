import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { supportKeys } from './query-keys';

/**
 * Support categories in the catalogue's order (area, then position). New records take only
 * active ones; filters take retired ones too, since older records still carry them.
 */
export function useSupportCategories({ activeOnly, enabled = true }: { activeOnly: boolean; enabled?: boolean }) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.categories(activeOnly),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/support-categories', {
          params: { query: { size: 100, active: activeOnly ? true : undefined } },
          signal,
        }),
      ),
    select: (page) => page.items ?? [],
    staleTime: 5 * 60_000,
    enabled,
  });
}
