/** The tabs of an agreement's page, in the order they are shown. */
export type AgreementTabKey = 'overview' | 'period-plan' | 'annual' | 'support' | 'visits' | 'history';

/**
 * Every screen's address, in one place, so a feature can link to another feature's screen
 * without importing it (features never import each other).
 */
export const paths = {
  home: '/',
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
  catalog: {
    adminUnits: '/catalog/admin-units',
    organizations: '/catalog/organizations',
    periods: '/catalog/periods',
    supportCategories: '/catalog/support-categories',
  },
} as const;
