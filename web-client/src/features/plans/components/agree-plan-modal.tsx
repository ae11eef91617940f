import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { formatVnd } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useAgreePlan } from '../api/agree-plan';

interface AgreePlanModalProps {
  open: boolean;
  plan: Schemas['Plan'];
  onClose: () => void;
  onReload: () => unknown;
}

/**
 * The receiving district agrees to the plan as shown. The plan's version goes with it, so if the
 * partner changed an item meanwhile the server refuses (412) and the district reads it again.
 */
export function AgreePlanModal({ open, plan, onClose, onReload }: AgreePlanModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Schemas['PlanAgreeRequest']>();
  const agree = useAgreePlan();
  const { alert, handleError, reset } = useFormProblems(form, {
    onReload: () => {
      onClose();
      return onReload();
    },
  });

  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);

  const submit = ({ note }: Schemas['PlanAgreeRequest']) => {
    if (plan.id === undefined || plan.agreementId === undefined) {
      return;
    }
    reset();
    agree.mutate(
      {
        agreementId: plan.agreementId,
        planId: plan.id,
        version: plan.version,
        body: { note: note?.trim() || undefined },
      },
      {
        onSuccess: () => {
          void message.success(t('plans.agree.done'));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('plans.agree.title')}
      okText={t('plans.agree.button')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={agree.isPending}
      forceRender
    >
      <Typography.Paragraph>
        {t('plans.agree.explain', {
          title: plan.title ?? '',
          count: plan.items?.length ?? 0,
          total: formatVnd(plan.totals?.plannedVnd ?? 0),
        })}
      </Typography.Paragraph>
      {alert}
      <Form
        form={form}
        name={`plan-${plan.id ?? ''}-agree`}
        layout="vertical"
        onFinish={submit}
        disabled={agree.isPending}
      >
        <Form.Item name="note" label={t('plans.agree.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} placeholder={t('plans.agree.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
