import { useTranslation } from 'react-i18next';
import { ToneTag, type Tone } from './tone-tag';

/** The codes of the reporting workflow, as the API sends them. */
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type Timeliness = 'excused' | 'pending' | 'overdue' | 'on_time' | 'late';
export type ReportingPeriodStatus = 'planned' | 'open' | 'closed';

// The tone only reinforces the text (never colour alone), for colour-blind users.
const reportTones: Record<ReportStatus, Tone> = { draft: 'amber', submitted: 'blue', returned: 'red', accepted: 'green' };
const timelinessTones: Record<Timeliness, Tone> = {
  excused: 'grey',
  pending: 'teal',
  overdue: 'red',
  on_time: 'green',
  late: 'amber',
};
const periodTones: Record<ReportingPeriodStatus, Tone> = { planned: 'amber', open: 'green', closed: 'grey' };

function toneOf<K extends string>(tones: Record<K, Tone>, code: string): Tone {
  return (tones as Record<string, Tone>)[code] ?? 'grey';
}

export function ReportStatusTag({ status }: { status: string | undefined }) {
  const { t } = useTranslation();
  if (!status) {
    return null;
  }
  return <ToneTag tone={toneOf(reportTones, status)}>{t(`status.report.${status}` as 'status.report.draft')}</ToneTag>;
}

/** On time, late (with the days), overdue (with the days), not yet due, or excused. */
export function TimelinessTag({ timeliness, daysLate }: { timeliness: string | undefined; daysLate?: number }) {
  const { t } = useTranslation();
  if (!timeliness) {
    return null;
  }
  const days = daysLate ?? 0;
  const text =
    (timeliness === 'late' || timeliness === 'overdue') && days > 0
      ? t(`timeliness.${timeliness}Days`, { count: days })
      : t(`timeliness.${timeliness}` as 'timeliness.pending');
  return <ToneTag tone={toneOf(timelinessTones, timeliness)}>{text}</ToneTag>;
}

export function ReportingPeriodStatusTag({ status }: { status: string | undefined }) {
  const { t } = useTranslation();
  if (!status) {
    return null;
  }
  return (
    <ToneTag tone={toneOf(periodTones, status)}>
      {t(`status.reportingPeriod.${status}` as 'status.reportingPeriod.open')}
    </ToneTag>
  );
}
