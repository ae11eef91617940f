import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { catalogKeys, type AdminUnitTreeQuery } from './query-keys';

/** Province → districts → communes, each with its flags in `periodId`. */
export function useAdminUnitTree(query: AdminUnitTreeQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: catalogKeys.adminUnits.tree(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin-units/tree', { params: { query }, signal })),
    enabled,
  });
}
