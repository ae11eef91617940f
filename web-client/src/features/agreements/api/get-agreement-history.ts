import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

/** Every change of the agreement, oldest first as the server sends it. */
export function useAgreementHistory(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.history(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/agreements/{id}/history', { params: { path: { id } }, signal })),
  });
}
