import type { InvitationQuery, RegistrationQuery } from '../types';

/**
 * Query keys of the joining screens. Any change to an invitation or registration invalidates
 * `joiningKeys.all` (an approval also changes invitations and the communes' partner counts).
 */
export const joiningKeys = {
  all: ['joining'] as const,
  invitations: (query: InvitationQuery) => ['joining', 'invitations', query] as const,
  registrations: (query: RegistrationQuery) => ['joining', 'registrations', query] as const,
  registration: (id: number) => ['joining', 'registration', id] as const,
  eligibleCommunes: (periodId: number) => ['joining', 'eligible-communes', periodId] as const,
  periods: () => ['joining', 'lookup', 'periods'] as const,
  organizations: () => ['joining', 'lookup', 'organizations'] as const,
} as const;
