import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { catalogKeys } from './query-keys';

export interface UpdatePeriodInput {
  id: number;
  /** The `version` of the row the user edited: the server answers 412 if it has moved since. */
  version: number | undefined;
  body: Schemas['PeriodRequest'];
}

export function useUpdatePeriod() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdatePeriodInput) =>
      unwrap(
        api.PUT('/api/v1/periods/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.periods.all }),
  });
}
