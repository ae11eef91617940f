import { describe, expect, it } from 'vitest';
import { groupByArea, progressPercent } from './plan-figures';
import { formatVndInput, parseVndInput } from './vnd-input';

describe('plan figures', () => {
  it('measures actual against planned in whole percent', () => {
    expect(progressPercent(300_000_000, 120_000_000)).toBe(40);
    expect(progressPercent(300_000_000, 450_000_000)).toBe(150);
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(0, 5_000_000)).toBe(100);
  });

  it('groups items by area in the catalogue order with subtotals', () => {
    const groups = groupByArea(
      [
        { id: 1, area: 'production', plannedVnd: 300, actualVnd: 100 },
        { id: 2, area: 'spiritual', plannedVnd: 50, actualVnd: 50 },
        { id: 3, area: 'production', plannedVnd: 200, actualVnd: 0 },
      ],
      ['spiritual', 'material', 'production'],
    );
    expect(groups.map((group) => [group.area, group.items.length, group.plannedVnd, group.actualVnd])).toEqual([
      ['spiritual', 1, 50, 50],
      ['production', 2, 500, 100],
    ]);
  });
});

describe('VND input', () => {
  it('shows whole VND with thousands dots and reads them back', () => {
    expect(formatVndInput(300000000)).toBe('300.000.000');
    expect(formatVndInput('1.2345')).toBe('12.345');
    expect(formatVndInput(undefined)).toBe('');
    expect(Number(parseVndInput('27.000.000.000'))).toBe(27_000_000_000);
    expect(parseVndInput('')).toBe('');
  });
});
