import 'i18next';
import type vi from './vi.json';

// Typed keys: `t('menu.hom')` is a compile error. vi.json is the reference; en.json must match it
// (see i18n.test.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
