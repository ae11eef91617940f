import type { Schemas } from '@/lib/api/client';

export const organizationKinds: Schemas['OrganizationKind'][] = [
  'department',
  'agency',
  'mass_organization',
  'enterprise',
  'lowland_district',
  'other',
];
