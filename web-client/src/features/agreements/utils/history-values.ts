import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';
import { recipientLabel } from './labels';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = ['proposed', 'active', 'suspended', 'ended'];
const ORGANIZATION_KINDS = ['department', 'agency', 'mass_organization', 'enterprise', 'lowland_district', 'other'];
const KNOWN_FIELDS = [
  'organization',
  'organizationKind',
  'period',
  'recipient',
  'district',
  'startDate',
  'endDate',
  'status',
  'documentNumber',
  'signedOn',
  'focalOfficerName',
  'focalOfficerTitle',
  'focalOfficerPhone',
  'focalOfficerEmail',
];
const KNOWN_ACTIONS = ['created', 'updated', 'activated', 'suspended', 'ended', 'deleted'];

/** The history's field names are the API's (`focalOfficerPhone`); people read the form's labels. */
export function fieldLabel(field: string | undefined, t: TFunction): string {
  if (!field) {
    return '';
  }
  if (field === 'notes') {
    return t('common.notes');
  }
  return KNOWN_FIELDS.includes(field) ? t(`agreements.fields.${field}` as 'agreements.fields.status') : field;
}

export function actionLabel(action: string | undefined, t: TFunction): string {
  if (!action) {
    return '';
  }
  return KNOWN_ACTIONS.includes(action)
    ? t(`agreements.history.actions.${action}` as 'agreements.history.actions.created')
    : action;
}

/**
 * A value before or after a change, as the overview shows it: dates dd/MM/yyyy, a status in words,
 * a related object by its name. The history keeps raw JSON, so anything else is shown as it is.
 */
export function formatHistoryValue(field: string | undefined, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (typeof value === 'string') {
    if (field === 'status' && STATUSES.includes(value)) {
      return t(`status.agreement.${value}` as 'status.agreement.active');
    }
    if (field === 'organizationKind' && ORGANIZATION_KINDS.includes(value)) {
      return t(`orgKind.${value}` as 'orgKind.other');
    }
    return ISO_DATE.test(value) ? formatDate(value) : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'object' && 'name' in value && typeof value.name === 'string') {
    const ref = value as { name: string; kindLabel?: string };
    return ref.kindLabel ? recipientLabel(ref) : ref.name;
  }
  return JSON.stringify(value);
}
