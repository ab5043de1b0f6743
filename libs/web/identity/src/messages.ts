import type { MembershipRole } from '@pakt/domain';
import { createTranslationHook, defineMessages } from '@pakt/web-ui';

const de = {
  account: {
    signedInAs: 'Angemeldet als {{name}}',
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    signOutFailed: 'Die Abmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.',
  },
  signIn: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit der E-Mail-Adresse und dem Passwort an, mit denen Sie zu Pakt eingeladen wurden.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
    signedOut: 'Sie haben sich abgemeldet.',
    signedOutEverywhere: 'Sie haben sich auf allen Geräten abgemeldet.',
    errorSummary: 'Die Anmeldung hat nicht geklappt',
    wrongCredentials: 'E-Mail-Adresse oder Passwort ist nicht korrekt.',
    rateLimited_one:
      'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {{count}} Minute erneut.',
    rateLimited_other:
      'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {{count}} Minuten erneut.',
    failed: 'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es in einem Moment erneut.',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
    invalidPassword: 'Bitte geben Sie Ihr Passwort ein (höchstens 1024 Zeichen).',
  },
  myGroups: {
    title: 'Meine Gruppen',
    intro: 'Die Gremien, in denen Sie mitarbeiten, mit Ihrer Rolle und der Organisation, die Sie dort vertreten.',
    none: 'Sie gehören derzeit keinem Gremium an.',
    role: 'Rolle',
    organisation: 'Organisation',
    noOrganisation: 'keine Angabe',
    everywhere: {
      title: 'Auf allen Geräten abmelden',
      text: 'Beendet jede Anmeldung mit Ihrem Konto, auf diesem und allen anderen Geräten – zum Beispiel, wenn Sie sich an einem fremden Rechner nicht abgemeldet haben.',
      button: 'Auf allen Geräten abmelden',
      failed: 'Die Abmeldung auf allen Geräten hat nicht geklappt. Bitte versuchen Sie es erneut.',
    },
  },
  roles: {
    CHAIR: 'Vorsitz',
    DEPUTY_CHAIR: 'Stellvertretender Vorsitz',
    SECRETARIAT: 'Geschäftsstelle',
    MEMBER: 'Mitglied',
    OBSERVER: 'Beobachtung',
  } satisfies Record<MembershipRole, string>,
};

const en = {
  account: {
    signedInAs: 'Signed in as {{name}}',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signOutFailed: 'Signing out did not work. Please try again.',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the e-mail address and the password you were invited to Pakt with.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    signedOut: 'You have signed out.',
    signedOutEverywhere: 'You have signed out on all devices.',
    errorSummary: 'Signing in did not work',
    wrongCredentials: 'The e-mail address or the password is not correct.',
    rateLimited_one: 'Too many failed sign-in attempts. Please try again in {{count}} minute.',
    rateLimited_other: 'Too many failed sign-in attempts. Please try again in {{count}} minutes.',
    failed: 'Signing in is not possible right now. Please try again in a moment.',
    invalidEmail: 'Please enter a valid e-mail address, for example name@example.org.',
    invalidPassword: 'Please enter your password (at most 1024 characters).',
  },
  myGroups: {
    title: 'My groups',
    intro: 'The bodies you work in, with your role and the organisation you represent there.',
    none: 'You do not belong to any body at the moment.',
    role: 'Role',
    organisation: 'Organisation',
    noOrganisation: 'not given',
    everywhere: {
      title: 'Sign out on all devices',
      text: 'Ends every session of your account, on this and on every other device – for instance when you forgot to sign out on a computer that is not yours.',
      button: 'Sign out on all devices',
      failed: 'Signing out on all devices did not work. Please try again.',
    },
  },
  roles: {
    CHAIR: 'Chair',
    DEPUTY_CHAIR: 'Deputy chair',
    SECRETARIAT: 'Secretariat',
    MEMBER: 'Member',
    OBSERVER: 'Observer',
  },
};

export const identityMessages = defineMessages('identity', de, en);
export const useIdentityMessages = createTranslationHook(identityMessages);
