import { App, Button, Descriptions, Drawer, Flex, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { ReasonModal } from '@/components/reason-modal';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCan, useMe } from '@/lib/me';
import { paths } from '@/lib/paths';
import { useRegistration } from '../api/get-registration';
import { useDeclineRegistration, useWithdrawRegistration } from '../api/registration-steps';
import { ApproveModal } from './approve-modal';
import { RegistrationStatusTag } from './status-tags';

/**
 * One registration: the communes proposed (with the agreement each approval created), the
 * commitment, the contact and the decision. The province approves or declines a submitted one;
 * its organisation may withdraw it; a district only reads.
 */
export function RegistrationDrawer({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const me = useMe();
  const registration = useRegistration(id);
  const decline = useDeclineRegistration();
  const withdraw = useWithdrawRegistration();
  const [step, setStep] = useState<'approve' | 'decline' | 'withdraw' | undefined>();
  const data = registration.data;
  const submitted = data?.status === 'submitted';
  const decides = can('joining.manage') && submitted;
  const ownUnit = me.data?.scope?.kind === 'organization' && me.data.scope.id === data?.organization?.id;
  const withdraws = submitted && (ownUnit || can('joining.manage'));

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      size={640}
      title={t('joining.registration.detail')}
      footer={
        data && (decides || withdraws) ? (
          <Flex justify="flex-end" gap={8} wrap>
            {withdraws && <Button onClick={() => setStep('withdraw')}>{t('joining.registration.withdraw')}</Button>}
            {decides && (
              <Button danger onClick={() => setStep('decline')}>
                {t('joining.registration.decline')}
              </Button>
            )}
            {decides && (
              <Button type="primary" onClick={() => setStep('approve')}>
                {t('joining.registration.approve')}
              </Button>
            )}
          </Flex>
        ) : undefined
      }
    >
      {registration.isPending && id !== undefined && <LoadingState />}
      {registration.isError && <ErrorAlert error={registration.error} onRetry={() => void registration.refetch()} />}
      {data && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('joining.registration.organization')}>{data.organization?.name}</Descriptions.Item>
            <Descriptions.Item label={t('joining.registration.period')}>{data.period?.name}</Descriptions.Item>
            <Descriptions.Item label={t('joining.registration.status')}>
              <RegistrationStatusTag status={data.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('joining.registration.createdAt')}>{formatDateTime(data.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('joining.registration.areas')}>
              {(data.supportAreas ?? []).map((area) => t(`area.${area}`)).join('; ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('joining.registration.commitment')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{data.commitment}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('joining.registration.startDate')}>{formatDate(data.proposedStartDate)}</Descriptions.Item>
            <Descriptions.Item label={t('joining.registration.contactName')}>
              {[data.contactName, data.contactTitle, data.contactPhone, data.contactEmail].filter(Boolean).join(' · ')}
            </Descriptions.Item>
            {data.decidedAt && (
              <Descriptions.Item label={t('joining.registration.decidedAt')}>
                {formatDateTime(data.decidedAt)} {data.decidedBy ? `(${data.decidedBy})` : ''}
              </Descriptions.Item>
            )}
            {data.decisionReason && (
              <Descriptions.Item label={t('joining.registration.decision')}>{data.decisionReason}</Descriptions.Item>
            )}
          </Descriptions>
          <List
            style={{ marginTop: 16 }}
            header={<strong>{t('joining.registration.communes')}</strong>}
            bordered
            size="small"
            dataSource={data.communes ?? []}
            renderItem={(commune) => (
              <List.Item
                extra={
                  commune.agreementId ? (
                    <Link to={paths.agreement(commune.agreementId)}>
                      {t('joining.registration.agreementLink', { id: commune.agreementId })}
                    </Link>
                  ) : data.status === 'approved' ? (
                    t('joining.registration.notApproved')
                  ) : undefined
                }
              >
                {`${commune.kindLabel ?? ''} ${commune.name ?? ''} — ${commune.district?.name ?? ''}`.trim()}
              </List.Item>
            )}
          />
          {decides && (
            <ApproveModal
              registration={data}
              open={step === 'approve'}
              onClose={() => setStep(undefined)}
              onReload={() => registration.refetch()}
            />
          )}
        </>
      )}
      {decides && (
        <ReasonModal
          open={step === 'decline'}
          title={t('joining.registration.declineTitle')}
          label={t('joining.registration.declineReason')}
          okText={t('joining.registration.decline')}
          required
          danger
          saving={decline.isPending}
          onCancel={() => setStep(undefined)}
          onReload={() => registration.refetch()}
          onSubmit={(reason, onError) =>
            decline.mutate(
              { id: id ?? 0, version: data?.version, reason: reason ?? '' },
              {
                onSuccess: () => {
                  void message.success(t('joining.registration.declined'));
                  setStep(undefined);
                },
                onError,
              },
            )
          }
        />
      )}
      {withdraws && (
        <ReasonModal
          open={step === 'withdraw'}
          title={t('joining.registration.withdrawTitle')}
          label={t('joining.registration.withdrawNote')}
          okText={t('joining.registration.withdraw')}
          required={false}
          saving={withdraw.isPending}
          onCancel={() => setStep(undefined)}
          onReload={() => registration.refetch()}
          onSubmit={(note, onError) =>
            withdraw.mutate(
              { id: id ?? 0, version: data?.version, note },
              {
                onSuccess: () => {
                  void message.success(t('joining.registration.withdrawn'));
                  setStep(undefined);
                },
                onError,
              },
            )
          }
        />
      )}
    </Drawer>
  );
}
