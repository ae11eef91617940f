import { Typography } from 'antd';
import type { Schemas } from '@/lib/api/client';

type Parties = Pick<Schemas['AgreementSummary'], 'organization' | 'recipient' | 'district' | 'period'>;

/** "xã A Vao": the recipient with its Vietnamese prefix, as officials name it. */
export function recipientName(recipient: Schemas['RecipientRef'] | undefined): string {
  if (!recipient) {
    return '';
  }
  return [recipient.kindLabel, recipient.name].filter(Boolean).join(' ');
}

/** One line for an agreement in a select: partner → recipient (district), period. */
export function agreementLabel(agreement: Parties): string {
  const district = agreement.district?.name ? ` (${agreement.district.name})` : '';
  const period = agreement.period?.code ? ` · ${agreement.period.code}` : '';
  return `${agreement.organization?.name ?? ''} → ${recipientName(agreement.recipient)}${district}${period}`;
}

/** Partner → recipient, with the receiving district underneath. */
export function PartiesCell({ agreement }: { agreement: Parties | undefined }) {
  if (!agreement) {
    return null;
  }
  return (
    <>
      <div>
        {agreement.organization?.name} → {recipientName(agreement.recipient)}
      </div>
      {agreement.district?.name && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {agreement.district.name}
        </Typography.Text>
      )}
    </>
  );
}
