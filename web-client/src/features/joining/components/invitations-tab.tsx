import { App, Button, Flex, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ReasonModal } from '@/components/reason-modal';
import { formatDate } from '@/lib/format';
import { useProblemNotifier } from '@/lib/form-problems';
import { useCan } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useCancelInvitation } from '../api/cancel-invitation';
import { useDownloadInvitationLetter } from '../api/download-invitation-letter';
import { useInvitations } from '../api/get-invitations';
import type { Invitation, InvitationStatus } from '../types';
import { InvitationStatusTag } from './status-tags';

const STATUSES: InvitationStatus[] = ['sent', 'expired', 'registered', 'cancelled'];

/** The invitations in the caller's scope: the province all, a unit those sent to it. */
export function InvitationsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const navigate = useNavigate();
  const notifyProblem = useProblemNotifier();
  const [status, setStatus] = useState<InvitationStatus | undefined>();
  const [page, setPage] = useState(0);
  const invitations = useInvitations({ status, page, size: 20 });
  const download = useDownloadInvitationLetter();
  const cancel = useCancelInvitation();
  const [cancelling, setCancelling] = useState<Invitation | undefined>();

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
          options={STATUSES.map((value) => ({ value, label: t(`joining.invitationStatus.${value}`) }))}
        />
      </Flex>
      <Table<Invitation>
        rowKey="id"
        size="middle"
        loading={invitations.isFetching}
        dataSource={invitations.data?.items ?? []}
        locale={{ emptyText: t('joining.invitation.empty') }}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: invitations.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          { title: t('joining.invitation.organization'), dataIndex: ['organization', 'name'] },
          { title: t('joining.invitation.period'), dataIndex: ['period', 'name'] },
          { title: t('joining.invitation.sentOn'), dataIndex: 'sentOn', render: (value: string) => formatDate(value) },
          { title: t('joining.invitation.replyBy'), dataIndex: 'replyBy', render: (value: string) => formatDate(value) },
          {
            title: t('joining.invitation.status'),
            dataIndex: 'status',
            render: (value: InvitationStatus) => <InvitationStatusTag status={value} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, invitation) => (
              <Space wrap>
                <Button
                  size="small"
                  loading={download.isPending && download.variables?.id === invitation.id}
                  onClick={() =>
                    download.mutate(
                      {
                        id: invitation.id ?? 0,
                        fallbackName: `${t('joining.invitation.letterFile')} - ${invitation.organization?.name ?? ''}.docx`,
                      },
                      { onError: (error) => notifyProblem(error) },
                    )
                  }
                >
                  {t('joining.invitation.letter')}
                </Button>
                {can('joining.manage') && (invitation.status === 'sent' || invitation.status === 'expired') && (
                  <Button size="small" danger onClick={() => setCancelling(invitation)}>
                    {t('joining.invitation.cancel')}
                  </Button>
                )}
                {can('joining.register') && !can('joining.manage') && invitation.status === 'sent' && (
                  <Button size="small" type="primary" onClick={() => navigate(paths.newRegistration(invitation.id))}>
                    {t('joining.invitation.register')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ReasonModal
        open={cancelling !== undefined}
        title={t('joining.invitation.cancel')}
        label={t('joining.invitation.cancelReason')}
        okText={t('joining.invitation.cancel')}
        required={false}
        danger
        saving={cancel.isPending}
        onCancel={() => setCancelling(undefined)}
        onSubmit={(reason, onError) =>
          cancel.mutate(
            { id: cancelling?.id ?? 0, version: cancelling?.version, reason },
            {
              onSuccess: () => {
                void message.success(t('joining.invitation.cancelled'));
                setCancelling(undefined);
              },
              onError,
            },
          )
        }
      />
    </>
  );
}
