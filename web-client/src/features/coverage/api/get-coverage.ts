import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import type {
  CoverageAgreementsQuery,
  CoverageCommunesQuery,
  CoverageHeadlineQuery,
  CoverageOrganizationsQuery,
} from '../filters';
import type { CoverageAgreementPage, CoverageCommunePage, CoverageOrganizationPage, CoverageView } from '../types';
import { coverageKeys } from './query-keys';

/**
 * The lists also answer XLSX (by `Accept`), so the generated type of their body is "page or binary";
 * these hooks ask for JSON, so anything else is an error.
 */
function jsonBody<T>(body: object | string): T {
  if (typeof body === 'string') {
    throw new Error('Expected JSON from the coverage list');
  }
  return body as T;
}

/** The headline figures and the district × commune table. */
export function useCoverage(query: CoverageHeadlineQuery) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.headline(query),
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/v1/coverage', { params: { query }, signal }))) as CoverageView,
    placeholderData: keepPreviousData,
  });
}

export function useCoverageCommunes(query: CoverageCommunesQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.communes(query),
    queryFn: async ({ signal }) => jsonBody<CoverageCommunePage>(await unwrap(api.GET('/api/v1/coverage/communes', { params: { query }, signal }))),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCoverageOrganizations(query: CoverageOrganizationsQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.organizations(query),
    queryFn: async ({ signal }) => jsonBody<CoverageOrganizationPage>(await unwrap(api.GET('/api/v1/coverage/organizations', { params: { query }, signal }))),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCoverageAgreements(query: CoverageAgreementsQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: coverageKeys.agreements(query),
    queryFn: async ({ signal }) => jsonBody<CoverageAgreementPage>(await unwrap(api.GET('/api/v1/coverage/agreements', { params: { query }, signal }))),
    placeholderData: keepPreviousData,
    enabled,
  });
}
