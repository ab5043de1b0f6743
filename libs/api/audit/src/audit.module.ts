import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The audit log. Global, so every feature's services can record without importing it. */
@Global()
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
