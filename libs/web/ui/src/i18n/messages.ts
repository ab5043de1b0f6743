import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The shape another language must fill: every key of the German messages, each a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** A dotted key into the messages; plural forms ("x_one", "x_other") are asked for as "x". */
export type MessageKey<T> = WithoutPlural<Leaves<T>>;
export type Interpolation = Record<string, string | number>;

/** One namespace of messages, German first; English must have exactly the same keys. */
export interface MessageBundle<T> {
  readonly namespace: string;
  readonly resources: { readonly [L in Language]: Messages<T> };
}

export function defineMessages<T>(namespace: string, de: T & Messages<T>, en: Messages<T>): MessageBundle<T> {
  return { namespace, resources: { de, en } };
}

/** A translation hook whose keys TypeScript checks against the bundle it belongs to. */
export function createTranslationHook<T>(bundle: MessageBundle<T>) {
  return function useMessages() {
    const { t: translate, i18n } = useTranslation(bundle.namespace);
    const t = useCallback(
      (key: MessageKey<T>, values?: Interpolation): string => translate(key, values ?? {}),
      [translate],
    );
    const current = i18n.resolvedLanguage ?? i18n.language;
    return { t, language: isLanguage(current) ? current : DEFAULT_LANGUAGE };
  };
}
