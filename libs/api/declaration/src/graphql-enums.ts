import { registerEnumType } from '@nestjs/graphql';
import { AMENDMENT_DECISIONS, AMENDMENT_KINDS, AMENDMENT_STATES, DECLARATION_PHASES, ENDORSEMENT_STATES } from '@pakt/domain';

// GraphQL enums and PostgreSQL enum types come from the domain's lists, so there is one source.
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const DeclarationPhaseEnum = enumObject(DECLARATION_PHASES);
export const AmendmentKindEnum = enumObject(AMENDMENT_KINDS);
export const AmendmentStateEnum = enumObject(AMENDMENT_STATES);
export const AmendmentDecisionEnum = enumObject(AMENDMENT_DECISIONS);
export const EndorsementStateEnum = enumObject(ENDORSEMENT_STATES);

registerEnumType(DeclarationPhaseEnum, {
  name: 'DeclarationPhase',
  description: 'DRAFTING → AMENDMENTS → DECIDING → FINAL_VOTE, moved on by the chair or secretariat; ADOPTED when the final ballot succeeds',
});
registerEnumType(AmendmentKindEnum, { name: 'AmendmentKind', description: 'REPLACE a paragraph, INSERT a new one, DELETE one' });
registerEnumType(AmendmentStateEnum, {
  name: 'AmendmentState',
  description:
    'PROPOSED; NEEDS_NEW_VERSION when an accepted amendment changed the same words; IN_BALLOT; ACCEPTED (merged) or REJECTED; WITHDRAWN by its author; LAPSED when the final vote began before a new version came',
});
registerEnumType(AmendmentDecisionEnum, { name: 'AmendmentDecision', description: 'How an amendment was decided: by a ballot of the board or taken over by the drafting team' });
registerEnumType(EndorsementStateEnum, {
  name: 'EndorsementState',
  description: "A partner organisation's answer to the adopted declaration; PENDING until a representative answers",
});
