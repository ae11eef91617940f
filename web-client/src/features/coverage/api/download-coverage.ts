import { useMutation } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { saveDownload, XLSX_MEDIA_TYPE } from '@/lib/download';
import type { CoverageAgreementsQuery, CoverageCommunesQuery, CoverageOrganizationsQuery } from '../filters';

export type CoverageDownload =
  | { list: 'communes'; query: CoverageCommunesQuery; fallbackName: string }
  | { list: 'organizations'; query: CoverageOrganizationsQuery; fallbackName: string }
  | { list: 'agreements'; query: CoverageAgreementsQuery; fallbackName: string };

/**
 * A coverage list as an Excel workbook: the list's own address asked with the XLSX media type in
 * `Accept`, which answers every matching row rather than one page.
 */
export function useDownloadCoverage() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: CoverageDownload) => {
      const options = { headers: { Accept: XLSX_MEDIA_TYPE }, parseAs: 'blob' as const };
      switch (input.list) {
        case 'communes':
          return saveDownload(
            api.GET('/api/v1/coverage/communes', { params: { query: input.query }, ...options }),
            input.fallbackName,
          );
        case 'organizations':
          return saveDownload(
            api.GET('/api/v1/coverage/organizations', { params: { query: input.query }, ...options }),
            input.fallbackName,
          );
        case 'agreements':
          return saveDownload(
            api.GET('/api/v1/coverage/agreements', { params: { query: input.query }, ...options }),
            input.fallbackName,
          );
      }
    },
  });
}
