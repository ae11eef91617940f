import { formatNumber } from '@/lib/format';

/** Actual as a share of planned, one decimal: `45,5 %`; a dash when nothing was planned. */
export function completionRate(plannedVnd: number | undefined, actualVnd: number | undefined): string {
  if (!plannedVnd) {
    return '—';
  }
  return `${formatNumber(Math.round(((actualVnd ?? 0) / plannedVnd) * 1000) / 10)} %`;
}
