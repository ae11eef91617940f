import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { actionPointChanged } from './action-point-cache';

export interface UpdateActionPointInput {
  visitId: number;
  id: number;
  /** The action point's own version (not the visit's). */
  version: number | undefined;
  body: Schemas['ActionPointRequest'];
}

export function useUpdateActionPoint() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitId, id, version, body }: UpdateActionPointInput) =>
      unwrap(
        api.PUT('/api/v1/monitoring-visits/{id}/action-points/{apId}', {
          params: { path: { id: visitId, apId: id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (point, { visitId }) => actionPointChanged(queryClient, visitId, point),
  });
}
