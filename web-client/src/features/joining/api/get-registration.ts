import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { joiningKeys } from './query-keys';

export function useRegistration(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: joiningKeys.registration(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/registrations/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
  });
}
