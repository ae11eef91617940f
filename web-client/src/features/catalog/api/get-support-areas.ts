import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

/** The three support areas of task 1b with their official Vietnamese names. */
export function useSupportAreas() {
  const api = useApi();
  return useQuery({
    queryKey: catalogKeys.supportCategories.areas(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-categories/areas', { signal })),
  });
}
