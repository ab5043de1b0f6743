// Load benchmark: the alliance overview query against GET /health of the same server.
//   npx tsx tools/bench/overview.ts [--url http://127.0.0.1:3000] [--duration 10] [--connections 20] [--json]
// Without --url it starts the built api (dist/apps/api/main.js) on an embedded PostgreSQL in a
// temporary folder and stops it afterwards. See tools/bench/README.md.
import autocannon, { type Result } from 'autocannon';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError, signIn, startServer, type StartedServer } from './server';

// Exactly what the web's overview page sends.
const OVERVIEW_QUERY = readFileSync(
  resolve(import.meta.dirname, '../../libs/web/alliance/src/graphql/alliance-overview.graphql'),
  'utf8',
);

const WARM_UP_SECONDS = 2;

interface Options {
  url: string | undefined;
  duration: number;
  connections: number;
  slug: string;
  /** The overview is read as a signed-in member, like the page: a demo account by default. */
  email: string;
  password: string;
  json: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
      slug: { type: 'string', default: 'hessen' },
      email: { type: 'string', default: 'beobachtung@hessen.example.org' },
      password: { type: 'string', default: 'pakt-demo' },
      json: { type: 'boolean', default: false },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!Number.isInteger(duration) || duration < 1) throw new BenchError(`--duration must be a whole number of seconds ≥ 1, got "${values.duration}"`);
  if (!Number.isInteger(connections) || connections < 1) throw new BenchError(`--connections must be a whole number ≥ 1, got "${values.connections}"`);
  return { url: values.url?.replace(/\/+$/, ''), duration, connections, slug: values.slug, email: values.email, password: values.password, json: values.json };
}

interface Target {
  label: string;
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Whether a response body is a correct answer; every other one counts as a mismatch. */
  verifyBody: (body: string) => boolean;
}

interface Figures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  failures: number;
}

function healthIsOk(body: string): boolean {
  try {
    return (JSON.parse(body) as { status?: unknown }).status === 'ok';
  } catch {
    return false;
  }
}

/** One request of each kind before any load, so a broken server fails with its own message. */
async function preflight(url: string, slug: string, cookie: string): Promise<Target[]> {
  const health = await fetch(`${url}/health`).catch((error: unknown) => {
    throw new BenchError(`cannot reach ${url}/health: ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}`);
  });
  const healthBody = await health.text();
  if (health.status !== 200) throw new BenchError(`${url}/health answered ${health.status}, not 200: ${healthBody.slice(0, 500)}`);

  const headers = { 'content-type': 'application/json', accept: 'application/json', cookie };
  const body = JSON.stringify({ operationName: 'AllianceOverview', query: OVERVIEW_QUERY, variables: { slug } });
  const ask = () => fetch(`${url}/graphql`, { method: 'POST', headers, body }).then(async (response) => ({ status: response.status, text: await response.text() }));
  const first = await ask();
  let parsed: { data?: { alliance: unknown }; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(first.text) as typeof parsed;
  } catch {
    throw new BenchError(`${url}/graphql answered HTTP ${first.status} with no JSON: ${first.text.slice(0, 500)}`);
  }
  if (parsed.errors?.length) {
    const messages = parsed.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ');
    throw new BenchError(`the overview query returned errors (HTTP ${first.status}): ${messages}`);
  }
  if (first.status !== 200) throw new BenchError(`the overview query answered HTTP ${first.status}: ${first.text.slice(0, 500)}`);
  if (!parsed.data?.alliance) throw new BenchError(`there is no alliance "${slug}" on ${url}: seed the demo data (SEED_DEMO_DATA=true) or pass --slug`);
  // Under load each overview answer must equal this one: GraphQL errors come with status 200.
  const second = await ask();
  if (second.text !== first.text) throw new BenchError('two identical overview queries got different answers; the data changes while measuring');
  const expected = first.text;

  return [
    { label: 'alliance overview (POST /graphql)', url: `${url}/graphql`, method: 'POST', headers, body, verifyBody: (answer) => answer === expected },
    // The health body carries the ping's response time, so only its status is compared.
    { label: 'GET /health', url: `${url}/health`, method: 'GET', verifyBody: healthIsOk },
  ];
}

async function load(target: Target, connections: number, duration: number): Promise<Result> {
  return autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    verifyBody: (body) => target.verifyBody(String(body)),
    connections,
    duration,
  });
}

function figuresOf(result: Result): Figures {
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

async function measure(targets: Target[], options: Options): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const target of targets) {
    await load(target, options.connections, WARM_UP_SECONDS);
    const result = await load(target, options.connections, options.duration);
    const measured = figuresOf(result);
    if (measured.failures > 0) {
      throw new BenchError(
        `${target.label}: ${measured.failures} of ${measured.requests} requests failed under load ` +
          `(errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, other body ${result.mismatches})`,
      );
    }
    figures.push(measured);
  }
  return figures;
}

function report(url: string, options: Options, overview: Figures, health: Figures, started: boolean): void {
  const ratio = health.requestsPerSecond / overview.requestsPerSecond;
  if (options.json) {
    const json = { url, startedByBench: started, connections: options.connections, durationSeconds: options.duration, overview, health, healthToOverviewRatio: ratio };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const row = (label: string, figures: Figures) =>
    `${label.padEnd(20)}${figures.requestsPerSecond.toFixed(1).padStart(10)}${figures.latencyP50Ms.toFixed(1).padStart(10)}${figures.latencyP99Ms.toFixed(1).padStart(10)}${String(figures.requests).padStart(10)}`;
  process.stdout.write(
    [
      `Pakt benchmark: ${url}${started ? ' (started by the bench, embedded PostgreSQL)' : ''}`,
      `${options.connections} connections, ${options.duration} s per target after ${WARM_UP_SECONDS} s warm-up`,
      '',
      `${'target'.padEnd(20)}${'req/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'requests'.padStart(10)}`,
      row('alliance overview', overview),
      row('GET /health', health),
      '',
      `ratio health / overview (req/s): ${ratio.toFixed(2)}`,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const options = readOptions();
  const server = options.url === undefined ? await startServer() : undefined;
  const url = options.url ?? (server as StartedServer).url;
  try {
    const targets = await preflight(url, options.slug, await signIn(url, options.email, options.password));
    const [overview, health] = await measure(targets, options);
    report(url, options, overview as Figures, health as Figures, server !== undefined);
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
