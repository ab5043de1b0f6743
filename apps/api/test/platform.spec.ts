import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, startTestApp, type TestApp } from './support/test-app';

describe('the api as a client meets it', () => {
  let app: TestApp;
  const logLines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    app = await startTestApp({ env: { REQUEST_BODY_LIMIT: '16384', GRAPHQL_MAX_DEPTH: '4' }, logger: pino({ level: 'info' }, sink) });
  });
  afterAll(() => app?.close());

  it('reports itself healthy while the database answers', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('answers a malformed query with a parse error and a code', async () => {
    const { status, body } = await app.graphql('{ alliances { name ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('answers an unknown field with a validation error and a code', async () => {
    const { status, body } = await app.graphql('{ alliances { name shoeSize } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/shoeSize/);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep = '{ alliances { bodies { memberships { body { memberships { id } } } } } }';
    const { status, body } = await app.graphql(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 4/i);
    expect(body.data).toBeUndefined();
  });

  it('refuses a query with more tokens than the parser accepts', async () => {
    const { status, body } = await app.graphql(`{ alliances { ${'name '.repeat(2100)}} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/more th[ae][nt] 2000 tokens/);
  });

  it('refuses a body over the size limit with a GraphQL error, not an HTML page', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ alliances { name } } # ${'x'.repeat(20_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringMatching(/larger than the limit of 16384 bytes/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses a body that is not JSON with a GraphQL error', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ alliances { name } }"',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/SyntaxError|at JSON/);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ alliances { name } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('is still up after all of that', async () => {
    const { status, body } = await app.graphql<{ viewer: unknown }>('{ viewer { account { id } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ viewer: null });
  });

  it('answers a refusal with its code and logs it as a request, not as an error of the server', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', 'x-request-id': 'refused-0815' },
      body: JSON.stringify({ query: '{ alliances { slug } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const ofRequest = logLines.filter((line) => line.reqId === 'refused-0815');
    expect(ofRequest).toContainEqual(expect.objectContaining({ req: expect.objectContaining({ method: 'POST', url: '/graphql' }) }));
    expect(ofRequest.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it("tags every log line of a request with the request's id and echoes it", async () => {
    const response = await fetch(`${app.url}/health`, { headers: { 'x-request-id': 'trace-4711' } });
    expect(response.headers.get('x-request-id')).toBe('trace-4711');
    const ofRequest = logLines.filter((line) => line.reqId === 'trace-4711');
    expect(ofRequest.length).toBeGreaterThan(0);
    expect(ofRequest).toContainEqual(
      expect.objectContaining({ req: expect.objectContaining({ method: 'GET', url: '/health' }), res: { statusCode: 200 } }),
    );

    const fresh = await fetch(`${app.url}/health`, { headers: { 'x-request-id': 'not a valid id!' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and hides the framework', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the api in production mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { NODE_ENV: 'production', SESSION_SECRET: 'platform-test-secret-'.padEnd(40, 'x') } });
  });
  afterAll(() => app?.close());

  it('turns introspection off', async () => {
    const { status, body } = await app.graphql('{ __schema { types { name } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const { body } = await app.graphql('{ aliances { name } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('offers no landing page', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<html/i);
  });
});

describe('health when the database is gone', () => {
  it('answers 503 and says the database is down, while the process stays up', async () => {
    const app = await startTestApp();
    try {
      await adminQuery(`DROP DATABASE ${app.databaseName} WITH (FORCE)`);
      const response = await fetch(`${app.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    } finally {
      await app.close();
    }
  });
});
