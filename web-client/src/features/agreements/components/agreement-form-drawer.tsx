import { App, Alert, Button, Col, DatePicker, Divider, Drawer, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useMe } from '@/lib/me';
import { useCreateAgreement } from '../api/create-agreement';
import { useCommunes } from '../api/get-communes';
import { useMountainousDistricts } from '../api/get-mountainous-districts';
import { usePeriodOptions } from '../api/get-periods';
import { useUpdateAgreement } from '../api/update-agreement';
import { recipientLabel } from '../utils/labels';
import { OrganizationSelect } from './organization-select';

type Agreement = Schemas['Agreement'];
type AgreementRequest = Schemas['AgreementRequest'];

/** The form's fields carry the request's names, so each `errors[].pointer` lands beside its field. */
interface AgreementFormValues {
  organizationId?: number;
  periodId?: number;
  /** Only narrows the recipient list; the server derives the district from the recipient. */
  districtId?: number;
  recipientId?: number;
  startDate?: Dayjs;
  endDate?: Dayjs;
  documentNumber?: string;
  signedOn?: Dayjs;
  focalOfficerName?: string;
  focalOfficerTitle?: string;
  focalOfficerPhone?: string;
  focalOfficerEmail?: string;
  notes?: string;
}

interface AgreementFormDrawerProps {
  open: boolean;
  /** The agreement being edited (with its version); absent to propose a new one. */
  agreement?: Agreement;
  onClose: () => void;
  onSaved?: (agreement: Agreement) => void;
  /** Re-reads the agreement; offered when someone else saved it meanwhile (412). */
  onReload?: () => unknown;
}

