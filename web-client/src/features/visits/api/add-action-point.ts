import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap, type Schemas } from '@/lib/api/client';
import { actionPointChanged } from './action-point-cache';

export interface AddActionPointInput {
  visitId: number;
  body: Schemas['ActionPointRequest'];
}

/** Adds an action point to a visit; it needs no If-Match (nothing existing is overwritten). */
export function useAddActionPoint() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitId, body }: AddActionPointInput) =>
      unwrap(api.POST('/api/v1/monitoring-visits/{id}/action-points', { params: { path: { id: visitId } }, body })),
    onSuccess: (point, { visitId }) => actionPointChanged(queryClient, visitId, point),
  });
}
