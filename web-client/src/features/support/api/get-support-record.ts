import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { supportKeys } from './query-keys';

/**
 * One record, read afresh so that its buttons send the current version. The list row is shown
 * meanwhile, so the drawer opens without a spinner.
 */
export function useSupportRecord(id: number | undefined, listRow?: Schemas['SupportRecord']) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.detail(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/support-records/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    placeholderData: listRow?.id === id ? listRow : undefined,
  });
}
