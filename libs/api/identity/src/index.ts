export { Account } from './account.entity';
export { IdentityModule } from './identity.module';
export type { IdentitySettings } from './identity-settings';
export { type OutboxMail, readOutbox } from './mail/outbox';
export { hashPassword } from './passwords';
export { type SessionSettings, type SocketAuthenticator, useSessions } from './sessions';
export { IDENTITY_SETTINGS } from './identity-settings';
export { type Mail, Mailer } from './mail/mailer';
export { composeMail, endorsementReminderMail } from './mail/templates';
