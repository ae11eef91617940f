import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type {
  CoverageAgreementsQuery,
  CoverageCommunesQuery,
  CoverageHeadlineQuery,
  CoverageOrganizationsQuery,
} from '../filters';
import { coverageKeys } from './query-keys';

/** The headline figures and the district × commune table. */
export function useCoverage(query: CoverageHeadlineQuery) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.headline(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/coverage', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCoverageCommunes(query: CoverageCommunesQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.communes(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/coverage/communes', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCoverageOrganizations(query: CoverageOrganizationsQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.organizations(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/coverage/organizations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCoverageAgreements(query: CoverageAgreementsQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.agreements(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/coverage/agreements', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
