import { describe, expect, it } from 'vitest';
import { filterReporters, formatRate } from './completeness';
import { documentFileName } from './file-names';
import { narrativeSections } from './narratives';
import { regimeDefaults } from './period-defaults';
import type { CompletenessRow, Regime } from '../types';

const semiAnnual: Regime = {
  code: 'semi_annual',
  windowStartMonth: 12,
  windowStartDay: 15,
  windowEndMonth: 6,
  windowEndDay: 14,
  opensMonth: 6,
  opensDay: 1,
  dueMonth: 6,
  dueDay: 16,
};

describe('period defaults from the regime', () => {
  it('start the window on 15/12 of the year before (Decree 09/2019/NĐ-CP)', () => {
    expect(regimeDefaults(semiAnnual, 2026)).toEqual({
      windowStart: '2025-12-15',
      windowEnd: '2026-06-14',
      opensOn: '2026-06-01',
      dueDate: '2026-06-16',
    });
  });

  it('keep a 29 February inside a common year', () => {
    expect(regimeDefaults({ ...semiAnnual, dueMonth: 2, dueDay: 29 }, 2027)?.dueDate).toBe('2027-02-28');
    expect(regimeDefaults({ ...semiAnnual, dueMonth: 2, dueDay: 29 }, 2028)?.dueDate).toBe('2028-02-29');
  });

  it('are unknown without a regime or a year', () => {
    expect(regimeDefaults(undefined, 2026)).toBeUndefined();
    expect(regimeDefaults(semiAnnual, undefined)).toBeUndefined();
  });
});

describe('completeness helpers', () => {
  const rows: CompletenessRow[] = [
    { reportId: 1, timeliness: 'overdue', status: 'draft' },
    { reportId: 2, timeliness: 'overdue', status: 'returned' },
    { reportId: 3, timeliness: 'on_time', status: 'accepted' },
  ];

  it('filter the worklist and keep the API order (worst first)', () => {
    expect(filterReporters(rows, { timeliness: 'overdue' }).map((row) => row.reportId)).toEqual([1, 2]);
    expect(filterReporters(rows, { timeliness: 'overdue', status: 'returned' }).map((row) => row.reportId)).toEqual([2]);
    expect(filterReporters(rows, {})).toHaveLength(3);
  });

  it('write the submitted rate the Vietnamese way', () => {
    expect(formatRate(87.5)).toBe('87,5 %');
    expect(formatRate(100)).toBe('100 %');
    expect(formatRate(undefined)).toBe('0 %');
  });
});

describe('summary narratives', () => {
  it('put the whole programme first, districts by name, themes in programme order, empty ones out', () => {
    const sections = narrativeSections([
      { districtId: 12, districtName: 'Nam Giang', themes: [{ theme: 'other', items: [{ text: 'a' }] }, { theme: 'material', items: [{ text: 'b' }] }] },
      { districtId: 9, districtName: 'Đông Giang', themes: [{ theme: 'spiritual', items: [{ text: 'c' }] }] },
      { themes: [{ theme: 'coordination', items: [{ text: 'd' }] }] },
      { districtId: 15, districtName: 'Tây Giang', themes: [{ theme: 'material', items: [] }] },
    ]);
    expect(sections.map((section) => section.districtName)).toEqual([null, 'Đông Giang', 'Nam Giang']);
    expect(sections[2]?.themes.map((theme) => theme.theme)).toEqual(['material', 'other']);
  });
});

describe('fallback file names', () => {
  it('are ASCII, from the period name', () => {
    expect(documentFileName('bao-cao-tong-hop', { name: 'Báo cáo 6 tháng đầu năm 2026' }, 'docx')).toBe(
      'bao-cao-tong-hop-bao-cao-6-thang-dau-nam-2026.docx',
    );
  });
});
