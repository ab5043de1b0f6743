import type { MembershipRole } from '@pakt/domain';
import type { Mail } from './mailer';

const ROLE_NAMES: Record<MembershipRole, { de: string; en: string }> = {
  CHAIR: { de: 'Vorsitz', en: 'chair' },
  DEPUTY_CHAIR: { de: 'Stellvertretender Vorsitz', en: 'deputy chair' },
  SECRETARIAT: { de: 'Geschäftsstelle', en: 'secretariat' },
  MEMBER: { de: 'Mitglied', en: 'member' },
  OBSERVER: { de: 'Beobachtung', en: 'observer' },
};

const DATE_TIME = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Paragraphs of plain text as both bodies: the German part first, the English one below a rule. */
export function composeMail(to: string, subject: string, link: string, german: string[], english: string[]): Mail {
  const text = [...german, link, '', '---', '', ...english, link, ''].join('\n');
  const paragraphs = (lines: string[]) => lines.filter((line) => line !== '').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const anchor = `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`;
  const html = `<!doctype html><html lang="de"><body>${paragraphs(german)}${anchor}<hr><div lang="en">${paragraphs(english)}${anchor}</div></body></html>`;
  return { to, subject, text, html, link };
}

export interface InvitationMailFacts {
  to: string;
  displayName: string;
  allianceName: string;
  bodyName: string;
  role: MembershipRole;
  expiresAt: Date;
  link: string;
}

export function invitationMail(facts: InvitationMailFacts): Mail {
  const role = ROLE_NAMES[facts.role];
  return composeMail(
    facts.to,
    `Einladung: ${facts.bodyName} (${facts.allianceName}) / Invitation`,
    facts.link,
    [
      `Guten Tag ${facts.displayName},`,
      '',
      `die Geschäftsstelle lädt Sie in „${facts.bodyName}“ des Bündnisses „${facts.allianceName}“ ein (Rolle: ${role.de}).`,
      `Über diesen Link nehmen Sie die Einladung an und legen Ihr Passwort fest. Er gilt bis ${DATE_TIME.de.format(facts.expiresAt)} und nur einmal:`,
    ],
    [
      `Hello ${facts.displayName},`,
      '',
      `the secretariat invites you to "${facts.bodyName}" of the alliance "${facts.allianceName}" (role: ${role.en}).`,
      `Open this link to accept the invitation and set your password. It works once, until ${DATE_TIME.en.format(facts.expiresAt)}:`,
    ],
  );
}

export function passwordResetMail(to: string, link: string, expiresAt: Date): Mail {
  return composeMail(
    to,
    'Passwort zurücksetzen / Reset your password',
    link,
    [
      'Guten Tag,',
      '',
      `jemand hat für dieses Konto ein neues Passwort angefordert. Über diesen Link legen Sie es fest; er gilt bis ${DATE_TIME.de.format(expiresAt)} und nur einmal:`,
      'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt dann unverändert.',
    ],
    [
      'Hello,',
      '',
      `someone asked for a new password for this account. Open this link to set it; it works once, until ${DATE_TIME.en.format(expiresAt)}:`,
      'If that was not you, ignore this mail and your password stays as it is.',
    ],
  );
}

export interface EndorsementReminderFacts {
  to: string;
  displayName: string;
  organisationName: string;
  declarationTitle: string;
  link: string;
}

/** The secretariat reminds an organisation's representative that the adopted declaration awaits its answer. */
export function endorsementReminderMail(facts: EndorsementReminderFacts): Mail {
  return composeMail(
    facts.to,
    `Erinnerung: ${facts.declarationTitle} / Reminder`,
    facts.link,
    [
      `Guten Tag ${facts.displayName},`,
      '',
      `die Geschäftsstelle erinnert daran, dass „${facts.organisationName}“ noch nicht auf die beschlossene Erklärung „${facts.declarationTitle}“ geantwortet hat.`,
      'Über diesen Link können Sie sie für Ihre Organisation mittragen, mit einem Vorbehalt mittragen oder ablehnen:',
    ],
    [
      `Hello ${facts.displayName},`,
      '',
      `the secretariat reminds you that "${facts.organisationName}" has not yet answered the adopted declaration "${facts.declarationTitle}".`,
      'Open this link to endorse it for your organisation, endorse it with a reservation, or decline:',
    ],
  );
}
