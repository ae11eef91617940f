import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ToneTag } from '@/components/tone-tag';
import { LoadingState } from '@/components/loading-state';
import { formatDateTime } from '@/lib/format';
import { useOrganization } from '../api/get-organization';

interface OrganizationDrawerProps {
  id: number | undefined;
  onClose: () => void;
  /** Absent for roles that may not edit catalogues. */
  onEdit?: (id: number) => void;
}

export function OrganizationDrawer({ id, onClose, onEdit }: OrganizationDrawerProps) {
  const { t } = useTranslation();
  const organization = useOrganization(id);
  const data = organization.data;

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size={520}
      title={data?.name ?? t('catalog.organizations.detail')}
      extra={
        onEdit &&
        id !== undefined && (
          <Button icon={<EditOutlined />} onClick={() => onEdit(id)}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {organization.isPending && <LoadingState />}
      {organization.isError && <ErrorAlert error={organization.error} onRetry={() => organization.refetch()} />}
      {data && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('common.code')}>{data.code}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.name')}>{data.name}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.kind')}>
            {data.kind ? t(`orgKind.${data.kind}`) : ''}
          </Descriptions.Item>
          {data.adminUnit && (
            <Descriptions.Item label={t('catalog.organizations.adminUnit')}>{data.adminUnit.name}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('catalog.organizations.participation')}>
            {data.active === false ? (
              <ToneTag tone="grey">{t('catalog.organizations.inactive')}</ToneTag>
            ) : (
              <ToneTag tone="green">{t('catalog.organizations.active')}</ToneTag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.address')}>{data.address}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.phone')}>{data.phone}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.email')}>{data.email}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.officerName')}>
            {[data.officerName, data.officerTitle].filter(Boolean).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.officerPhone')}>{data.officerPhone}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.organizations.officerEmail')}>{data.officerEmail}</Descriptions.Item>
          <Descriptions.Item label={t('catalog.updatedAt')}>{formatDateTime(data.updatedAt)}</Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
