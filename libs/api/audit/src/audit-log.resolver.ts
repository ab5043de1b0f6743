import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { ActorService, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit-entry.model';
import { AuditLogService } from './audit-log.service';

/** Reading the audit log. There is deliberately no mutation: entries are never changed nor removed. */
@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly log: AuditLogService,
    private readonly actors: ActorService,
  ) {}

  @RequirePermission('audit.read')
  @Query(() => AuditEntryConnection, { description: "The alliance's audit log, newest first (audit.read)" })
  async auditLog(@Args(ValidInput) args: AuditLogArgs, @Context() context: RequestContext): Promise<AuditEntryConnection> {
    return this.log.page(args, await this.actors.of(context));
  }
}
