export { AuditModule } from './audit.module';
export { AuditService, auditActorOf, type AuditRecord } from './audit.service';
