export { Account } from './account.entity';
export { IdentityModule } from './identity.module';
export type { IdentitySettings } from './identity-settings';
export { type OutboxMail, readOutbox } from './mail/outbox';
export { hashPassword } from './passwords';
export { type SessionSettings, useSessions } from './sessions';
export { type Mail, Mailer } from './mail/mailer';
export { composeMail } from './mail/templates';
