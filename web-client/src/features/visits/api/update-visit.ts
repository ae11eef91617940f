import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { visitKeys } from './query-keys';

export interface UpdateVisitInput {
  id: number;
  /** The `version` of the visit the form was filled from: the server answers 412 if it has moved. */
  version: number | undefined;
  body: Schemas['MonitoringVisitUpdate'];
}

export function useUpdateVisit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateVisitInput) =>
      unwrap(
        api.PUT('/api/v1/monitoring-visits/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: visitKeys.all }),
        queryClient.invalidateQueries({ queryKey: visitKeys.actionPoints.all }),
      ]),
  });
}
