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
  /** Good practices; `?communeId=` (from a commune's profile) and `?tag=` (repeatable) filter the grid. */
  practices: '/practices',
  practicesFiltered: (filter: QueryValues) => withQuery('/practices', filter),
  practice: (id: number) => `/practices/${id}`,
  /** Joining the programme: invitations (province) and registrations. */
  joining: '/joining',
  joiningTab: (tab: 'invitations' | 'registrations') => `/joining?tab=${tab}`,
  /** The "Gửi thư mời" drawer, with these organisations already chosen (from the coverage screens, say). */
  newInvitations: (organizationIds: readonly number[] = []) =>
    organizationIds.length ? `/joining/invitations/new?organizationIds=${organizationIds.join(',')}` : '/joining/invitations/new',
  /** The "Đăng ký tham gia" form, answering an invitation when one is given. */
  newRegistration: (invitationId?: number) => withQuery('/joining/registrations/new', { invitationId }),
  registration: (id: number) => `/joining/registrations/${id}`,
  /** Coverage: communes without partners, organisations not taking part, inactive twinnings. */
  coverage: '/coverage',
  coverageFiltered: (filter: QueryValues) => withQuery('/coverage', filter),
  /** Communes' needs; `needsFiltered({ communeId })` is what a commune's profile links to. */
  needs: '/needs',
  needsFiltered: (filter: QueryValues) => withQuery('/needs', filter),
  need: (id: number) => `/needs/${id}`,
  catalog: {
    adminUnits: '/catalog/admin-units',
    organizations: '/catalog/organizations',
    periods: '/catalog/periods',
    supportCategories: '/catalog/support-categories',
  },
} as const;
