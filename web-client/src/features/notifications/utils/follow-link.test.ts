import { describe, expect, it } from 'vitest';
import { internalPath } from './follow-link';

describe('following a notification link', () => {
  const origin = 'https://ketnghia.quangnam.gov.vn';

  it('follows paths of the portal and full addresses of the same site', () => {
    expect(internalPath('/reports/12', origin)).toBe('/reports/12');
    expect(internalPath(`${origin}/reporting/3?tab=summary`, origin)).toBe('/reporting/3?tab=summary');
  });

  it('does not follow other sites, protocol-relative or script links, or nothing', () => {
    expect(internalPath('https://example.com/reports/12', origin)).toBeUndefined();
    expect(internalPath('//example.com/x', origin)).toBeUndefined();
    expect(internalPath('javascript:alert(1)', origin)).toBeUndefined();
    expect(internalPath(null, origin)).toBeUndefined();
  });
});
