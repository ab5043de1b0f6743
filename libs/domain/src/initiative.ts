import { holds, type Grant } from './access';
import { isLocalDate, type LocalDate } from './local-date';

/**
 * Initiatives of the alliance's partners: a SINGLE one has one lead organisation, a JOINT one a
 * lead plus partner organisations. Their status moves PLANNED → RUNNING → COMPLETED, RUNNING ↔
 * PAUSED, and any open state → CANCELLED (with a reason). The secretariat and the representatives
 * of the lead organisation change it; every change is dated and carries a note.
 *
 * Pure functions: the api loads the facts, asks here, and writes what comes back.
 */

export const INITIATIVE_KINDS = ['SINGLE', 'JOINT'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const INITIATIVE_STATUSES = ['PLANNED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** States from which the initiative may still move; COMPLETED and CANCELLED end it. */
export const OPEN_INITIATIVE_STATUSES: readonly InitiativeStatus[] = ['PLANNED', 'RUNNING', 'PAUSED'];

/** The one table of the state machine: where each status may go next. */
export const INITIATIVE_STATUS_TRANSITIONS: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> = {
  PLANNED: ['RUNNING', 'CANCELLED'],
  RUNNING: ['PAUSED', 'COMPLETED', 'CANCELLED'],
  PAUSED: ['RUNNING', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** How often an initiative reports, in months. */
export const REPORTING_CYCLES = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'] as const;
export type ReportingCycle = (typeof REPORTING_CYCLES)[number];
export const REPORTING_CYCLE_MONTHS: Readonly<Record<ReportingCycle, number>> = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 };

/** A running initiative without a report for longer than this is flagged on the dashboard. */
export const STALE_REPORT_DAYS = 90;

export function isOpenInitiativeStatus(status: InitiativeStatus): boolean {
  return OPEN_INITIATIVE_STATUSES.includes(status);
}

/** Whether the state machine allows the step (a status never "changes" to itself). */
export function initiativeStatusTransition(from: InitiativeStatus, to: InitiativeStatus): boolean {
  return INITIATIVE_STATUS_TRANSITIONS[from].includes(to);
}

/** An initiative as the rules see it. */
export interface InitiativeFacts {
  allianceId: string;
  status: InitiativeStatus;
}

/**
 * What the actor is to this initiative: the organisations they currently represent (a current
 * membership on the organisation's behalf) matched against its lead and partners.
 */
export interface InitiativeStanding {
  representsLead: boolean;
  representsPartner: boolean;
}

/** The secretariat of the alliance (initiative.manage) keeps the register. */
export function managesInitiatives(grants: readonly Grant[], allianceId: string): boolean {
  return holds(grants, 'initiative.manage', { allianceId });
}

/**
 * Status, content, milestones and indicators: the secretariat, and the representatives of the
 * lead organisation who may contribute in the alliance.
 */
export function mayEditInitiative(grants: readonly Grant[], facts: InitiativeFacts, standing: InitiativeStanding): boolean {
  if (managesInitiatives(grants, facts.allianceId)) return true;
  return standing.representsLead && holds(grants, 'initiative.contribute', { allianceId: facts.allianceId });
}

/** Progress reports: the secretariat and the representatives of the lead and of the partner organisations. */
export function mayReportOnInitiative(grants: readonly Grant[], facts: InitiativeFacts, standing: InitiativeStanding): boolean {
  if (managesInitiatives(grants, facts.allianceId)) return true;
  return (standing.representsLead || standing.representsPartner) && holds(grants, 'initiative.contribute', { allianceId: facts.allianceId });
}

/** Why a status change is refused: NOT_PERMITTED is FORBIDDEN, the others are the input's fault. */
export type InitiativeStatusRefusal = 'NOT_PERMITTED' | 'WRONG_STATE' | 'NOTE_REQUIRED' | 'INVALID_DATE' | 'BEFORE_LAST_CHANGE' | 'IN_FUTURE';

export type InitiativeStatusCheck = { ok: true } | { ok: false; refusal: InitiativeStatusRefusal };

export interface InitiativeStatusChangeRequest {
  to: InitiativeStatus;
  /** Why; required for every change (for CANCELLED it is the reason). */
  note: string | null | undefined;
  /** The day the change takes effect. */
  effectiveOn: LocalDate;
}

/**
 * Whether a status change may be made now. The order matters: the role first (someone without it
 * learns nothing about the state), then the state machine, then the note, then the date — which
 * may be neither in the future nor before the last change.
 */
export function checkInitiativeStatusChange(
  grants: readonly Grant[],
  facts: InitiativeFacts,
  standing: InitiativeStanding,
  request: InitiativeStatusChangeRequest,
  context: { today: LocalDate; lastChangeOn: LocalDate | null },
): InitiativeStatusCheck {
  if (!mayEditInitiative(grants, facts, standing)) return { ok: false, refusal: 'NOT_PERMITTED' };
  if (!initiativeStatusTransition(facts.status, request.to)) return { ok: false, refusal: 'WRONG_STATE' };
  if ((request.note ?? '').trim() === '') return { ok: false, refusal: 'NOTE_REQUIRED' };
  if (!isLocalDate(request.effectiveOn)) return { ok: false, refusal: 'INVALID_DATE' };
  if (request.effectiveOn > context.today) return { ok: false, refusal: 'IN_FUTURE' };
  if (context.lastChangeOn !== null && request.effectiveOn < context.lastChangeOn) return { ok: false, refusal: 'BEFORE_LAST_CHANGE' };
  return { ok: true };
}

/** The statuses a client may offer the person now, in INITIATIVE_STATUSES order. */
export function availableInitiativeStatuses(grants: readonly Grant[], facts: InitiativeFacts, standing: InitiativeStanding): InitiativeStatus[] {
  if (!mayEditInitiative(grants, facts, standing)) return [];
  return INITIATIVE_STATUSES.filter((to) => initiativeStatusTransition(facts.status, to));
}

// ---------------------------------------------------------------------------------------------
// Dates, milestones and the reporting cycle

/** Adds whole months to a date, keeping the day where the month has it (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Adds (or with a negative count subtracts) days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A milestone is overdue when it is not done and its due date has passed. */
export function isMilestoneOverdue(milestone: { dueOn: LocalDate; doneOn: LocalDate | null }, today: LocalDate): boolean {
  return milestone.doneOn === null && milestone.dueOn < today;
}

/**
 * When the next report is due: one cycle after the last report, or after the start while there
 * is none. Only a RUNNING initiative owes reports; for any other status null.
 */
export function nextReportDue(
  initiative: { status: InitiativeStatus; startOn: LocalDate; reportingCycle: ReportingCycle },
  lastReportOn: LocalDate | null,
): LocalDate | null {
  if (initiative.status !== 'RUNNING') return null;
  return addMonths(lastReportOn ?? initiative.startOn, REPORTING_CYCLE_MONTHS[initiative.reportingCycle]);
}

/** A RUNNING initiative whose last report (or, without one, its start) lies more than 90 days back. */
export function isReportStale(
  initiative: { status: InitiativeStatus; startOn: LocalDate },
  lastReportOn: LocalDate | null,
  today: LocalDate,
): boolean {
  return initiative.status === 'RUNNING' && (lastReportOn ?? initiative.startOn) < addDays(today, -STALE_REPORT_DAYS);
}

// ---------------------------------------------------------------------------------------------
// Input rules

export const PROGRESS_MIN = 0;
export const PROGRESS_MAX = 100;

export function isValidProgressPercent(percent: number): boolean {
  return Number.isInteger(percent) && percent >= PROGRESS_MIN && percent <= PROGRESS_MAX;
}

/** The end may be open; when given it is not before the start. */
export function isValidInitiativePeriod(startOn: LocalDate, endOn: LocalDate | null): boolean {
  return isLocalDate(startOn) && (endOn === null || (isLocalDate(endOn) && endOn >= startOn));
}

/** A SINGLE initiative has no partners; a JOINT one at least one, none of them the lead. */
export type PartnerProblem = 'SINGLE_WITH_PARTNERS' | 'JOINT_WITHOUT_PARTNERS' | 'LEAD_AS_PARTNER';

export function partnerProblem(kind: InitiativeKind, leadOrganisationId: string, partnerOrganisationIds: readonly string[]): PartnerProblem | null {
  if (partnerOrganisationIds.includes(leadOrganisationId)) return 'LEAD_AS_PARTNER';
  if (kind === 'SINGLE' && partnerOrganisationIds.length > 0) return 'SINGLE_WITH_PARTNERS';
  if (kind === 'JOINT' && partnerOrganisationIds.length === 0) return 'JOINT_WITHOUT_PARTNERS';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Progress roll-up

/**
 * How much one initiative counts towards the progress of its action field and the alliance:
 * COMPLETED counts as 100, CANCELLED not at all (null), any other status as its latest reported
 * percent, 0 while it has none.
 */
export function effectiveProgress(status: InitiativeStatus, latestPercent: number | null): number | null {
  if (status === 'CANCELLED') return null;
  if (status === 'COMPLETED') return PROGRESS_MAX;
  return latestPercent ?? 0;
}

/**
 * Initiatives of one status summed up (what SQL's GROUP BY gives): how many, and the sum of their
 * latest reported percents (none counting 0).
 */
export interface ProgressGroup {
  status: InitiativeStatus;
  count: number;
  percentSum: number;
}

export interface ProgressRollUp {
  /** The mean effective progress, rounded to one decimal; null when nothing counts. */
  percent: number | null;
  /** How many initiatives count (all but the cancelled). */
  counted: number;
}

/**
 * The roll-up to an action field or the alliance: the unweighted mean of effectiveProgress over
 * the initiatives that count. Takes groups so that the database does the summing; equal to the
 * mean over the single initiatives.
 */
export function rollUpProgress(groups: readonly ProgressGroup[]): ProgressRollUp {
  let counted = 0;
  let sum = 0;
  for (const group of groups) {
    if (group.status === 'CANCELLED' || group.count === 0) continue;
    counted += group.count;
    sum += group.status === 'COMPLETED' ? PROGRESS_MAX * group.count : group.percentSum;
  }
  return { percent: counted === 0 ? null : Math.round((sum / counted) * 10) / 10, counted };
}
