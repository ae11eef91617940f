import type { AgreementQuery } from './get-agreements';

/**
 * Query keys of the agreement screens. A mutation invalidates `agreementKeys.all`, so the list,
 * the detail and its history are all read again.
 */
export const agreementKeys = {
  all: ['agreements'] as const,
  list: (query: AgreementQuery) => ['agreements', 'list', query] as const,
  detail: (id: number) => ['agreements', 'detail', id] as const,
  history: (id: number) => ['agreements', 'history', id] as const,
};

/**
 * The catalogues the filters and the form choose from. Keys start with the resource, as the
 * catalogue screens' keys do, so a catalogue change invalidating `['periods']` refreshes these too.
 */
export const lookupKeys = {
  periods: ['periods', 'options'] as const,
  mountainousDistricts: ['admin-units', 'mountainous-districts'] as const,
  communes: (districtId: number) => ['admin-units', 'communes', districtId] as const,
  organizations: (q: string, activeOnly: boolean) => ['organizations', 'search', q, activeOnly] as const,
  organization: (id: number) => ['organizations', 'detail', id] as const,
};
