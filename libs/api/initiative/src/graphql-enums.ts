import { registerEnumType } from '@nestjs/graphql';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, REPORTING_CYCLES } from '@pakt/domain';

// GraphQL enums and PostgreSQL enum types come from the domain's lists, so there is one source.
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const InitiativeKindEnum = enumObject(INITIATIVE_KINDS);
export const InitiativeStatusEnum = enumObject(INITIATIVE_STATUSES);
export const ReportingCycleEnum = enumObject(REPORTING_CYCLES);

registerEnumType(InitiativeKindEnum, { name: 'InitiativeKind', description: 'SINGLE: one lead organisation; JOINT: a lead plus partner organisations' });
registerEnumType(InitiativeStatusEnum, {
  name: 'InitiativeStatus',
  description: 'PLANNED → RUNNING → COMPLETED; RUNNING ↔ PAUSED; any open state → CANCELLED (with a reason)',
});
registerEnumType(ReportingCycleEnum, { name: 'ReportingCycle', description: 'How often a running initiative reports' });
