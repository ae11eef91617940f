import { Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useRegistrations } from '../api/get-registrations';
import type { Registration, RegistrationStatus } from '../types';
import { RegistrationStatusTag } from './status-tags';

const STATUSES: RegistrationStatus[] = ['submitted', 'approved', 'declined', 'withdrawn'];

/** Registrations in the caller's scope; a row opens its detail drawer. */
export function RegistrationsTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<RegistrationStatus | undefined>();
  const [page, setPage] = useState(0);
  const registrations = useRegistrations({ status, page, size: 20 });

  return (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('joining.filter.status')}
          placeholder={t('joining.filter.status')}
          style={{ width: 220 }}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
          options={STATUSES.map((value) => ({ value, label: t(`joining.registrationStatus.${value}`) }))}
        />
      </Flex>
      <Table<Registration>
        rowKey="id"
        size="middle"
        loading={registrations.isFetching}
        dataSource={registrations.data?.items ?? []}
        locale={{ emptyText: t('joining.registration.empty') }}
        onRow={(registration) => ({
          onClick: () => navigate(paths.registration(registration.id ?? 0)),
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: registrations.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            title: t('joining.registration.organization'),
            dataIndex: ['organization', 'name'],
            render: (name: string, registration) => (
              <Link to={paths.registration(registration.id ?? 0)} onClick={(event) => event.stopPropagation()}>
                {name}
              </Link>
            ),
          },
          { title: t('joining.registration.period'), dataIndex: ['period', 'name'] },
          {
            title: t('joining.registration.communes'),
            key: 'communes',
            render: (_, registration) =>
              (registration.communes ?? [])
                .map((commune) => `${commune.kindLabel ?? ''} ${commune.name ?? ''} (${commune.district?.name ?? ''})`.trim())
                .join('; '),
          },
          {
            title: t('joining.registration.createdAt'),
            dataIndex: 'createdAt',
            render: (value: string) => formatDateTime(value),
          },
          {
            title: t('joining.registration.status'),
            dataIndex: 'status',
            render: (value: RegistrationStatus) => <RegistrationStatusTag status={value} />,
          },
        ]}
      />
    </>
  );
}
