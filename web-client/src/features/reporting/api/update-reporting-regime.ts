import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { ifMatch, unwrap } from '@/lib/api/client';
import type { UpdateRegimeBody } from '../types';
import { reportingKeys } from './query-keys';

export interface UpdateRegimeInput {
  code: string;
  /** The version of the regime the form was filled from. */
  version: number | undefined;
  body: UpdateRegimeBody;
}

/** A regime's calendar; applies to periods created afterwards, existing periods keep their dates. */
export function useUpdateReportingRegime() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, version, body }: UpdateRegimeInput) =>
      unwrap(
        api.PUT('/api/v1/reporting-regimes/{code}', {
          params: { path: { code }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingKeys.regimes }),
  });
}
