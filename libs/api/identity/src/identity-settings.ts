/** What the identity module needs from the app's configuration (apps/api's Environment). */
export interface IdentitySettings {
  /** smtp(s)://… of the mail server; without it mails go into outboxDir. */
  smtpUrl?: string;
  /** The sender of every mail, e.g. "Pakt <no-reply@pakt.invalid>". */
  mailFrom: string;
  /** The address people open Pakt at, without a trailing slash; links in mails start with it. */
  publicUrl: string;
  /** Where mails are written as JSON files when there is no SMTP server (DATA_DIR/outbox). */
  outboxDir: string;
}

export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
