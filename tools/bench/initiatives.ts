// Benchmark: the secretariat's initiative dashboard with 5,000 initiatives and 100,000 progress
// reports in one alliance.
//   npx tsx tools/bench/initiatives.ts [--initiatives 5000] [--reports 100000] [--requests 200] [--json]
// Starts the built api (dist/apps/api/main.js) on an embedded PostgreSQL in a temporary folder,
// seeds the volume into Hessen straight in the database, then times the dashboard query over
// HTTP, one request after the other, unfiltered and filtered. See tools/bench/README.md.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BenchError, signIn, startServer } from './server';

// Everything the dashboard page shows: counts by status and action field, progress, overdue
// milestones, initiatives without recent reports, and the status series for the chart.
const DASHBOARD_QUERY = `query InitiativeDashboard($allianceId: ID!, $filter: InitiativeFilter) {
  initiativeDashboard(allianceId: $allianceId, filter: $filter) {
    total byStatus { status count } progress { percent counted }
    actionFields { actionField { id title } total byStatus { status count } progress { percent counted } }
    overdueMilestoneCount overdueMilestones { daysOverdue milestone { id title dueOn } initiative { id name } }
    staleCount stale { daysWithoutReport initiative { id name lastReportOn } }
    statusOverTime { month byStatus { status count } }
  }
}`;

const WARM_UP_REQUESTS = 10;

interface Options {
  initiatives: number;
  reports: number;
  requests: number;
  json: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      initiatives: { type: 'string', default: '5000' },
      reports: { type: 'string', default: '100000' },
      requests: { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
    },
  });
  const number = (name: keyof typeof values, min: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new BenchError(`--${name} must be a whole number ≥ ${min}, got "${String(values[name])}"`);
    return value;
  };
  return { initiatives: number('initiatives', 10), reports: number('reports', 0), requests: number('requests', 10), json: values.json };
}

/**
 * Fills Hessen's register up to `initiatives` with generated ones (statuses, action fields,
 * regions, partners, two milestones each, a status history) and `reports` progress reports spread
 * over them, with each initiative's latest report repeated on it as the api does. Returns the ids
 * the filtered run uses.
 */
async function seed(databaseUrl: string, options: Options): Promise<{ allianceId: string; actionFieldId: string; regionId: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; existing: number }>(
      `SELECT a.id, (SELECT count(*)::int FROM initiative WHERE alliance_id = a.id) AS existing FROM alliance a WHERE a.slug = 'hessen'`,
    );
    const alliance = rows[0];
    if (!alliance) throw new BenchError('the demo alliance Hessen is missing: the api did not seed its demo data');
    const adding = Math.max(options.initiatives - alliance.existing, 0);
    await client.query('BEGIN');
    // Generated rows pick action fields, regions and organisations of the alliance by position.
    await client.query(
      `CREATE TEMP TABLE bench_pick ON COMMIT DROP AS
       SELECT (SELECT array_agg(id ORDER BY position) FROM action_field WHERE alliance_id = $1) AS fields,
              (SELECT array_agg(id ORDER BY name) FROM region WHERE alliance_id = $1) AS regions,
              (SELECT array_agg(id ORDER BY name) FROM organisation WHERE alliance_id = $1) AS organisations`,
      [alliance.id],
    );
    await client.query(
      `INSERT INTO initiative (alliance_id, name, description, kind, status, lead_organisation_id, target_groups, start_on, end_on, reporting_cycle, version)
       SELECT $1, 'Bench-Initiative ' || lpad(g::text, 5, '0'), 'Generiert für den Benchmark.',
              CASE WHEN g % 3 = 0 THEN 'JOINT' ELSE 'SINGLE' END::initiative_kind,
              (ARRAY['PLANNED','RUNNING','RUNNING','RUNNING','PAUSED','COMPLETED','CANCELLED'])[1 + g % 7]::initiative_status,
              p.organisations[1 + g % array_length(p.organisations, 1)], '{Auszubildende}',
              DATE '2019-01-01' + (g * 37 % 2400), NULL,
              (ARRAY['MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY'])[1 + g % 4]::reporting_cycle, 1
         FROM generate_series(1, $2::int) AS g, bench_pick p`,
      [alliance.id, adding],
    );
    const bench = `SELECT i.*, row_number() OVER (ORDER BY i.name) AS n FROM initiative i WHERE i.alliance_id = $1 AND i.name LIKE 'Bench-Initiative %'`;
    await client.query(
      `INSERT INTO initiative_action_field (initiative_id, action_field_id)
       SELECT DISTINCT b.id, p.fields[1 + (b.n + k) % array_length(p.fields, 1)] FROM (${bench}) b, bench_pick p, generate_series(0, (b.n % 2)::int) AS k`,
      [alliance.id],
    );
    await client.query(
      `INSERT INTO initiative_region (initiative_id, region_id)
       SELECT b.id, p.regions[1 + b.n % array_length(p.regions, 1)] FROM (${bench}) b, bench_pick p`,
      [alliance.id],
    );
    await client.query(
      `INSERT INTO initiative_partner (initiative_id, organisation_id)
       SELECT b.id, p.organisations[1 + (b.n + 5) % array_length(p.organisations, 1)] FROM (${bench}) b, bench_pick p
        WHERE b.kind = 'JOINT' AND p.organisations[1 + (b.n + 5) % array_length(p.organisations, 1)] <> b.lead_organisation_id`,
      [alliance.id],
    );
    // Registered as PLANNED on the start; started a month later; ended or paused half a year on.
    await client.query(
      `INSERT INTO initiative_status_change (initiative_id, alliance_id, from_status, to_status, effective_on, note)
       SELECT b.id, b.alliance_id, NULL::initiative_status, 'PLANNED'::initiative_status, b.start_on, 'Generiert' FROM (${bench}) b
       UNION ALL
       SELECT b.id, b.alliance_id, 'PLANNED'::initiative_status, 'RUNNING'::initiative_status, b.start_on + 30, 'Generiert' FROM (${bench}) b WHERE b.status <> 'PLANNED'
       UNION ALL
       SELECT b.id, b.alliance_id, 'RUNNING'::initiative_status, b.status, b.start_on + 200, 'Generiert' FROM (${bench}) b WHERE b.status IN ('PAUSED', 'COMPLETED', 'CANCELLED')`,
      [alliance.id],
    );
    await client.query(
      `INSERT INTO initiative_milestone (initiative_id, alliance_id, title, due_on, done_on, version)
       SELECT b.id, b.alliance_id, 'Meilenstein ' || k, b.start_on + 180 * k, CASE WHEN (b.n + k) % 3 = 0 THEN NULL ELSE b.start_on + 170 * k END, 1
         FROM (${bench}) b, generate_series(1, 2) AS k`,
      [alliance.id],
    );
    // Every initiative that has started reports, the same number each (a month apart), until the total is reached.
    const reporting = `SELECT b.*, row_number() OVER (ORDER BY b.name) AS m, count(*) OVER () AS c FROM (${bench}) b WHERE b.status <> 'PLANNED'`;
    await client.query(
      `INSERT INTO initiative_progress_report (initiative_id, reported_on, percent, narrative, created_at)
       SELECT r.id, least(r.start_on + 30 * k, current_date), least(100, 4 * k), 'Generierter Bericht', now()
         FROM (${reporting}) r, generate_series(1, ceil($2::numeric / r.c)::int) AS k
        WHERE (r.m - 1) * ceil($2::numeric / r.c)::int + k <= $2::int`,
      [alliance.id, options.reports],
    );
    await client.query(
      `UPDATE initiative i SET latest_percent = r.percent, last_report_on = r.reported_on
         FROM (SELECT DISTINCT ON (initiative_id) initiative_id, percent, reported_on FROM initiative_progress_report
                ORDER BY initiative_id, reported_on DESC, created_at DESC) r
        WHERE r.initiative_id = i.id AND i.alliance_id = $1`,
      [alliance.id],
    );
    const picks = await client.query<{ field: string; region: string }>(`SELECT fields[1] AS field, regions[1] AS region FROM bench_pick`);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    const counts = await client.query<{ initiatives: number; reports: number }>(
      `SELECT (SELECT count(*)::int FROM initiative WHERE alliance_id = $1) AS initiatives,
              (SELECT count(*)::int FROM initiative_progress_report r JOIN initiative i ON i.id = r.initiative_id WHERE i.alliance_id = $1) AS reports`,
      [alliance.id],
    );
    const seeded = counts.rows[0]!;
    process.stderr.write(`seeded Hessen: ${seeded.initiatives} initiatives, ${seeded.reports} progress reports\n`);
    return { allianceId: alliance.id, actionFieldId: picks.rows[0]!.field, regionId: picks.rows[0]!.region };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

