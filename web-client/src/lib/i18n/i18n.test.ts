import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) {
    return [[prefix, value]];
  }
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('has the same keys in Vietnamese and English', () => {
    const viKeys = leaves(vi).map(([key]) => key).sort();
    const enKeys = leaves(en).map(([key]) => key).sort();
    expect(enKeys).toEqual(viKeys);
  });

  it('has no empty text', () => {
    const empty = [...leaves(vi), ...leaves(en)].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the interpolation placeholders in both languages alike', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const enByKey = new Map(leaves(en));
    const mismatched = leaves(vi).filter(([key, text]) => placeholders(text).join() !== placeholders(enByKey.get(key)).join());
    expect(mismatched).toEqual([]);
  });

  it('uses the programme wording of the Provincial People\'s Committee', () => {
    expect(vi.menu.agreements).toBe('Thỏa thuận kết nghĩa');
    expect(vi.plans.period).toBe('Kế hoạch giai đoạn');
    expect(vi.plans.annual).toBe('Chương trình hằng năm');
    expect(vi.menu.support).toBe('Hỗ trợ đã thực hiện');
    expect(vi.support.confirm).toBe('Xác nhận đã nhận');
    expect(vi.menu.visits).toBe('Kiểm tra, giám sát');
    expect(vi.flag.especiallyDifficultFull).toBe('Xã đặc biệt khó khăn');
  });
});
