import { describe, expect, it } from 'vitest';
import { canAttach, reportButtons } from './report-buttons';

describe('report buttons', () => {
  it('give the reporter of a draft Save and Submit, and files', () => {
    expect(reportButtons(['edit', 'submit', 'attach'])).toEqual(['save', 'submit']);
    expect(canAttach(['edit', 'submit', 'attach'])).toBe(true);
  });

  it('give the province Accept and Return on a submitted report, and no files', () => {
    expect(reportButtons(['return', 'accept'])).toEqual(['accept', 'return']);
    expect(canAttach(['return', 'accept'])).toBe(false);
  });

  it('give the province Excuse on an open report, Reinstate on an excused one', () => {
    expect(reportButtons(['excuse'])).toEqual(['excuse']);
    expect(reportButtons(['reinstate'])).toEqual(['reinstate']);
  });

  it('show nothing for an accepted report, unknown actions or a read-only role', () => {
    expect(reportButtons([])).toEqual([]);
    expect(reportButtons(undefined)).toEqual([]);
    expect(reportButtons(['archive'])).toEqual([]);
    expect(reportButtons(['return', 'accept'], true)).toEqual([]);
    expect(canAttach(['attach'], true)).toBe(false);
  });
});
