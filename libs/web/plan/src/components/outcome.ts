import { refusalOf, type RefusalOf } from '@pakt/web-data';

/** How the api refused a change of a plan version, in the terms the page shows it. */
export type PlanProblem = RefusalOf;

export const planProblem = refusalOf;
