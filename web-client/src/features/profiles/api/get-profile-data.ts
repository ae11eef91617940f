import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/client';
import { profileKeys } from './query-keys';

/** A commune (or district) with its flags in every programme period. */
export function useAdminUnit(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.adminUnit(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admin-units/{id}', { params: { path: { id } }, signal })),
    enabled: id > 0,
  });
}

export function useOrganization(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.organization(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal })),
    enabled: id > 0,
  });
}

/**
 * Every agreement of a commune or an organisation (in the caller's scope), oldest first. One page
 * of 100: a commune has a handful of partners over the years, an organisation a handful of communes.
 */
export function useProfileAgreements(filter: { communeId?: number; organizationId?: number }) {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.agreements(filter),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/agreements', { params: { query: { ...filter, size: 100, sort: 'startDate' } }, signal })),
    enabled: (filter.communeId ?? filter.organizationId ?? 0) > 0,
  });
}

/** The monitoring visits to a commune, newest first. */
export function useCommuneVisits(communeId: number) {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.visits(communeId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/monitoring-visits', {
          params: { query: { communeId, size: 20, sort: '-visitDate' } },
          signal,
        }),
      ),
    enabled: communeId > 0,
  });
}

/** An organisation's reports of the reporting rounds, newest first (only if the caller may read them). */
export function useOrganizationReports(organizationId: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: profileKeys.reports(organizationId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/reports', {
          params: { query: { organizationId, reporterKind: 'organization', size: 20, sort: '-dueDate' } },
          signal,
        }),
      ),
    enabled: enabled && organizationId > 0,
  });
}
