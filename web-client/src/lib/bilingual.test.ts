import { describe, expect, it } from 'vitest';
import { pickLanguage } from './bilingual';

describe('pickLanguage', () => {
  const message = 'phải nằm trong giai đoạn 2016-2020 / must fall within period 2016-2020';

  it('shows the Vietnamese half in Vietnamese and the English half in English', () => {
    expect(pickLanguage(message, 'vi')).toBe('phải nằm trong giai đoạn 2016-2020');
    expect(pickLanguage(message, 'en')).toBe('must fall within period 2016-2020');
  });

  it('shows a message that is not "vi / en" whole', () => {
    expect(pickLanguage('must be greater than or equal to 0', 'vi')).toBe('must be greater than or equal to 0');
    expect(pickLanguage('a / b / c', 'en')).toBe('a / b / c');
    expect(pickLanguage(undefined, 'vi')).toBe('');
  });
});
