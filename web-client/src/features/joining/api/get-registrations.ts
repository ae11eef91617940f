import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { RegistrationQuery } from '../types';
import { joiningKeys } from './query-keys';

export function useRegistrations(query: RegistrationQuery) {
  const api = useApi();
  return useQuery({
    queryKey: joiningKeys.registrations(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/registrations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
