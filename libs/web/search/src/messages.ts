import { createTranslationHook, defineMessages, type Interpolation, type MessageKey } from '@pakt/web-ui';

const de = {
  page: {
    title: 'Suche',
    titleOf: 'Suche – {{name}}',
    titleWithQuery: '„{{query}}“ – Suche – {{name}}',
    heading: 'Suche in {{name}}',
    toOverview: 'Zur Bündnisübersicht',
    intro:
      'Durchsucht Handlungsempfehlungen, Kommentare und den Bündnisplan – alles, was Sie lesen dürfen. Wörter werden in allen Formen gefunden: „Ausbildung“ findet auch „Ausbildungen“.',
  },
  form: {
    label: 'Suchbegriffe',
    hint: 'Mindestens 2 und höchstens 200 Zeichen. Wortgruppen in Anführungszeichen ("duale Ausbildung"), „or“ für Alternativen, ein Minus schließt ein Wort aus (-Studium).',
    submit: 'Suchen',
    tooShort: 'Bitte geben Sie mindestens 2 Zeichen ein.',
    tooLong: 'Bitte geben Sie höchstens 200 Zeichen ein.',
    errorSummary: 'Die Suche konnte nicht starten',
  },
  results: {
    heading: 'Ergebnisse',
    searching: 'Suche läuft …',
    count_one: '{{count}} Treffer für „{{query}}“',
    count_other: '{{count}} Treffer für „{{query}}“',
    none: 'Keine Treffer für „{{query}}“.',
    noneHint: 'Versuchen Sie andere oder weniger Wörter, oder prüfen Sie die Schreibweise.',
    shown: '{{shown}} von {{count}} Treffern angezeigt',
    more: 'Weitere Ergebnisse',
    loadingMore: 'Weitere Ergebnisse werden geladen …',
    moreLoaded_one: '{{count}} weiteres Ergebnis geladen.',
    moreLoaded_other: '{{count}} weitere Ergebnisse geladen.',
    failed: 'Die Suche hat nicht geklappt. Bitte versuchen Sie es in einem Moment erneut.',
    kind: 'Art',
    snippet: 'Textauszug',
  },
  kinds: {
    RECOMMENDATION: 'Handlungsempfehlung',
    COMMENT: 'Kommentar',
    PLAN_VERSION: 'Bündnisplan',
  },
  hit: {
    commentOn: 'Kommentar zu: {{title}}',
  },
};

const en: typeof de = {
  page: {
    title: 'Search',
    titleOf: 'Search – {{name}}',
    titleWithQuery: '“{{query}}” – Search – {{name}}',
    heading: 'Search {{name}}',
    toOverview: 'To the alliance overview',
    intro:
      'Searches recommendations, comments and the alliance plan – everything you may read. Words are found in all their German forms: “Ausbildung” also finds “Ausbildungen”.',
  },
  form: {
    label: 'Search terms',
    hint: 'At least 2 and at most 200 characters. Phrases in quotation marks ("duale Ausbildung"), “or” for alternatives, a minus excludes a word (-Studium).',
    submit: 'Search',
    tooShort: 'Please enter at least 2 characters.',
    tooLong: 'Please enter at most 200 characters.',
    errorSummary: 'The search could not start',
  },
  results: {
    heading: 'Results',
    searching: 'Searching …',
    count_one: '{{count}} result for “{{query}}”',
    count_other: '{{count}} results for “{{query}}”',
    none: 'No results for “{{query}}”.',
    noneHint: 'Try other or fewer words, or check the spelling.',
    shown: 'Showing {{shown}} of {{count}} results',
    more: 'More results',
    loadingMore: 'Loading more results …',
    moreLoaded_one: '{{count}} more result loaded.',
    moreLoaded_other: '{{count}} more results loaded.',
    failed: 'The search did not work. Please try again in a moment.',
    kind: 'Kind',
    snippet: 'Excerpt',
  },
  kinds: {
    RECOMMENDATION: 'Recommendation',
    COMMENT: 'Comment',
    PLAN_VERSION: 'Alliance plan',
  },
  hit: {
    commentOn: 'Comment on: {{title}}',
  },
};

export const searchMessages = defineMessages('search', de, en);
export const useSearchMessages = createTranslationHook(searchMessages);

/** What the page's live region says, kept as key and values so it follows a change of language. */
export interface SearchStatus {
  readonly key: MessageKey<typeof de>;
  readonly values?: Interpolation;
}
