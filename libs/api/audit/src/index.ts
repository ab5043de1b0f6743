export { AuditModule } from './audit.module';
export { AuditService, auditActorOf, auditEntryInsert, type AuditRecord, type SignInAction } from './audit.service';
export { emailDigest } from './redact';
export { AuditedInService } from './mutation-audit.interceptor';
