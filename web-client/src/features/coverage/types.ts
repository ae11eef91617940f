import type { Schemas } from '@/lib/api/client';

/**
 * The generated schema marks every property optional, but the coverage records have none: only the
 * nullable ones (dates never reached, a report not due) may be missing. This keeps those and makes
 * the rest present, so the tables need no fallback for values the API always sends.
 */
export type Present<T> = T extends (infer U)[]
  ? Present<U>[]
  : T extends object
    ? { [K in keyof T]-?: null extends T[K] ? Present<T[K]> | undefined : Present<Exclude<T[K], undefined>> }
    : T;

export type CoverageView = Present<Schemas['CoverageView']>;
export type CoverageCommunePage = Present<Schemas['CoverageCommunePage']>;
export type CoverageCommuneRow = Present<Schemas['CoverageCommuneRow']>;
export type CoverageOrganizationPage = Present<Schemas['CoverageOrganizationPage']>;
export type CoverageOrganizationRow = Present<Schemas['CoverageOrganizationRow']>;
export type CoverageAgreementPage = Present<Schemas['CoverageAgreementPage']>;
export type CoverageAgreementRow = Present<Schemas['CoverageAgreementRow']>;
export type CoverageDistrict = Present<Schemas['CoverageDistrict']>;
