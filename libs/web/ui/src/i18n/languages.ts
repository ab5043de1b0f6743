/** German is the product's language; English is offered second. Order = order in the switch. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

/** Locales for dates and numbers: English in the British form that German authorities use. */
export const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