interface Timing {
  label: string;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  total: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Sends the query one request after the other and times each answer; any error stops the bench. */
async function time(url: string, cookie: string, label: string, variables: Record<string, unknown>, requests: number): Promise<Timing> {
  const body = JSON.stringify({ operationName: 'InitiativeDashboard', query: DASHBOARD_QUERY, variables });
  const ask = async () => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const answer = (await response.json()) as { data?: { initiativeDashboard: { total: number } }; errors?: Array<{ message: string }> };
    const elapsed = performance.now() - started;
    if (response.status !== 200 || answer.errors?.length || !answer.data) {
      throw new BenchError(`${label}: HTTP ${response.status} ${answer.errors?.map((error) => error.message).join('; ') ?? ''}`);
    }
    return { elapsed, total: answer.data.initiativeDashboard.total };
  };
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await ask();
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < requests; i++) {
    const answer = await ask();
    times.push(answer.elapsed);
    total = answer.total;
  }
  times.sort((a, b) => a - b);
  return { label, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), meanMs: times.reduce((a, b) => a + b, 0) / times.length, requests, total };
}

async function main(): Promise<void> {
  const options = readOptions();
  const server = await startServer();
  try {
    const ids = await seed(server.databaseUrl, options);
    const cookie = await signIn(server.url, 'sekretariat@hessen.example.org', 'pakt-demo');
    const timings = [
      await time(server.url, cookie, 'dashboard, whole register', { allianceId: ids.allianceId }, options.requests),
      await time(
        server.url,
        cookie,
        'dashboard, filtered',
        { allianceId: ids.allianceId, filter: { actionFieldIds: [ids.actionFieldId], regionIds: [ids.regionId], statuses: ['RUNNING', 'PAUSED'] } },
        options.requests,
      ),
    ];
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ initiatives: options.initiatives, reports: options.reports, timings }, null, 2)}\n`);
      return;
    }
    const row = (timing: Timing) =>
      `${timing.label.padEnd(28)}${timing.p50Ms.toFixed(1).padStart(10)}${timing.p99Ms.toFixed(1).padStart(10)}${timing.meanMs.toFixed(1).padStart(10)}${String(timing.total).padStart(12)}`;
    process.stdout.write(
      [
        `Pakt initiative dashboard: ${options.initiatives} initiatives, ${options.reports} progress reports in one alliance`,
        `${options.requests} sequential requests per query after ${WARM_UP_REQUESTS} warm-up requests`,
        '',
        `${'query'.padEnd(28)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'mean ms'.padStart(10)}${'initiatives'.padStart(12)}`,
        ...timings.map(row),
        '',
      ].join('\n'),
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
