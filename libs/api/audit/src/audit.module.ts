import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';
import { MutationAuditInterceptor } from './mutation-audit.interceptor';

/**
 * The audit log: AuditService for every feature's services (global, so no feature imports this
 * module), the interceptor that logs every mutation, and the secretariat's auditLog query.
 */
@Global()
@Module({
  providers: [
    AuditService,
    AuditLogService,
    AuditLogResolver,
    { provide: APP_INTERCEPTOR, useClass: MutationAuditInterceptor },
  ],
  exports: [AuditService],
})
export class AuditModule {}
