import { INITIATIVE_STATUSES, type InitiativeStatus } from '@pakt/domain';

/** One report's percent on its reference date. */
export interface ProgressPoint {
  readonly reportedOn: string;
  readonly percent: number;
}

/** An initiative's indicator with its measured values (from the progress reports). */
export interface IndicatorSeries {
  readonly name: string;
  readonly unit: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly values: ReadonlyArray<{ readonly on: string; readonly value: number }>;
}

/** How many initiatives were in each status at the end of a month ("YYYY-MM") of the dashboard's time line. */
export interface StatusCountsAt {
  readonly month: string;
  readonly counts: Readonly<Record<InitiativeStatus, number>>;
}

/** Oldest first, whatever order the api lists them in. */
export function chronological<T extends { readonly reportedOn: string }>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
}

/** The statuses with any initiative at any moment, in the order of the state machine: the chart draws only these. */
export function statusesShown(points: readonly StatusCountsAt[]): InitiativeStatus[] {
  return INITIATIVE_STATUSES.filter((status) => points.some((point) => point.counts[status] > 0));
}

/** "2026-03" as people read it: "März 2026" / "March 2026". */
export function formatMonth(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  if (year === undefined || number === undefined || Number.isNaN(year) || Number.isNaN(number)) return month;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
}
