import { useTranslation } from 'react-i18next';
import { ToneTag, type Tone } from '@/components/tone-tag';
import type { NeedPriority, NeedStatus } from '../filters';

// The tone only reinforces the text (never colour alone).
const priorityTones: Record<NeedPriority, Tone> = { high: 'red', medium: 'amber', low: 'grey' };
const statusTones: Record<NeedStatus, Tone> = { open: 'blue', pledged: 'teal', met: 'green', cancelled: 'grey' };

export function PriorityTag({ priority }: { priority: NeedPriority | undefined }) {
  const { t } = useTranslation();
  return priority ? <ToneTag tone={priorityTones[priority]}>{t(`needs.priority.${priority}`)}</ToneTag> : null;
}

export function NeedStatusTag({ status }: { status: NeedStatus | undefined }) {
  const { t } = useTranslation();
  return status ? <ToneTag tone={statusTones[status]}>{t(`needs.status.${status}`)}</ToneTag> : null;
}
