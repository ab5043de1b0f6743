export { Account } from './account.entity';
export { IdentityModule } from './identity.module';
export { hashPassword } from './passwords';
export { type SessionSettings, useSessions } from './sessions';
