import type { CompletenessRow, Counts } from '../types';

export interface WorklistFilter {
  timeliness?: string;
  status?: string;
}

/** The worklist narrowed by timeliness and status; the API's order (worst first) is kept. */
export function filterReporters(rows: readonly CompletenessRow[], filter: WorklistFilter): CompletenessRow[] {
  return rows.filter(
    (row) =>
      (!filter.timeliness || row.timeliness === filter.timeliness) && (!filter.status || row.status === filter.status),
  );
}

/** `87,5 %` from the API's percentage with one decimal. */
export function formatRate(rate: number | undefined): string {
  const value = rate ?? 0;
  const [whole, fraction] = value.toFixed(1).split('.');
  return `${whole}${fraction && fraction !== '0' ? `,${fraction}` : ''} %`;
}

/** The stat cards of the completeness tab, in the order the Ban Dân tộc reads them. */
export const COUNT_CARDS: (keyof Omit<Counts, 'submittedRate'>)[] = [
  'expected',
  'submitted',
  'onTime',
  'late',
  'overdue',
  'returned',
  'accepted',
  'excused',
];
