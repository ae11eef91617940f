import type { Schemas } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type Invitation = Schemas['Invitation'];
export type Registration = Schemas['Registration'];
export type EligibleCommune = Schemas['EligibleCommune'];
export type InvitationBody = Schemas['InvitationRequest'];
export type RegistrationBody = Schemas['RegistrationRequest'];
export type InvitationStatus = NonNullable<Invitation['status']>;
export type RegistrationStatus = NonNullable<Registration['status']>;
export type SupportArea = NonNullable<RegistrationBody['supportAreas']>[number];

export type InvitationQuery = NonNullable<paths['/api/v1/invitations']['get']['parameters']['query']>;
export type RegistrationQuery = NonNullable<paths['/api/v1/registrations']['get']['parameters']['query']>;
