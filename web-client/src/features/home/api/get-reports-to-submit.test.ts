import { describe, expect, it } from 'vitest';
import { reportsToSubmit } from './get-reports-to-submit';

describe('reports to submit', () => {
  it('are the drafting or returned ones of open periods, not excused, soonest due first', () => {
    const open = (dueDate: string) => ({ status: 'open', dueDate });
    const shown = reportsToSubmit([
      { id: 1, status: 'draft', period: open('2026-12-16') },
      { id: 2, status: 'returned', period: open('2026-06-16') },
      { id: 3, status: 'submitted', period: open('2026-06-16') },
      { id: 4, status: 'draft', period: { status: 'closed', dueDate: '2025-12-16' } },
      { id: 5, status: 'draft', excused: true, period: open('2026-06-16') },
    ]);
    expect(shown.map((report) => report.id)).toEqual([2, 1]);
  });
});
