import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { ToneTag, type Tone } from './tone-tag';

type StatusOf = {
  agreement: Schemas['AgreementStatus'];
  plan: Schemas['PlanStatus'];
  supportRecord: Schemas['SupportRecordStatus'];
  actionPoint: Schemas['ActionPointStatus'];
};

// The tone only reinforces the text (never colour alone), for colour-blind users.
const tones: { [K in keyof StatusOf]: Record<StatusOf[K], Tone> } = {
  agreement: { proposed: 'amber', active: 'green', suspended: 'red', ended: 'grey' },
  plan: { draft: 'amber', agreed: 'green' },
  supportRecord: { recorded: 'amber', confirmed: 'green' },
  actionPoint: { open: 'blue', in_progress: 'teal', done: 'green', cancelled: 'grey' },
};

export function StatusTag<K extends keyof StatusOf>({ kind, status }: { kind: K; status: StatusOf[K] | undefined }) {
  const { t } = useTranslation();
  if (!status) {
    return null;
  }
  const tone = (tones[kind] as Record<string, Tone>)[status] ?? 'grey';
  return <ToneTag tone={tone}>{t(`status.${kind}.${status}` as 'status.plan.draft')}</ToneTag>;
}
