import { useQueries } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { homeKeys } from './query-keys';

type Agreement = Schemas['Agreement'];
type Plan = Schemas['Plan'];

export interface DraftPlan {
  agreement: Agreement;
  plan: Plan;
}

/**
 * The API has no list of plans across agreements, so this reads the plans of each agreement
 * (one request per agreement, at most `limit`). Ended agreements are skipped: their plans can no
 * longer change. Fine for a district or a unit, which see a handful of agreements.
 */
export function useDraftPlans(agreements: Agreement[] | undefined, enabled: boolean, limit = 100) {
  const api = useApi();
  const open = (agreements ?? []).filter((agreement) => agreement.status !== 'ended').slice(0, limit);
  return useQueries({
    queries: open.map((agreement) => ({
      queryKey: homeKeys.plans(agreement.id ?? 0),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          api.GET('/api/v1/agreements/{agreementId}/plans', {
            params: { path: { agreementId: agreement.id ?? 0 } },
            signal,
          }),
        ),
      enabled,
    })),
    combine: (results) => ({
      isPending: enabled && (agreements === undefined || results.some((result) => result.isPending)),
      error: results.find((result) => result.error)?.error ?? null,
      drafts: results.flatMap((result, index) =>
        (result.data ?? [])
          .filter((plan) => plan.status === 'draft')
          .map((plan): DraftPlan => ({ agreement: open[index]!, plan })),
      ),
    }),
  });
}
