import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/me';
import { useDistricts } from '../api/get-districts';
import { THEMES, type NarrativeItem, type Report } from '../types';
import type { NarrativeValues } from '../utils/narrative';

interface ReportNarrativeProps {
  report: Report;
  form: FormInstance<NarrativeValues>;
  /** The reporter may edit now (`edit` in the report's actions). */
  editable: boolean;
  disabled: boolean;
}

const RESULTS_MAX = 20_000;
const ITEM_TEXT_MAX = 4000;
const ITEMS_MAX = 50;

/** Results, difficulties and recommendations: a form for the reporter, text for everyone else. */
export function ReportNarrative({ report, form, editable, disabled }: ReportNarrativeProps) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const ownDistrict = me?.scope?.kind === 'district' ? me.scope : undefined;
  const districts = useDistricts(editable && !ownDistrict);
  // A district writes about itself; a unit about any district its agreements reach (the server checks which).
  const districtOptions = ownDistrict
    ? [{ value: ownDistrict.id, label: ownDistrict.name }]
    : (districts.data ?? []).map((district) => ({ value: district.id, label: district.name }));
  const themeOptions = THEMES.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }));

  if (!editable) {
    return <ReadOnlyNarrative report={report} />;
  }

  const itemList = (name: 'difficulties' | 'recommendations', title: string, addLabel: string) => (
    <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{title}</h2>} style={{ marginBottom: 16 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.narrative.noItems')} />}
            {fields.map((field, index) => (
              <fieldset
                key={field.key}
                style={{ border: '1px solid #e4e7eb', borderRadius: 6, padding: '8px 12px 0', marginBottom: 12 }}
              >
                <legend style={{ fontSize: 13, padding: '0 4px', width: 'auto', marginBottom: 0, border: 0 }}>
                  {title} – {t('reports.narrative.itemTitle', { number: index + 1 })}
                </legend>
                <Flex wrap gap={12} align="flex-start">
                  <Form.Item
                    name={[field.name, 'theme']}
                    label={t('reports.narrative.theme')}
                    rules={[{ required: true }]}
                    style={{ minWidth: 220, flex: '1 1 220px', marginBottom: 12 }}
                  >
                    <Select options={themeOptions} popupMatchSelectWidth={false} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'districtId']}
                    label={t('reports.narrative.district')}
                    style={{ minWidth: 200, flex: '1 1 200px', marginBottom: 12 }}
                  >
                    <Select
                      allowClear
                      placeholder={t('reports.narrative.districtPlaceholder')}
                      loading={!ownDistrict && districts.isPending}
                      options={districtOptions}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${title}: ${t('reports.narrative.remove', { number: index + 1 })}`}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
                <Form.Item
                  name={[field.name, 'text']}
                  label={t('reports.narrative.text')}
                  rules={[{ required: true, whitespace: true }, { max: ITEM_TEXT_MAX }]}
                  style={{ marginBottom: 12 }}
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
                </Form.Item>
              </fieldset>
            ))}
            {fields.length < ITEMS_MAX && (
              <Button icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
                {addLabel}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Card>
  );

  return (
    <Form form={form} name="report-narrative" layout="vertical" disabled={disabled}>
      <Form.Item
        name="results"
        label={<strong>{t('reports.narrative.results')}</strong>}
        extra={t('reports.narrative.resultsHint')}
        rules={[{ max: RESULTS_MAX }]}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} />
      </Form.Item>
      {itemList('difficulties', t('reports.narrative.difficulties'), t('reports.narrative.addDifficulty'))}
      {itemList('recommendations', t('reports.narrative.recommendations'), t('reports.narrative.addRecommendation'))}
    </Form>
  );
}

function ReadOnlyItems({ items }: { items: NarrativeItem[] | undefined }) {
  const { t } = useTranslation();
  if (!items || items.length === 0) {
    return <Typography.Text type="secondary">{t('reports.narrative.noItems')}</Typography.Text>;
  }
  return (
    <ol style={{ paddingInlineStart: 20, margin: 0 }}>
      {items.map((item, index) => (
        <li key={index} style={{ marginBottom: 8 }}>
          <Typography.Text strong>
            {t(`theme.${item.theme}` as 'theme.other', { defaultValue: item.theme ?? '' })}
            {item.districtName ? ` · ${item.districtName}` : ''}
          </Typography.Text>
          <div style={{ whiteSpace: 'pre-line' }}>{item.text}</div>
        </li>
      ))}
    </ol>
  );
}

function ReadOnlyNarrative({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <>
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('reports.narrative.results')}</h2>} style={{ marginBottom: 16 }}>
        {report.results ? (
          <div style={{ whiteSpace: 'pre-line' }}>{report.results}</div>
        ) : (
          <Typography.Text type="secondary">{t('reports.narrative.noResults')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('reports.narrative.difficulties')}</h2>} style={{ marginBottom: 16 }}>
        <ReadOnlyItems items={report.difficulties} />
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('reports.narrative.recommendations')}</h2>} style={{ marginBottom: 16 }}>
        <ReadOnlyItems items={report.recommendations} />
      </Card>
    </>
  );
}
