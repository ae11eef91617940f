import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '@/components/status-tag';
import type { Schemas } from '@/lib/api/client';
import { formatDate, formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { recipientLabel } from '../utils/labels';

type Agreement = Schemas['Agreement'];

const ORGANIZATION_KINDS = ['department', 'agency', 'mass_organization', 'enterprise', 'lowland_district', 'other'];

function Missing() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** Everything recorded about the agreement: the parties, the document, the focal officer, who changed it. */
export function AgreementOverviewTab({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const or = (value: string | undefined) => (value ? value : <Missing />);
  const kind = agreement.organizationKind;

  return (
    <Flex vertical gap={24}>
      <Descriptions
        title={t('agreements.overview.parties')}
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'organization',
            label: t('agreements.fields.organization'),
            children: (
              <Flex gap={8} wrap align="center">
                {agreement.organization?.id ? (
                  <Link to={paths.organizationProfile(agreement.organization.id)}>{agreement.organization.name}</Link>
                ) : (
                  agreement.organization?.name
                )}
                {kind && ORGANIZATION_KINDS.includes(kind) && <Tag>{t(`orgKind.${kind}` as 'orgKind.other')}</Tag>}
              </Flex>
            ),
          },
          {
            key: 'recipient',
            label: t('agreements.fields.recipient'),
            // A commune's profile shows every partner it has had and all it received.
            children:
              agreement.recipient?.id && agreement.recipient.level === 'commune' ? (
                <Link to={paths.communeProfile(agreement.recipient.id)}>{recipientLabel(agreement.recipient)}</Link>
              ) : (
                recipientLabel(agreement.recipient)
              ),
          },
          { key: 'district', label: t('agreements.fields.district'), children: agreement.district?.name },
          {
            key: 'period',
            label: t('agreements.fields.period'),
            children: agreement.period?.name ?? agreement.period?.code,
          },
          { key: 'startDate', label: t('agreements.fields.startDate'), children: formatDate(agreement.startDate) },
          {
            key: 'endDate',
            label: t('agreements.fields.endDate'),
            children: formatDate(agreement.endDate) || t('agreements.openEnded'),
          },
          {
            key: 'status',
            label: t('agreements.fields.status'),
            children: <StatusTag kind="agreement" status={agreement.status} />,
          },
          {
            key: 'documentNumber',
            label: t('agreements.fields.documentNumber'),
            children: or(agreement.documentNumber),
          },
          { key: 'signedOn', label: t('agreements.fields.signedOn'), children: or(formatDate(agreement.signedOn)) },
          {
            key: 'notes',
            label: t('common.notes'),
            span: 'filled',
            children: agreement.notes ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
                {agreement.notes}
              </Typography.Paragraph>
            ) : (
              <Missing />
            ),
          },
        ]}
      />
      <Descriptions
        title={t('agreements.fields.focalOfficer')}
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'name', label: t('agreements.fields.focalOfficerName'), children: or(agreement.focalOfficerName) },
          { key: 'title', label: t('agreements.fields.focalOfficerTitle'), children: or(agreement.focalOfficerTitle) },
          {
            key: 'phone',
            label: t('agreements.fields.focalOfficerPhone'),
            children: agreement.focalOfficerPhone ? (
              <a href={`tel:${agreement.focalOfficerPhone.replace(/\s+/g, '')}`}>{agreement.focalOfficerPhone}</a>
            ) : (
              <Missing />
            ),
          },
          {
            key: 'email',
            label: t('agreements.fields.focalOfficerEmail'),
            children: agreement.focalOfficerEmail ? (
              <a href={`mailto:${agreement.focalOfficerEmail}`}>{agreement.focalOfficerEmail}</a>
            ) : (
              <Missing />
            ),
          },
        ]}
      />
      <Descriptions
        title={t('agreements.overview.record')}
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'created',
            label: t('agreements.overview.created'),
            children: t('agreements.overview.stamp', {
              when: formatDateTime(agreement.createdAt),
              who: agreement.createdBy ?? '—',
            }),
          },
          {
            key: 'updated',
            label: t('agreements.overview.updated'),
            children: t('agreements.overview.stamp', {
              when: formatDateTime(agreement.updatedAt),
              who: agreement.updatedBy ?? '—',
            }),
          },
        ]}
      />
    </Flex>
  );
}
