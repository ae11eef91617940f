import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import { agreementKeys } from './query-keys';

export type AgreementQuery = NonNullable<operations['AgreementResource_list']['parameters']['query']>;

/** One page of agreements in the caller's scope; the server applies the scope and the filters. */
export function useAgreements(query: AgreementQuery) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/agreements', { params: { query }, signal })),
    // Paging and filtering keep the previous rows on screen instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}
