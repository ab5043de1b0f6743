import { registerEnumType } from '@nestjs/graphql';
import { PLAN_VERSION_STATES, SIGN_OFF_ROLES } from '@pakt/domain';

function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const PlanVersionStateEnum = enumObject(PLAN_VERSION_STATES);
export const SignOffRoleEnum = enumObject(SIGN_OFF_ROLES);

registerEnumType(PlanVersionStateEnum, { name: 'PlanVersionState', description: 'DRAFT while assembled, SUBMITTED for sign-off, APPROVED (published, frozen)' });
registerEnumType(SignOffRoleEnum, { name: 'SignOffRole', description: "The steering board's chair or deputy chair" });
