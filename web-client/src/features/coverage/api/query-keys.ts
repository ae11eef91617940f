import type {
  CoverageAgreementsQuery,
  CoverageCommunesQuery,
  CoverageHeadlineQuery,
  CoverageOrganizationsQuery,
} from '../filters';

/** Query keys of the coverage page; nothing on it changes data, so nothing invalidates them. */
export const coverageKeys = {
  all: ['coverage'] as const,
  headline: (query: CoverageHeadlineQuery) => ['coverage', 'headline', query] as const,
  communes: (query: CoverageCommunesQuery) => ['coverage', 'communes', query] as const,
  organizations: (query: CoverageOrganizationsQuery) => ['coverage', 'organizations', query] as const,
  agreements: (query: CoverageAgreementsQuery) => ['coverage', 'agreements', query] as const,
  periods: () => ['coverage', 'lookup', 'periods'] as const,
  districts: () => ['coverage', 'lookup', 'districts'] as const,
} as const;