function toFormValues(agreement: Agreement | undefined, ownOrganizationId: number | undefined): AgreementFormValues {
  if (!agreement) {
    return { organizationId: ownOrganizationId };
  }
  return {
    organizationId: agreement.organization?.id,
    periodId: agreement.period?.id,
    districtId: agreement.district?.id,
    recipientId: agreement.recipient?.id,
    startDate: fromIsoDate(agreement.startDate),
    endDate: fromIsoDate(agreement.endDate),
    documentNumber: agreement.documentNumber,
    signedOn: fromIsoDate(agreement.signedOn),
    focalOfficerName: agreement.focalOfficerName,
    focalOfficerTitle: agreement.focalOfficerTitle,
    focalOfficerPhone: agreement.focalOfficerPhone,
    focalOfficerEmail: agreement.focalOfficerEmail,
    notes: agreement.notes,
  };
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function toRequest(values: AgreementFormValues): AgreementRequest {
  return {
    organizationId: values.organizationId,
    periodId: values.periodId ?? 0,
    recipientId: values.recipientId ?? 0,
    startDate: toIsoDate(values.startDate) ?? '',
    endDate: toIsoDate(values.endDate),
    documentNumber: blankToUndefined(values.documentNumber),
    signedOn: toIsoDate(values.signedOn),
    focalOfficerName: blankToUndefined(values.focalOfficerName),
    focalOfficerTitle: blankToUndefined(values.focalOfficerTitle),
    focalOfficerPhone: blankToUndefined(values.focalOfficerPhone),
    focalOfficerEmail: blankToUndefined(values.focalOfficerEmail),
    notes: blankToUndefined(values.notes),
  };
}

/**
 * Proposes or edits an agreement. The province chooses the partner; a unit's partner is always
 * itself (from /me). Partner, recipient and period change only while the agreement is proposed.
 */
export function AgreementFormDrawer({ open, agreement, onClose, onSaved, onReload }: AgreementFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scope = useMe().data?.scope;
  const ownOrganization = scope?.kind === 'organization' ? scope : undefined;
  const [form] = Form.useForm<AgreementFormValues>();
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const { alert, handleError, reset } = useFormProblems(form, { onReload });
  const saving = create.isPending || update.isPending;
  const partiesFixed = agreement !== undefined && agreement.status !== 'proposed';

  const districtId = Form.useWatch('districtId', form);
  const periods = usePeriodOptions();
  const districts = useMountainousDistricts({ enabled: open });
  const communes = useCommunes(open ? districtId : undefined);
  const district = districts.data?.find((candidate) => candidate.id === districtId);

  // Also runs when a reload after 412 brings a newer version: the form then shows it.
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(toFormValues(agreement, ownOrganization?.id));
      reset();
    }
  }, [open, agreement, ownOrganization?.id, form, reset]);

  const submit = (values: AgreementFormValues) => {
    reset();
    const body = toRequest(values);
    const onSuccess = (saved: Agreement) => {
      void message.success(t('common.saved'));
      onClose();
      onSaved?.(saved);
    };
    if (agreement?.id !== undefined) {
      update.mutate({ id: agreement.id, version: agreement.version, body }, { onSuccess, onError: handleError });
    } else {
      create.mutate(body, { onSuccess, onError: handleError });
    }
  };

  const recipientOptions = [
    ...(district?.id !== undefined
      ? [{ value: district.id, label: t('agreements.form.wholeDistrict', { name: district.name }) }]
      : []),
    ...(communes.data ?? []).map((commune) => ({
      value: commune.id ?? 0,
      label: recipientLabel({ name: commune.name, kindLabel: commune.kindLabel }),
    })),
  ];

  return (
    <Drawer
      open={open}
      title={agreement ? t('agreements.form.editTitle') : t('agreements.form.createTitle')}
      size={640}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {alert}
      <Form<AgreementFormValues>
        form={form}
        name={`agreement-${agreement?.id ?? 'new'}`}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
        onValuesChange={(changed: AgreementFormValues) => {
          if ('districtId' in changed) {
            form.setFieldValue('recipientId', undefined);
          }
        }}
      >
        {partiesFixed && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('agreements.form.partiesFixed')} />
        )}
        <Form.Item name="organizationId" label={t('agreements.fields.organization')} rules={[{ required: true }]}>
          {ownOrganization ? (
            <Select disabled options={[{ value: ownOrganization.id, label: ownOrganization.name }]} />
          ) : (
            <OrganizationSelect
              activeOnly
              disabled={partiesFixed}
              placeholder={t('agreements.form.searchOrganization')}
            />
          )}
        </Form.Item>
        <Form.Item name="periodId" label={t('agreements.fields.period')} rules={[{ required: true }]}>
          <Select
            disabled={partiesFixed}
            loading={periods.isPending}
            options={(periods.data ?? []).map((period) => ({
              value: period.id ?? 0,
              label: period.name ?? period.code,
            }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="districtId" label={t('agreements.fields.district')} rules={[{ required: true }]}>
              <Select
                disabled={partiesFixed}
                showSearch={{ optionFilterProp: 'label' }}
                loading={districts.isPending}
                options={(districts.data ?? []).map((candidate) => ({
                  value: candidate.id ?? 0,
                  label: candidate.name,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="recipientId"
              label={t('agreements.fields.recipient')}
              extra={districtId === undefined ? t('agreements.form.chooseDistrictFirst') : undefined}
              rules={[{ required: true }]}
            >
              <Select
                disabled={partiesFixed || districtId === undefined}
                showSearch={{ optionFilterProp: 'label' }}
                loading={communes.isFetching}
                options={recipientOptions}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="startDate" label={t('agreements.fields.startDate')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="endDate"
              label={t('agreements.fields.endDate')}
              dependencies={['startDate']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | undefined) => {
                    const start = getFieldValue('startDate') as Dayjs | undefined;
                    return value && start && value.isBefore(start, 'day')
                      ? Promise.reject(new Error(t('agreements.form.endBeforeStart')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="documentNumber" label={t('agreements.fields.documentNumber')} rules={[{ max: 100 }]}>
              <Input placeholder="12/BB-KN" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="signedOn" label={t('agreements.fields.signedOn')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('agreements.fields.focalOfficer')}</Divider>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="focalOfficerName" label={t('agreements.fields.focalOfficerName')} rules={[{ max: 200 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="focalOfficerTitle" label={t('agreements.fields.focalOfficerTitle')} rules={[{ max: 200 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="focalOfficerPhone" label={t('agreements.fields.focalOfficerPhone')} rules={[{ max: 50 }]}>
              <Input type="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="focalOfficerEmail"
              label={t('agreements.fields.focalOfficerEmail')}
              rules={[{ type: 'email' }, { max: 200 }]}
            >
              <Input type="email" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('common.notes')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
