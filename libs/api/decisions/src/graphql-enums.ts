import { registerEnumType } from '@nestjs/graphql';
import { BALLOT_STATUSES, BALLOT_SUBJECT_TYPES, DECIDING_RULES, MAJORITY_RULES, VOTING_UNITS } from '@pakt/domain';

function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const BallotStatusEnum = enumObject(BALLOT_STATUSES);
export const BallotSubjectTypeEnum = enumObject(BALLOT_SUBJECT_TYPES);
export const VotingUnitEnum = enumObject(VOTING_UNITS);
export const MajorityRuleEnum = enumObject(MAJORITY_RULES);
export const DecidingRuleEnum = enumObject(DECIDING_RULES);
export const BALLOT_EVENT_KINDS = ['OPENED', 'VOTE_CAST', 'CLOSED', 'CANCELLED', 'DELEGATION_CHANGED'] as const;
export type BallotEventKind = (typeof BALLOT_EVENT_KINDS)[number];
export const BallotEventKindEnum = enumObject(BALLOT_EVENT_KINDS);
export const DELEGATION_SCOPES = ['BALLOT', 'MEETING'] as const;
export type DelegationScope = (typeof DELEGATION_SCOPES)[number];
export const DelegationScopeEnum = enumObject(DELEGATION_SCOPES);
export const RESULT_INTEGRITY = ['VERIFIED', 'TAMPERED'] as const;
export type ResultIntegrity = (typeof RESULT_INTEGRITY)[number];
export const ResultIntegrityEnum = enumObject(RESULT_INTEGRITY);

registerEnumType(BallotStatusEnum, { name: 'BallotStatus', description: 'DRAFT → OPEN → CLOSED (result frozen) or CANCELLED; never reopened' });
registerEnumType(BallotSubjectTypeEnum, { name: 'BallotSubjectType', description: 'What a ballot decides: a motion of the body or an object of another feature' });
registerEnumType(VotingUnitEnum, { name: 'VotingUnit', description: 'PERSON: each eligible member; ORGANISATION: one vote per member organisation' });
registerEnumType(MajorityRuleEnum, {
  name: 'MajorityRule',
  description:
    'SIMPLE: more YES than NO among the votes cast; ABSOLUTE: YES from more than half of all eligible; TWO_THIRDS: at least two thirds of YES+NO; CONSENSUS: no NO at all',
});
registerEnumType(DecidingRuleEnum, { name: 'DecidingRule', description: 'The rule that decided a result' });
registerEnumType(BallotEventKindEnum, {
  name: 'BallotEventKind',
  description: 'DELEGATION_CHANGED goes only to the delegator and the delegate: who casts which vote changed, so their ballot is read again',
});
registerEnumType(DelegationScopeEnum, { name: 'DelegationScope', description: "BALLOT: this ballot only; MEETING: every ballot of the body with the ballot's meetingKey" });
registerEnumType(ResultIntegrityEnum, { name: 'ResultIntegrity', description: 'Whether the stored votes still give the frozen result and its checksum' });
