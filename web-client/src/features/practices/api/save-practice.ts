import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { practiceKeys } from './query-keys';

export function useCreatePractice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['GoodPracticeRequest']) => unwrap(api.POST('/api/v1/practices', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}

export interface UpdatePracticeInput {
  id: number;
  /** The `version` the form was filled from: the server answers 412 if it has moved. */
  version: number | undefined;
  body: Schemas['GoodPracticeUpdate'];
}

export function useUpdatePractice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: UpdatePracticeInput) =>
      unwrap(
        api.PUT('/api/v1/practices/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}

export type PracticeStep = 'publish' | 'unpublish';

export interface PracticeStepInput {
  id: number;
  version: number | undefined;
  step: PracticeStep;
}

/** Publishes a draft or takes a published practice back to draft. */
export function usePracticeStep() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, step }: PracticeStepInput) => {
      const params = { path: { id }, header: { 'If-Match': ifMatch(version) } };
      return unwrap(
        step === 'publish'
          ? api.POST('/api/v1/practices/{id}/publish', { params })
          : api.POST('/api/v1/practices/{id}/unpublish', { params }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}

export function useDeletePractice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number | undefined }) =>
      unwrap(api.DELETE('/api/v1/practices/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practiceKeys.all }),
  });
}
