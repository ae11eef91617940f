import { describe, expect, it } from 'vitest';
import { agreementFigures, yearRange } from './figures';

describe('headline figures', () => {
  it('counts active agreements and the distinct communes they help', () => {
    const figures = agreementFigures([
      { id: 1, status: 'active', recipient: { id: 45 } },
      { id: 2, status: 'active', recipient: { id: 45 } },
      { id: 3, status: 'active', recipient: { id: 46 } },
      { id: 4, status: 'ended', recipient: { id: 47 } },
      { id: 5, status: 'proposed', recipient: { id: 48 } },
    ]);
    expect(figures).toEqual({ active: 3, communesCovered: 2 });
  });

  it('spans a calendar year', () => {
    expect(yearRange(2017)).toEqual(['2017-01-01', '2017-12-31']);
  });
});
