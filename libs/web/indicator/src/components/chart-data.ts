/** What a chart needs of an indicator (the plan reader passes frozen snapshots in this shape). */
export interface ChartIndicator {
  readonly name: string;
  readonly unit: string;
  readonly series: readonly string[];
  readonly observations: ReadonlyArray<{ readonly series: string; readonly period: number; readonly value: number }>;
}

/** Every year with a value in any series, ascending. */
export function periodsOf(indicator: ChartIndicator): number[] {
  return [...new Set(indicator.observations.map((observation) => observation.period))].sort((a, b) => a - b);
}

export function valueAt(indicator: ChartIndicator, series: string, period: number): number | null {
  return indicator.observations.find((observation) => observation.series === series && observation.period === period)?.value ?? null;
}

/**
 * One row per year with the series' values under s0, s1, …: recharts reads dots in a dataKey as
 * a path, so series names ("Insgesamt", "z. B. dual") cannot be keys themselves.
 */
export function chartRows(indicator: ChartIndicator): Array<Record<string, number | null>> {
  return periodsOf(indicator).map((period) => {
    const row: Record<string, number | null> = { period };
    indicator.series.forEach((series, index) => {
      row[`s${index}`] = valueAt(indicator, series, period);
    });
    return row;
  });
}

/** The latest value of each series, for lists. */
export function latestValues(indicator: ChartIndicator): Array<{ series: string; period: number; value: number }> {
  return indicator.series.flatMap((series) => {
    const own = indicator.observations.filter((observation) => observation.series === series);
    const latest = own.reduce<(typeof own)[number] | null>((best, observation) => (best === null || observation.period > best.period ? observation : best), null);
    return latest ? [{ series, period: latest.period, value: latest.value }] : [];
  });
}
