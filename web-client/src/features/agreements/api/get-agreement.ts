import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { agreementKeys } from './query-keys';

export function useAgreement(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/agreements/{id}', { params: { path: { id } }, signal })),
  });
}
