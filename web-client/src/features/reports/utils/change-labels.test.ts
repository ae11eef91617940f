import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { describeChangePath, describeChangeValue, parseChangePath } from './change-labels';

const t = i18n.t.bind(i18n);

describe('report changes in words', () => {
  it('splits a dotted path with indexes', () => {
    expect(parseChangePath('difficulties[2].text')).toEqual([{ name: 'difficulties', index: 2 }, { name: 'text' }]);
  });

  it('names narrative changes, items counted from 1', () => {
    expect(describeChangePath('results', t)).toBe('Kết quả thực hiện');
    expect(describeChangePath('difficulties[2].text', t)).toBe('Khó khăn, vướng mắc › mục 3 › Nội dung');
    expect(describeChangePath('recommendations[0].theme', t)).toBe('Kiến nghị, đề xuất › mục 1 › Lĩnh vực');
  });

  it('names figure changes, translating coded groups', () => {
    expect(describeChangePath('figures.total.valueVnd', t)).toBe('Số liệu › Tổng cộng › Giá trị');
    expect(describeChangePath('figures.byArea.material.valueVnd', t)).toBe('Số liệu › Theo lĩnh vực › Về vật chất › Giá trị');
    expect(describeChangePath('figures.byForm.in_kind.records', t)).toBe('Số liệu › Theo hình thức › Hiện vật › Số lượt');
  });

  it('keeps parts it does not know rather than dropping them', () => {
    expect(describeChangePath('figures.byDistrict.12.households', t)).toBe('Số liệu › Theo huyện › 12 › Số hộ');
    expect(describeChangePath('somethingNew[1]', t)).toBe('somethingNew › mục 2');
  });

  it('shows values readably: VND, numbers, themes, items, nothing', () => {
    expect(describeChangeValue('figures.total.valueVnd', 27_000_000, t)).toBe('27.000.000\u00a0₫');
    expect(describeChangeValue('figures.total.households', 1234, t)).toBe('1.234');
    expect(describeChangeValue('difficulties[0].theme', 'production', t)).toBe('Phát triển sản xuất, giảm nghèo');
    expect(describeChangeValue('difficulties[1]', { theme: 'material', text: 'Thiếu giống' }, t)).toBe('Về vật chất: Thiếu giống');
    expect(describeChangeValue('results', null, t)).toBe('—');
  });
});
