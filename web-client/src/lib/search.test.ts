import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery } from './search';

describe('Vietnamese search without diacritics', () => {
  it('folds tone marks, vowel marks and đ', () => {
    expect(foldVietnamese('Xã A Vao')).toBe('xa a vao');
    expect(foldVietnamese('Đắc Pring')).toBe('dac pring');
    expect(foldVietnamese('  Huyện   Tây Giang ')).toBe('huyen tay giang');
  });

  it('finds a name typed with or without diacritics, in any word order', () => {
    expect(matchesQuery('Xã A Vao 20404', 'xa a vao')).toBe(true);
    expect(matchesQuery('Huyện Nam Giang', 'giang nam')).toBe(true);
    expect(matchesQuery('Huyện Nam Giang', 'Nam Giàng')).toBe(true);
    expect(matchesQuery('Huyện Nam Giang', 'tay giang')).toBe(false);
  });
});
