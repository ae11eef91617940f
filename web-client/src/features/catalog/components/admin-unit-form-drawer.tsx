import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, Select, Space, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import type { Schemas } from '@/lib/api/client';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '@/lib/format';
import { useFormProblems } from '@/lib/form-problems';
import { useCreateAdminUnit } from '../api/create-admin-unit';
import { useAdminUnit } from '../api/get-admin-unit';
import { useUpdateAdminUnit } from '../api/update-admin-unit';
import { displayName } from './admin-unit-tree';

type AdminUnit = Schemas['AdminUnit'];
type AdminUnitNode = Schemas['AdminUnitNode'];
type AdminLevel = Schemas['AdminLevel'];
type AdminUnitRequest = Schemas['AdminUnitRequest'];

export type AdminUnitEditing =
  | { mode: 'closed' }
  | { mode: 'create'; parentId?: number; level?: AdminLevel }
  | { mode: 'edit'; id: number };

interface FormValues {
  level: AdminLevel;
  parentId?: number;
  code: string;
  name: string;
  kind: string;
  terrain?: Schemas['Terrain'];
  abolishedOn?: Dayjs | null;
  flags: Schemas['AdminUnitFlagRequest'][];
}

/** The kinds the API accepts at each level (AdminUnitRequest.kind). */
export const kindsByLevel: Record<AdminLevel, string[]> = {
  province: ['province'],
  district: ['district', 'town', 'city'],
  commune: ['commune', 'ward', 'township'],
};

function toFormValues(unit: AdminUnit): FormValues {
  return {
    level: unit.level ?? 'commune',
    parentId: unit.parent?.id,
    code: unit.code ?? '',
    name: unit.name ?? '',
    kind: unit.kind ?? '',
    terrain: unit.terrain,
    abolishedOn: fromIsoDate(unit.abolishedOn) ?? null,
    flags: (unit.flags ?? []).map((flag) => ({
      periodId: flag.periodId ?? 0,
      especiallyDifficult: flag.especiallyDifficult ?? false,
      ethnicMinorityArea: flag.ethnicMinorityArea ?? false,
      border: flag.border ?? false,
    })),
  };
}

export function toRequest(values: FormValues): AdminUnitRequest {
  return {
    level: values.level,
    parentId: values.level === 'province' ? undefined : values.parentId,
    code: values.code.trim(),
    name: values.name.trim(),
    kind: values.kind,
    terrain: values.level === 'district' ? values.terrain : undefined,
    abolishedOn: toIsoDate(values.abolishedOn),
    flags: values.flags.map((flag) => ({
      periodId: flag.periodId,
      especiallyDifficult: flag.especiallyDifficult ?? false,
      ethnicMinorityArea: flag.ethnicMinorityArea ?? false,
      border: flag.border ?? false,
    })),
  };
}

interface ParentOption {
  value: number;
  title: string;
  selectable: boolean;
  children?: ParentOption[];
}

/** Provinces and districts: the only units that can be a parent. */
function parentOptions(nodes: AdminUnitNode[], level: AdminLevel | undefined): ParentOption[] {
  const wanted: AdminLevel | undefined = level === 'district' ? 'province' : level === 'commune' ? 'district' : undefined;
  return nodes
    .filter((node) => node.level !== 'commune')
    .map((node) => {
      const children = parentOptions(node.children ?? [], level);
      return {
        value: node.id ?? 0,
        title: displayName(node),
        selectable: node.level === wanted,
        children: children.length > 0 ? children : undefined,
      };
    });
}

interface AdminUnitFormDrawerProps {
  editing: AdminUnitEditing;
  tree: AdminUnitNode[];
  periods: Schemas['Period'][];
  onClose: () => void;
}

