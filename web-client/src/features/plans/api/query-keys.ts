/**
 * Query keys of the plan screens. Every change invalidates `planKeys.all`: a plan's items, totals
 * and status are read back together with the plan.
 */
export const planKeys = {
  all: ['plans'] as const,
  ofAgreement: (agreementId: number) => ['plans', 'agreement', agreementId] as const,
};

/** Catalogues and the agreements scanned for plans to agree; keyed by resource, like their own screens. */
export const lookupKeys = {
  period: (id: number) => ['periods', 'detail', id] as const,
  supportAreas: ['support-categories', 'areas'] as const,
  activeCategories: ['support-categories', 'active'] as const,
  activeAgreements: ['agreements', 'active-for-plans'] as const,
};
