import { App, Button, Flex, Select, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ReasonModal } from '@/components/reason-modal';
import { ReportStatusTag, TimelinessTag } from '@/components/reporting-tags';
import { ToneTag } from '@/components/tone-tag';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useExcuseReporter, useReinstateReporter } from '../api/roster-steps';
import type { CompletenessRow } from '../types';
import { filterReporters, type WorklistFilter } from '../utils/completeness';

const TIMELINESS = ['overdue', 'late', 'pending', 'on_time', 'excused'] as const;
const STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;

type Asking = { kind: 'excuse' | 'reinstate'; row: CompletenessRow } | undefined;

/** Who must report, worst first, each linking to the report; the province excuses or reinstates here. */
export function ReportersWorklist({ rows, canChangeRoster }: { rows: CompletenessRow[]; canChangeRoster: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<WorklistFilter>({});
  const [asking, setAsking] = useState<Asking>();
  const excuse = useExcuseReporter();
  const reinstate = useReinstateReporter();
  const shown = filterReporters(rows, filter);

  const kindOf = (row: CompletenessRow) =>
    row.reporterKind === 'district'
      ? t('reporterKind.district')
      : row.organizationKind
        ? t(`orgKind.${row.organizationKind}` as 'orgKind.other', { defaultValue: row.organizationKind })
        : t('reporterKind.organization');

  const columns: TableProps<CompletenessRow>['columns'] = [
    {
      title: t('reporting.worklist.reporter'),
      key: 'reporter',
      render: (_, row) => (
        <>
          <Link to={paths.report(row.reportId ?? 0)} aria-label={t('reporting.worklist.openReport', { name: row.reporterName ?? '' })}>
            {row.reporterName}
          </Link>
          {row.rosterSource === 'added' && (
            <>
              {' '}
              <ToneTag tone="purple">{t('reporting.worklist.added')}</ToneTag>
            </>
          )}
          {row.excused && row.excuseReason && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('reports.field.excuseReason')}: {row.excuseReason}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { title: t('reporting.worklist.kind'), key: 'kind', width: 190, render: (_, row) => kindOf(row) },
    {
      title: t('reporting.worklist.status'),
      key: 'status',
      width: 130,
      render: (_, row) => <ReportStatusTag status={row.status} />,
    },
    {
      title: t('reporting.worklist.timeliness'),
      key: 'timeliness',
      width: 170,
      render: (_, row) => <TimelinessTag timeliness={row.timeliness} daysLate={row.daysLate} />,
    },
    {
      title: t('reporting.worklist.submittedAt'),
      key: 'submittedAt',
      width: 150,
      render: (_, row) => formatDateTime(row.firstSubmittedAt),
    },
    ...(canChangeRoster
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, row: CompletenessRow) =>
              row.excused ? (
                <Button
                  size="small"
                  aria-label={t('reporting.worklist.reinstateOf', { name: row.reporterName ?? '' })}
                  onClick={() => setAsking({ kind: 'reinstate', row })}
                >
                  {t('reporting.worklist.reinstate')}
                </Button>
              ) : (
                row.status !== 'accepted' && (
                  <Button
                    size="small"
                    aria-label={t('reporting.worklist.excuseOf', { name: row.reporterName ?? '' })}
                    onClick={() => setAsking({ kind: 'excuse', row })}
                  >
                    {t('reporting.worklist.excuse')}
                  </Button>
                )
              ),
          },
        ]
      : []),
  ];

  const close = () => setAsking(undefined);
  const askedName = asking?.row.reporterName ?? '';

  return (
    <section aria-labelledby="worklist-title">
      <Typography.Title level={2} id="worklist-title" style={{ fontSize: 16 }}>
        {t('reporting.worklist.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reporting.worklist.hint')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('reporting.worklist.filterTimeliness')}
          placeholder={t('reporting.worklist.filterTimeliness')}
          style={{ width: 200 }}
          value={filter.timeliness}
          onChange={(timeliness?: string) => setFilter((current) => ({ ...current, timeliness }))}
          options={TIMELINESS.map((code) => ({ value: code, label: t(`timeliness.${code}`) }))}
        />
        <Select
          allowClear
          aria-label={t('reporting.worklist.filterStatus')}
          placeholder={t('reporting.worklist.filterStatus')}
          style={{ width: 200 }}
          value={filter.status}
          onChange={(status?: string) => setFilter((current) => ({ ...current, status }))}
          options={STATUSES.map((code) => ({ value: code, label: t(`status.report.${code}`) }))}
        />
      </Flex>
      <Table<CompletenessRow>
        rowKey={(row) => row.reportId ?? `${row.reporterKind}-${row.reporterId}`}
        size="small"
        dataSource={shown}
        columns={columns}
        scroll={{ x: canChangeRoster ? 1000 : 880 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { count: total }) }}
        locale={{ emptyText: <EmptyState compact description={t('reporting.worklist.empty')} /> }}
      />
      {canChangeRoster && (
        <>
          <ReasonModal
            open={asking?.kind === 'excuse'}
            title={`${t('reporting.roster.excuseTitle')}: ${askedName}`}
            label={t('reporting.roster.excuseReason')}
            okText={t('reporting.worklist.excuse')}
            required
            saving={excuse.isPending}
            onCancel={close}
            onSubmit={(reason, onError) =>
              excuse.mutate(
                { reportId: asking?.row.reportId ?? 0, text: reason },
                {
                  onSuccess: () => {
                    void message.success(t('reporting.roster.excused'));
                    close();
                  },
                  onError,
                },
              )
            }
          />
          <ReasonModal
            open={asking?.kind === 'reinstate'}
            title={`${t('reporting.roster.reinstateTitle')}: ${askedName}`}
            label={t('reports.reason.comment')}
            field="comment"
            okText={t('reporting.worklist.reinstate')}
            required={false}
            saving={reinstate.isPending}
            onCancel={close}
            onSubmit={(comment, onError) =>
              reinstate.mutate(
                { reportId: asking?.row.reportId ?? 0, text: comment },
                {
                  onSuccess: () => {
                    void message.success(t('reporting.roster.reinstated'));
                    close();
                  },
                  onError,
                },
              )
            }
          >
            <p>{t('reporting.roster.reinstateHint', { name: askedName })}</p>
          </ReasonModal>
        </>
      )}
    </section>
  );
}
