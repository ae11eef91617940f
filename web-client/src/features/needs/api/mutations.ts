import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { needKeys } from './query-keys';

function useInvalidateNeeds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: needKeys.all });
}

export function useCreateNeed() {
  const api = useApi();
  const onSuccess = useInvalidateNeeds();
  return useMutation({
    mutationFn: (body: Schemas['NeedRequest']) => unwrap(api.POST('/api/v1/needs', { body })),
    onSuccess,
  });
}

export interface UpdateNeedInput {
  id: number;
  /** The `version` the form was filled from: the server answers 412 if it has moved. */
  version: number | undefined;
  body: Schemas['NeedRequest'];
}

export function useUpdateNeed() {
  const api = useApi();
  const onSuccess = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdateNeedInput) =>
      unwrap(api.PUT('/api/v1/needs/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess,
  });
}

export interface NeedStepInput {
  id: number;
  version: number | undefined;
  text?: string;
}

/** The steps of a need: met (with a note), cancel (with a reason), reopen, delete. */
export function useNeedStep(step: 'met' | 'cancel' | 'reopen' | 'delete') {
  const api = useApi();
  const onSuccess = useInvalidateNeeds();
  return useMutation({
    mutationFn: async ({ id, version, text }: NeedStepInput) => {
      const params = { path: { id }, header: { 'If-Match': ifMatch(version) } };
      switch (step) {
        case 'met':
          return unwrap(api.POST('/api/v1/needs/{id}/met', { params, body: { note: text } }));
        case 'cancel':
          return unwrap(api.POST('/api/v1/needs/{id}/cancel', { params, body: { reason: text ?? '' } }));
        case 'reopen':
          return unwrap(api.POST('/api/v1/needs/{id}/reopen', { params }));
        case 'delete':
          return unwrap(api.DELETE('/api/v1/needs/{id}', { params }));
      }
    },
    onSuccess,
  });
}

export function usePledge() {
  const api = useApi();
  const onSuccess = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ needId, body }: { needId: number; body: Schemas['PledgeRequest'] }) =>
      unwrap(api.POST('/api/v1/needs/{id}/pledges', { params: { path: { id: needId } }, body })),
    onSuccess,
  });
}

export function useWithdrawPledge() {
  const api = useApi();
  const onSuccess = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ needId, pledgeId, version, reason }: { needId: number; pledgeId: number; version: number | undefined; reason?: string }) =>
      unwrap(
        api.POST('/api/v1/needs/{id}/pledges/{pledgeId}/withdraw', {
          params: { path: { id: needId, pledgeId }, header: { 'If-Match': ifMatch(version) } },
          body: { reason },
        }),
      ),
    onSuccess,
  });
}
