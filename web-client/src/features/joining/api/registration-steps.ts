import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import type { RegistrationBody } from '../types';
import { joiningKeys } from './query-keys';

function useInvalidateJoining() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: joiningKeys.all });
}

export function useCreateRegistration() {
  const api = useApi();
  const invalidate = useInvalidateJoining();
  return useMutation({
    mutationFn: (body: RegistrationBody) => unwrap(api.POST('/api/v1/registrations', { body })),
    onSuccess: invalidate,
  });
}

export interface ApproveInput {
  id: number;
  version: number | undefined;
  communeIds?: number[];
  startDate?: string;
  note?: string;
}

/** Proposes one agreement per approved commune. */
export function useApproveRegistration() {
  const api = useApi();
  const invalidate = useInvalidateJoining();
  return useMutation({
    mutationFn: ({ id, version, ...body }: ApproveInput) =>
      unwrap(
        api.POST('/api/v1/registrations/{id}/approve', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useDeclineRegistration() {
  const api = useApi();
  const invalidate = useInvalidateJoining();
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: number; version: number | undefined; reason: string }) =>
      unwrap(
        api.POST('/api/v1/registrations/{id}/decline', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { reason },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useWithdrawRegistration() {
  const api = useApi();
  const invalidate = useInvalidateJoining();
  return useMutation({
    mutationFn: ({ id, version, note }: { id: number; version: number | undefined; note?: string }) =>
      unwrap(
        api.POST('/api/v1/registrations/{id}/withdraw', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { note },
        }),
      ),
    onSuccess: invalidate,
  });
}
