import { Card, Col, Row, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { LoadingState } from '@/components/loading-state';
import { formatDateTime } from '@/lib/format';
import { useReportChanges } from '../api/get-report-changes';
import type { Report } from '../types';
import { describeChangePath, describeChangeValue } from '../utils/change-labels';

function statusWord(status: string | null | undefined, t: TFunction) {
  return status ? t(`status.report.${status}` as 'status.report.draft', { defaultValue: status }) : '';
}

/** Every step with who, when and the comment; the submissions; and what changed since the previous one. */
export function ReportHistory({ report }: { report: Report }) {
  const { t } = useTranslation();
  const steps = report.steps ?? [];
  const versions = report.versions ?? [];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('reports.history.steps')}</h2>}>
          {steps.length === 0 ? (
            <EmptyState compact description={t('reports.history.noSteps')} />
          ) : (
            <Timeline
              items={steps.map((step, index) => ({
                key: index,
                content: (
                  <>
                    <Typography.Text strong>
                      {t('reports.history.stepLine', {
                        action: t(`reports.action.${step.action}` as 'reports.action.created', {
                          defaultValue: step.action ?? '',
                        }),
                        who: step.actorName ?? step.actor ?? '',
                      })}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(step.at)}
                        {step.fromStatus && step.toStatus && step.fromStatus !== step.toStatus
                          ? ` · ${t('reports.history.statusChange', { from: statusWord(step.fromStatus, t), to: statusWord(step.toStatus, t) })}`
                          : ''}
                        {step.versionNumber ? ` · ${t('reports.history.versionRef', { number: step.versionNumber })}` : ''}
                      </Typography.Text>
                    </div>
                    {step.comment && <div style={{ whiteSpace: 'pre-line', marginTop: 4 }}>{step.comment}</div>}
                  </>
                ),
              }))}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card
          size="small"
          title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('reports.history.versions')}</h2>}
          style={{ marginBottom: 16 }}
        >
          {versions.length === 0 ? (
            <EmptyState compact description={t('reports.history.noVersions')} />
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {versions.map((version) => (
                <li key={version.number}>
                  <Typography.Text strong>{t('reports.history.version', { number: version.number })}</Typography.Text>{' '}
                  {t('reports.history.submittedBy', {
                    date: formatDateTime(version.submittedAt),
                    name: version.submittedByName ?? version.submittedBy ?? '',
                  })}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {versions.length >= 2 && report.id !== undefined && <ReportChangesCard reportId={report.id} />}
      </Col>
    </Row>
  );
}

/** `GET /reports/{id}/changes`: the previous submission against the latest, as a list in words. */
function ReportChangesCard({ reportId }: { reportId: number }) {
  const { t } = useTranslation();
  const changes = useReportChanges(reportId, true);
  const data = changes.data;
  return (
    <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('reports.changes.title')}</h2>}>
      {changes.isPending ? (
        <LoadingState />
      ) : changes.isError ? (
        <ErrorAlert error={changes.error} onRetry={() => changes.refetch()} />
      ) : (
        <>
          {data?.fromVersion && data.toVersion && (
            <Typography.Paragraph type="secondary">
              {t('reports.changes.between', { from: data.toVersion, to: data.fromVersion })}
            </Typography.Paragraph>
          )}
          {(data?.changes ?? []).length === 0 ? (
            <EmptyState compact description={t('reports.changes.none')} />
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {(data?.changes ?? []).map((change, index) => (
                <li key={`${change.path ?? ''}-${index}`} style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{describeChangePath(change.path ?? '', t)}</Typography.Text>
                  <div style={{ whiteSpace: 'pre-line' }}>
                    <Typography.Text type="secondary">{t('reports.changes.before')}: </Typography.Text>
                    <del>{describeChangeValue(change.path ?? '', change.before, t)}</del>
                  </div>
                  <div style={{ whiteSpace: 'pre-line' }}>
                    <Typography.Text type="secondary">{t('reports.changes.after')}: </Typography.Text>
                    <ins style={{ textDecoration: 'none', fontWeight: 500 }}>
                      {describeChangeValue(change.path ?? '', change.after, t)}
                    </ins>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
