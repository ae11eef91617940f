import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type ApiClient, type Schemas } from '@/lib/api/client';
import { homeKeys } from './query-keys';

const PAGE_SIZE = 100;
/** A province has a few hundred agreements at most; the bound keeps a runaway scope cheap. */
const MAX_PAGES = 10;

export interface AgreementsInScope {
  items: Schemas['Agreement'][];
  total: number;
  /** True when the scope had more than MAX_PAGES pages: figures then cover the first ones only. */
  truncated: boolean;
}

async function fetchAgreements(api: ApiClient, signal: AbortSignal): Promise<AgreementsInScope> {
  const items: Schemas['Agreement'][] = [];
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await unwrap(
      api.GET('/api/v1/agreements', { params: { query: { page, size: PAGE_SIZE, sort: '-startDate' } }, signal }),
    );
    items.push(...(result.items ?? []));
    total = result.total ?? items.length;
    if (items.length >= total || (result.items ?? []).length < PAGE_SIZE) {
      break;
    }
  }
  return { items, total, truncated: items.length < total };
}

/** Every agreement the user can see (the API applies their scope). */
export function useAgreementsInScope() {
  const api = useApi();
  return useQuery({
    queryKey: homeKeys.agreements,
    queryFn: ({ signal }) => fetchAgreements(api, signal),
  });
}
