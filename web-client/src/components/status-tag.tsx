import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';

type StatusOf = {
  agreement: Schemas['AgreementStatus'];
  plan: Schemas['PlanStatus'];
  supportRecord: Schemas['SupportRecordStatus'];
  actionPoint: Schemas['ActionPointStatus'];
};

// Colours carry meaning only together with the text (never colour alone), for colour-blind users.
const colours: { [K in keyof StatusOf]: Record<StatusOf[K], string> } = {
  agreement: { proposed: 'gold', active: 'green', suspended: 'orange', ended: 'default' },
  plan: { draft: 'gold', agreed: 'green' },
  supportRecord: { recorded: 'gold', confirmed: 'green' },
  actionPoint: { open: 'blue', in_progress: 'processing', done: 'green', cancelled: 'default' },
};

export function StatusTag<K extends keyof StatusOf>({ kind, status }: { kind: K; status: StatusOf[K] | undefined }) {
  const { t } = useTranslation();
  if (!status) {
    return null;
  }
  const colour = (colours[kind] as Record<string, string>)[status] ?? 'default';
  return <Tag color={colour}>{t(`status.${kind}.${status}` as 'status.plan.draft')}</Tag>;
}
