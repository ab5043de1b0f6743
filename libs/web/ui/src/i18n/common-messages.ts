import type { MembershipRole } from '@pakt/domain';
import { defineMessages } from './messages';

const de = {
  productName: 'Pakt',
  tagline: 'Arbeitsbereich für Fachkräftebündnisse',
  skipLink: 'Zum Inhalt springen',
  pageTitle: '{{title}} – Pakt',
  navigation: {
    label: 'Hauptnavigation',
    alliances: 'Bündnisse',
    allianceSection: 'Bereiche: {{name}}',
    overview: 'Übersicht',
    recommendations: 'Handlungsempfehlungen',
    review: 'Prüfung',
    plan: 'Bündnisplan',
    indicators: 'Indikatoren',
    initiatives: 'Initiativen',
    search: 'Suche',
    ballots: 'Abstimmungen',
    declarations: 'Gemeinsame Erklärungen',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
  status: {
    loading: 'Wird geladen …',
  },
  error: {
    title: 'Das hat nicht geklappt',
    loadFailed: 'Die Daten konnten nicht geladen werden. Bitte versuchen Sie es in einem Moment erneut.',
    retry: 'Erneut versuchen',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht oder nicht mehr. Bitte prüfen Sie die Adresse.',
    home: 'Zur Startseite',
  },
  footer: {
    text: 'Pakt – gemeinsam Fachkräfte sichern',
  },
  // The roles of the glossary, named alike on every screen that shows one.
  roles: {
    CHAIR: 'Vorsitz',
    DEPUTY_CHAIR: 'Stellvertretender Vorsitz',
    SECRETARIAT: 'Geschäftsstelle',
    MEMBER: 'Mitglied',
    OBSERVER: 'Beobachtung',
  } satisfies Record<MembershipRole, string>,
};

const en = {
  productName: 'Pakt',
  tagline: 'Workspace for skilled-labour alliances',
  skipLink: 'Skip to content',
  pageTitle: '{{title}} – Pakt',
  navigation: {
    label: 'Main navigation',
    alliances: 'Alliances',
    allianceSection: 'Areas: {{name}}',
    overview: 'Overview',
    recommendations: 'Recommendations',
    review: 'Review',
    plan: 'Alliance plan',
    indicators: 'Indicators',
    initiatives: 'Initiatives',
    search: 'Search',
    ballots: 'Ballots',
    declarations: 'Joint declarations',
  },
  language: {
    label: 'Language',
    de: 'Deutsch',
    en: 'English',
  },
  status: {
    loading: 'Loading …',
  },
  error: {
    title: 'Something went wrong',
    loadFailed: 'The data could not be loaded. Please try again in a moment.',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist or no longer exists. Please check the address.',
    home: 'Go to the home page',
  },
  footer: {
    text: 'Pakt – securing skilled labour together',
  },
  roles: {
    CHAIR: 'Chair',
    DEPUTY_CHAIR: 'Deputy chair',
    SECRETARIAT: 'Secretariat',
    MEMBER: 'Member',
    OBSERVER: 'Observer',
  },
};

/** The shell's own strings; feature libraries bring their own namespaces. */
export const commonMessages = defineMessages('common', de, en);
