import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { practiceKeys } from './query-keys';

const OPTION_COUNT = 50;

/** The caller's agreements (in their scope), searched by partner, commune or district. */
export function useAgreementOptions(q: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: practiceKeys.agreementOptions(q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/agreements', { params: { query: { q: q || undefined, size: OPTION_COUNT, sort: '-startDate' } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}

/** Partner organisations, for the province choosing the author unit. */
export function useOrganizationOptions(q: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: practiceKeys.organizationOptions(q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organizations', { params: { query: { q: q || undefined, size: OPTION_COUNT } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}
