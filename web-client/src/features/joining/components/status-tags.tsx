import { useTranslation } from 'react-i18next';
import { ToneTag, type Tone } from '@/components/tone-tag';
import type { InvitationStatus, RegistrationStatus } from '../types';

const invitationTones: Record<InvitationStatus, Tone> = {
  sent: 'blue',
  registered: 'green',
  cancelled: 'grey',
  expired: 'amber',
};

const registrationTones: Record<RegistrationStatus, Tone> = {
  submitted: 'blue',
  approved: 'green',
  declined: 'red',
  withdrawn: 'grey',
};

export function InvitationStatusTag({ status }: { status: InvitationStatus | undefined }) {
  const { t } = useTranslation();
  return status ? <ToneTag tone={invitationTones[status]}>{t(`joining.invitationStatus.${status}`)}</ToneTag> : null;
}

export function RegistrationStatusTag({ status }: { status: RegistrationStatus | undefined }) {
  const { t } = useTranslation();
  return status ? <ToneTag tone={registrationTones[status]}>{t(`joining.registrationStatus.${status}`)}</ToneTag> : null;
}
