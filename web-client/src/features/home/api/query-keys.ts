export const homeKeys = {
  agreements: ['agreements', 'home-scope'] as const,
  plans: (agreementId: number) => ['agreements', agreementId, 'plans'] as const,
  unconfirmedSupport: ['support-records', 'home-unconfirmed'] as const,
  overdueActionPoints: ['action-points', 'home-overdue'] as const,
  reportsToSubmit: ['reports', 'home-to-submit'] as const,
  reportsAwaitingAcceptance: ['reports', 'home-awaiting-acceptance'] as const,
  supportTotals: (from: string | undefined, to: string | undefined) => ['support-records', 'totals', { from, to }] as const,
};
