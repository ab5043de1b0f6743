import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonMessages } from './common-messages';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './languages';
import type { MessageBundle } from './messages';

const STORAGE_KEY = 'pakt.language';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (privacy settings); German is the right answer then.
    return DEFAULT_LANGUAGE;
  }
}

function remember(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch still works for this page.
  }
}

/**
 * One i18next instance for the app with the shell's and the given features' messages. The
 * chosen language is kept in localStorage and mirrored to <html lang> so screen readers
 * pronounce the page in the right language.
 */
export function createI18n(bundles: readonly MessageBundle<unknown>[]): I18n {
  const instance = i18next.createInstance();
  const all = [commonMessages as MessageBundle<unknown>, ...bundles];
  const resources = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      Object.fromEntries(all.map((bundle) => [bundle.namespace, bundle.resources[language]])),
    ]),
  );
  const language = storedLanguage();
  instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: all.map((bundle) => bundle.namespace),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    showSupportNotice: false, // no advertising in the users' browser console
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    document.documentElement.lang = next;
    remember(next);
  });
  return instance;
}
