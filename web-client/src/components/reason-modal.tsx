import { Form, Input, Modal } from 'antd';
import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblems } from '@/lib/form-problems';

interface ReasonModalProps {
  open: boolean;
  title: string;
  /** The text field's label; it is also what the server's `/reason` (or `/comment`) error lands beside. */
  label: string;
  okText: string;
  /** A reason is required (return, excuse); a comment is not. */
  required: boolean;
  /** The body field the server expects: `reason` or `comment`. */
  field?: 'reason' | 'comment';
  danger?: boolean;
  maxLength?: number;
  saving: boolean;
  /** Above the field: what the step does. */
  children?: ReactNode;
  onCancel: () => void;
  /** Runs the step; calls `onError` with a failure so it lands beside the field or above it. */
  onSubmit: (text: string | undefined, onError: (error: unknown) => void) => void;
  /** Re-reads the record; offered when someone else changed it meanwhile (412). */
  onReload?: () => unknown;
}

/** A step that asks for a reason or a comment first: return, excuse, reinstate, add to the roster. */
export function ReasonModal({
  open,
  title,
  label,
  okText,
  required,
  field = 'reason',
  danger,
  maxLength = 2000,
  saving,
  children,
  onCancel,
  onSubmit,
  onReload,
}: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  // Several of these sit on one page (return, excuse…): each form needs its own field ids for its label.
  const formName = `reason-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const { alert, handleError, reset } = useFormProblems(form, { onReload });

  useEffect(() => {
    if (open) {
      form.resetFields();
      reset();
    }
  }, [open, form, reset]);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={saving}
      forceRender
    >
      {children}
      {alert}
      <Form
        form={form}
        name={formName}
        layout="vertical"
        disabled={saving}
        onFinish={(values) => {
          reset();
          onSubmit(values[field]?.trim() || undefined, handleError);
        }}
      >
        <Form.Item
          name={field}
          label={label}
          rules={[{ required, whitespace: required }, { max: maxLength }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
