import { describe, expect, it } from 'vitest';
import { completionRate } from './figures';
import { groupByTheme, narrativeChanged, toNarrativeBody, toNarrativeValues } from './narrative';

describe('report narrative', () => {
  it('fills the form from the report and sends it back trimmed, every item in its place', () => {
    const values = toNarrativeValues({
      results: 'Đã hỗ trợ 40 con bò',
      difficulties: [{ theme: 'material', districtId: 12, districtName: 'Nam Giang', text: 'Thiếu vốn ' }],
      recommendations: [{ theme: 'coordination', text: 'Tăng cường phối hợp' }],
    });
    expect(values.difficulties).toEqual([{ theme: 'material', districtId: 12, text: 'Thiếu vốn ' }]);
    values.difficulties?.push({ theme: undefined, text: '' });
    expect(toNarrativeBody(values)).toEqual({
      results: 'Đã hỗ trợ 40 con bò',
      difficulties: [
        { theme: 'material', districtId: 12, text: 'Thiếu vốn' },
        { theme: '', text: '' },
      ],
      recommendations: [{ theme: 'coordination', text: 'Tăng cường phối hợp' }],
    });
  });

  it('tells a form that differs from the saved report, ignoring surrounding spaces', () => {
    const saved = { results: 'Đã hỗ trợ', difficulties: [{ theme: 'material', text: 'Thiếu vốn' }], recommendations: [] };
    expect(narrativeChanged(toNarrativeValues(saved), saved)).toBe(false);
    expect(narrativeChanged({ ...toNarrativeValues(saved), results: ' Đã hỗ trợ ' }, saved)).toBe(false);
    expect(narrativeChanged({ ...toNarrativeValues(saved), results: 'Đã hỗ trợ 40 con bò' }, saved)).toBe(true);
    expect(narrativeChanged({ ...toNarrativeValues(saved), recommendations: [{ theme: 'other', text: '' }] }, saved)).toBe(true);
  });

  it('sends blank results as absent', () => {
    expect(toNarrativeBody({ results: '   ' }).results).toBeUndefined();
  });

  it('groups items by theme in the programme order', () => {
    const grouped = groupByTheme(
      [{ theme: 'other' }, { theme: 'spiritual' }, { theme: 'other' }, { theme: 'new' }],
      ['spiritual', 'material', 'other'],
    );
    expect(grouped.map(([theme, items]) => [theme, items.length])).toEqual([
      ['spiritual', 1],
      ['other', 2],
      ['new', 1],
    ]);
  });

  it('gives the share of the plan done, or a dash without a plan', () => {
    expect(completionRate(200_000_000, 91_000_000)).toBe('45,5 %');
    expect(completionRate(0, 5)).toBe('—');
  });
});
