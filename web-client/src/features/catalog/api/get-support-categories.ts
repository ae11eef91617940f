import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type ApiClient, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

const PAGE_SIZE = 100;
/** A catalogue of a few dozen rows; the bound only guards against a runaway loop. */
const MAX_PAGES = 20;

async function fetchAll(api: ApiClient, signal: AbortSignal) {
  const categories: Schemas['SupportCategory'][] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await unwrap(
      api.GET('/api/v1/support-categories', { params: { query: { page, size: PAGE_SIZE } }, signal }),
    );
    categories.push(...(result.items ?? []));
    if (categories.length >= (result.total ?? 0) || (result.items ?? []).length < PAGE_SIZE) {
      break;
    }
  }
  return categories;
}

/** Every support category, active or retired, in the server's order (area, then sortOrder). */
export function useSupportCategories() {
  const api = useApi();
  return useQuery({
    queryKey: catalogKeys.supportCategories.list(),
    queryFn: ({ signal }) => fetchAll(api, signal),
  });
}
