import { useQueries } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { supportKeys } from './query-keys';

/** Support is recorded against signed agreements: running ones first, then those that ended. */
const STATUSES: Schemas['AgreementStatus'][] = ['active', 'ended'];
const OPTION_COUNT = 50;

/**
 * The caller's agreements a record can be entered against, matching `q` (partner, commune or
 * district, without diacritics). The API filters one status at a time, hence one request each.
 */
export function useAgreementOptions(q: string | undefined) {
  const api = useApi();
  return useQueries({
    queries: STATUSES.map((status) => ({
      queryKey: [...supportKeys.agreementOptions(q), status],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          api.GET('/api/v1/agreements', {
            params: { query: { status, q: q || undefined, size: OPTION_COUNT, sort: '-startDate' } },
            signal,
          }),
        ),
      staleTime: 60_000,
    })),
    combine: (results) => ({
      agreements: results.flatMap((result) => result.data?.items ?? []),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}
