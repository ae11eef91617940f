/** The tabs of a reporting period's page, in the order they are shown. */
export type ReportingPeriodTabKey = 'completeness' | 'reports' | 'summary';

/** The tabs of an agreement's page, in the order they are shown. */
export type AgreementTabKey = 'overview' | 'period-plan' | 'annual' | 'support' | 'visits' | 'history';

type QueryValues = Record<string, string | number | undefined>;

/** `base?key=value…`, leaving out empty values. */
function withQuery(base: string, values: QueryValues): string {
  const query = new URLSearchParams(
    Object.entries(values).flatMap(([key, value]) => (value === undefined || value === '' ? [] : [[key, String(value)]])),
  ).toString();
  return query ? `${base}?${query}` : base;
}

/**
 * Every screen's address, in one place, so a feature can link to another feature's screen
 * without importing it (features never import each other).
 */
export const paths = {
  home: '/',
  /** "Tổng quan chương trình", narrowed like `/dashboard?districtId=12&fromYear=2016`. */
  dashboard: '/dashboard',
  dashboardFiltered: (filter: QueryValues) => withQuery('/dashboard', filter),
  /** A commune's profile: its partners over time and everything it received. */
  communeProfile: (id: number) => `/communes/${id}`,
  /** An organisation's profile: its agreements, communes and what it gave. */
  organizationProfile: (id: number) => `/organizations/${id}`,
  agreements: '/agreements',
  agreement: (id: number) => `/agreements/${id}`,
  /** One tab of an agreement's page; `year` picks the annual programme shown. */
  agreementTab: (id: number, tab: AgreementTabKey, year?: number) =>
    `/agreements/${id}?tab=${tab}${year !== undefined ? `&year=${year}` : ''}`,
  plans: '/plans',
  plan: (agreementId: number, planId: number) => `/agreements/${agreementId}/plans/${planId}`,
  support: '/support',
  /** Support records the receiving district has not yet confirmed. */
  supportAwaitingConfirmation: '/support?status=recorded',
  visits: '/visits',
  visit: (id: number) => `/visits/${id}`,
  /** Open or in-progress action points past their due date, across visits. */
  overdueActionPoints: '/visits/overdue',
  /** The support records that a figure sums: its `filter` (the API's list parameters) as the address. */
  supportFiltered: (filter: QueryValues) => withQuery('/support', filter),
  /** Reporting periods (the province's follow-up of reporting rounds). */
  reporting: '/reporting',
  reportingPeriod: (id: number, tab?: ReportingPeriodTabKey) =>
    `/reporting/${id}${tab && tab !== 'completeness' ? `?tab=${tab}` : ''}`,
  reports: '/reports',
  /** The reports list narrowed like `/reports?status=submitted`. */
  reportsFiltered: (filter: QueryValues) => withQuery('/reports', filter),
  report: (id: number) => `/reports/${id}`,
  notifications: '/notifications',
  catalog: {
    adminUnits: '/catalog/admin-units',
    organizations: '/catalog/organizations',
    periods: '/catalog/periods',
    supportCategories: '/catalog/support-categories',
  },
} as const;
