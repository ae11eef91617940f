import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setDateLocale } from '../format';
import en from './en.json';
import vi from './vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ketnghia.language';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  setDateLocale(language);
}

/** Vietnamese unless the user chose English on this browser before. */
export function initI18n(language: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage);
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'vi',
      interpolation: { escapeValue: false },
    });
    applyLanguage(language);
  }
  return i18n;
}

export async function changeLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

export { i18n };