export function AdminUnitFormDrawer({ editing, tree, periods, onClose }: AdminUnitFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const editedId = editing.mode === 'edit' ? editing.id : undefined;
  const unit = useAdminUnit(editedId);
  const create = useCreateAdminUnit();
  const update = useUpdateAdminUnit();
  const { alert, handleError, reset } = useFormProblems(form, { onReload: () => unit.refetch() });
  const level = Form.useWatch('level', form);
  const saving = create.isPending || update.isPending;
  const open = editing.mode !== 'closed';
  const parents = useMemo(() => parentOptions(tree, level), [tree, level]);

  // Fill the form when it opens, and again when a reload after 412 brings the newer version.
  useEffect(() => {
    if (!open) {
      return;
    }
    reset();
    form.resetFields();
    if (editing.mode === 'create') {
      form.setFieldsValue({ level: editing.level ?? 'commune', parentId: editing.parentId, flags: [] });
    } else if (unit.data) {
      form.setFieldsValue(toFormValues(unit.data));
    }
  }, [open, editing, unit.data, form, reset]);

  const submit = (values: FormValues) => {
    reset();
    const body = toRequest(values);
    const onSuccess = () => {
      void message.success(t('common.saved'));
      onClose();
    };
    if (editedId !== undefined) {
      update.mutate({ id: editedId, version: unit.data?.version, body }, { onSuccess, onError: handleError });
    } else {
      create.mutate(body, { onSuccess, onError: handleError });
    }
  };

  const loadingUnit = editedId !== undefined && unit.isPending;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={editing.mode === 'edit' ? t('catalog.adminUnits.edit') : t('catalog.adminUnits.create')}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={loadingUnit} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {loadingUnit && <LoadingState />}
      {unit.isError && <ErrorAlert error={unit.error} onRetry={() => unit.refetch()} />}
      {alert}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
        style={{ display: loadingUnit ? 'none' : undefined }}
        onValuesChange={(changed: Partial<FormValues>) => {
          if (changed.level) {
            form.setFieldsValue({ kind: kindsByLevel[changed.level][0], parentId: undefined });
          }
        }}
      >
        <Form.Item name="level" label={t('catalog.adminUnits.level')} rules={[{ required: true }]}>
          <Select options={(['province', 'district', 'commune'] as const).map((value) => ({ value, label: t(`level.${value}`) }))} />
        </Form.Item>
        {level !== 'province' && (
          <Form.Item name="parentId" label={t('catalog.adminUnits.parent')} rules={[{ required: true }]}>
            <TreeSelect treeData={parents} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
          </Form.Item>
        )}
        <Flex gap={16}>
          <Form.Item name="code" label={t('common.code')} rules={[{ required: true }, { max: 20 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('catalog.adminUnits.kind')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={kindsByLevel[level ?? 'commune'].map((value) => ({ value, label: t(`adminKind.${value}` as 'adminKind.commune') }))} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="name"
          label={t('catalog.adminUnits.name')}
          extra={t('catalog.adminUnits.nameHint')}
          rules={[{ required: true }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        {level === 'district' && (
          <Form.Item name="terrain" label={t('catalog.adminUnits.terrain')} rules={[{ required: true }]}>
            <Select options={(['mountainous', 'lowland'] as const).map((value) => ({ value, label: t(`terrain.${value}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="abolishedOn" label={t('catalog.adminUnits.abolished')}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>

        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('catalog.adminUnits.flagsByPeriod')}
        </Typography.Title>
        <Form.List name="flags">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'periodId']}
                    label={t('catalog.adminUnits.period')}
                    rules={[{ required: true }]}
                    style={{ minWidth: 180 }}
                  >
                    <Select options={periods.map((period) => ({ value: period.id ?? 0, label: period.name ?? period.code }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'especiallyDifficult']} valuePropName="checked">
                    <Checkbox>{t('flag.especiallyDifficult')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[field.name, 'ethnicMinorityArea']} valuePropName="checked">
                    <Checkbox>{t('flag.ethnicMinorityArea')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[field.name, 'border']} valuePropName="checked">
                    <Checkbox>{t('flag.border')}</Checkbox>
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('catalog.adminUnits.removeFlags')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ especiallyDifficult: false, ethnicMinorityArea: false, border: false })}
              >
                {t('catalog.adminUnits.addFlags')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
