import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copiesOf, envOf, parseDockerfile, type Stage } from './dockerfile';

// docker-compose.yml is only exercised by `docker compose up`, which no test environment here
// can run; this reads it and the files it names, and checks that they fit together.

const root = resolve(import.meta.dirname, '../..');
const composePath = join(root, 'docker-compose.yml');

interface Build {
  context?: string;
  dockerfile?: string;
  target?: string;
}
interface Healthcheck {
  test?: string | string[];
  disable?: boolean;
}
interface Service {
  image?: string;
  build?: string | Build;
  healthcheck?: Healthcheck;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
}
interface Compose {
  services?: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

/** Compose's `${VAR:-default}` interpolation, resolved to the defaults (the shell is ignored). */
function interpolate(value: string): string {
  return value
    .replace(/\$\$/g, '\u0000')
    .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?]([^}]*))?\}/g, (_all, _name, fallback: string | undefined) => fallback ?? '')
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, '')
    .replace(/\u0000/g, '$');
}

function environmentOf(service: Service): Map<string, string> {
  const env = new Map<string, string>();
  if (Array.isArray(service.environment)) {
    for (const entry of service.environment) {
      const [name = '', ...value] = entry.split('=');
      env.set(name, interpolate(value.join('=')));
    }
  } else {
    for (const [name, value] of Object.entries(service.environment ?? {})) env.set(name, interpolate(String(value ?? '')));
  }
  return env;
}

function buildOf(service: Service): { context: string; dockerfile: string; target?: string } | undefined {
  if (service.build === undefined) return undefined;
  const build: Build = typeof service.build === 'string' ? { context: service.build } : service.build;
  const context = resolve(root, build.context ?? '.');
  return { context, dockerfile: resolve(context, build.dockerfile ?? 'Dockerfile'), target: build.target };
}

/** The stage an image build produces: the named target, or the last stage. */
function targetStage(stages: Stage[], target: string | undefined): Stage | undefined {
  return target === undefined ? stages.at(-1) : stages.find((stage) => stage.name === target);
}

function containerPorts(service: Service): number[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return Number(port.target);
    const withoutProtocol = interpolate(String(port)).split('/')[0] ?? '';
    return Number(withoutProtocol.split(':').at(-1));
  });
}

function dependencies(service: Service): [string, string | undefined][] {
  if (Array.isArray(service.depends_on)) return service.depends_on.map((name) => [name, undefined]);
  return Object.entries(service.depends_on ?? {}).map(([name, spec]) => [name, spec.condition]);
}

const compose = parse(readFileSync(composePath, 'utf8')) as Compose;
const services = Object.entries(compose.services ?? {});
const dockerfiles = new Map<string, { context: string; stages: Stage[] }>();
for (const [, service] of services) {
  const build = buildOf(service);
  if (build && existsSync(build.dockerfile)) {
    dockerfiles.set(build.dockerfile, { context: build.context, stages: parseDockerfile(readFileSync(build.dockerfile, 'utf8')) });
  }
}

function stagesOf(name: string): Stage[] {
  const build = buildOf(compose.services?.[name] ?? {});
  const stages = build && dockerfiles.get(build.dockerfile)?.stages;
  if (!stages) throw new Error(`service "${name}" has no readable Dockerfile`);
  return stages;
}

function hasHealthcheck(service: Service): boolean {
  const test = service.healthcheck?.test;
  if (service.healthcheck?.disable !== true && test !== undefined && [test].flat()[0] !== 'NONE') return true;
  const build = buildOf(service);
  const stages = build && dockerfiles.get(build.dockerfile)?.stages;
  const stage = stages && targetStage(stages, build.target);
  const healthcheck = stage?.instructions.filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
  return healthcheck !== undefined && !/^NONE\b/i.test(healthcheck.args);
}

/** The port the api listens on in its container: compose's PORT, else the image's, else 3000. */
function apiPort(): number {
  const fromCompose = environmentOf(compose.services?.api ?? {}).get('PORT');
  const fromImage = envOf(targetStage(stagesOf('api'), undefined) as Stage, 'PORT');
  return Number(fromCompose ?? fromImage ?? 3000);
}

const nginxConf = readFileSync(join(root, 'docker/nginx.conf'), 'utf8').replace(/#.*$/gm, '');

describe('docker-compose.yml', () => {
  it('runs the production topology: postgres, redis, api and web', () => {
    const names = services.map(([name]) => name);
    for (const required of ['postgres', 'redis', 'api', 'web']) {
      expect(names, `docker-compose.yml has no "${required}" service (DESIGN.md's production topology)`).toContain(required);
    }
  });

  it.each(services)('service "%s" has an image or a build whose Dockerfile exists', (name, service) => {
    const build = buildOf(service);
    expect(service.image !== undefined || build !== undefined, `service "${name}" has neither image nor build`).toBe(true);
    if (build) {
      expect(existsSync(build.context), `service "${name}": build context ${build.context} does not exist`).toBe(true);
      expect(existsSync(build.dockerfile), `service "${name}": Dockerfile ${build.dockerfile} does not exist`).toBe(true);
      if (build.target !== undefined) {
        expect(
          targetStage(stagesOf(name), build.target),
          `service "${name}": build target "${build.target}" is no stage of ${build.dockerfile}`,
        ).toBeDefined();
      }
    }
  });

  it.each(services)('service "%s" has a health check', (name, service) => {
    expect(
      hasHealthcheck(service),
      `service "${name}" has no health check: add one in docker-compose.yml or a HEALTHCHECK to the last stage of its Dockerfile`,
    ).toBe(true);
  });

  it.each(services)('service "%s" waits only for services that exist and can report health', (name, service) => {
    for (const [dependency, condition] of dependencies(service)) {
      const other = compose.services?.[dependency];
      expect(other, `service "${name}" depends on "${dependency}", which is not a service`).toBeDefined();
      if (condition === 'service_healthy') {
        expect(hasHealthcheck(other ?? {}), `service "${name}" waits for "${dependency}" to be healthy, but it has no health check`).toBe(true);
      }
    }
  });

  it.each(services)('service "%s" uses only declared named volumes', (name, service) => {
    const declared = Object.keys(compose.volumes ?? {});
    for (const volume of service.volumes ?? []) {
      // Short syntax "source:target[:mode]"; a lone target is an anonymous volume, and a source
      // that is a path is a bind mount. Anything else is a named volume.
      const source = typeof volume === 'string' ? (volume.includes(':') ? volume.split(':')[0] : undefined) : volume.type === 'volume' ? volume.source : undefined;
      if (source === undefined || /^[./~$]/.test(source)) continue;
      expect(declared, `service "${name}" mounts volume "${source}", which the top-level "volumes:" does not declare`).toContain(source);
    }
  });

  it('keeps the database in a named volume', () => {
    const volumes = compose.services?.postgres?.volumes ?? [];
    const data = volumes.map(String).find((volume) => volume.endsWith(':/var/lib/postgresql/data'));
    expect(data, 'postgres should mount a named volume at /var/lib/postgresql/data, or its data is lost with the container').toBeDefined();
    expect(Object.keys(compose.volumes ?? {}), 'the postgres data volume must be declared').toContain(data?.split(':')[0]);
  });

  it('points the api at the postgres service, after it is healthy', () => {
    const url = environmentOf(compose.services?.api ?? {}).get('DATABASE_URL');
    expect(url, 'the api needs DATABASE_URL in a container, or it would start an embedded PostgreSQL').toBeDefined();
    const parsed = new URL(url ?? '');
    expect(parsed.protocol, `DATABASE_URL should be a postgres:// URL, got ${url}`).toBe('postgres:');
    expect(compose.services?.[parsed.hostname], `DATABASE_URL names host "${parsed.hostname}", which is not a service`).toBeDefined();
    expect(Number(parsed.port || 5432), 'DATABASE_URL should use PostgreSQL\'s port 5432 inside the network').toBe(5432);
    expect(dependencies(compose.services?.api ?? {}), 'the api should start only once postgres is healthy').toContainEqual([
      parsed.hostname,
      'service_healthy',
    ]);
  });

  it('makes the api listen on all interfaces of its container', () => {
    const host = environmentOf(compose.services?.api ?? {}).get('HOST') ?? envOf(targetStage(stagesOf('api'), undefined) as Stage, 'HOST');
    expect(host, 'the api defaults to 127.0.0.1, which nothing outside its container can reach; set HOST=0.0.0.0').toBe('0.0.0.0');
  });

  it('publishes the web port nginx listens on, and nginx proxies to the port the api listens on', () => {
    const listen = [...nginxConf.matchAll(/^\s*listen\s+(?:[\d.]+:)?(\d+)/gm)].map((match) => Number(match[1]));
    const published = containerPorts(compose.services?.web ?? {});
    expect(published.length, 'the web service should publish a port').toBeGreaterThan(0);
    for (const port of published) {
      expect(listen, `web publishes container port ${port}, but docker/nginx.conf listens on ${listen.join(', ')}`).toContain(port);
    }
    const upstreams = [...nginxConf.matchAll(/^\s*server\s+([a-z0-9_-]+):(\d+)/gm)];
    expect(upstreams.length, 'docker/nginx.conf should name the api as an upstream server host:port').toBeGreaterThan(0);
    for (const [, host, port] of upstreams) {
      expect(compose.services?.[host ?? ''], `docker/nginx.conf proxies to "${host}", which is not a service`).toBeDefined();
      expect(Number(port), `docker/nginx.conf proxies to ${host}:${port}, but the api listens on ${apiPort()}`).toBe(apiPort());
    }
    for (const port of containerPorts(compose.services?.api ?? {})) {
      expect(port, `the api publishes container port ${port}, but listens on ${apiPort()}`).toBe(apiPort());
    }
    const exposed = stagesOf('api').at(-1)?.instructions.find((i) => i.keyword === 'EXPOSE')?.args;
    expect(Number(exposed), `docker/api.Dockerfile exposes ${exposed}, but the api listens on ${apiPort()}`).toBe(apiPort());
  });

  it('lets nginx serve the single-page app and forward /graphql and /health to the api', () => {
    const webCopies = stagesOf('web').flatMap(copiesOf);
    expect(
      webCopies.some((copy) => copy.sources.includes('docker/nginx.conf')),
      'docker/web.Dockerfile should install docker/nginx.conf',
    ).toBe(true);
    expect(nginxConf, 'nginx should fall back to index.html for client-side routes').toMatch(/try_files\s+\$uri\s+\/index\.html/);
    const proxied = [...nginxConf.matchAll(/location\s+([^{]+)\{[^}]*proxy_pass/g)].map((match) => match[1]?.trim() ?? '');
    for (const path of ['/graphql', '/health']) {
      expect(
        proxied.some((location) => location.replace(/^[~=^]+\s*/, '') === path || new RegExp(location.replace(/^~\*?\s*/, '')).test(path)),
        `docker/nginx.conf should proxy ${path} to the api (proxied locations: ${proxied.join(', ') || 'none'})`,
      ).toBe(true);
    }
    for (const header of ['X-Content-Type-Options', 'X-Frame-Options', 'Content-Security-Policy', 'Referrer-Policy']) {
      expect(nginxConf, `docker/nginx.conf should send the ${header} header`).toMatch(new RegExp(`add_header\\s+${header}\\b`));
    }
  });

  it('passes the api only environment variables the README documents', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const documented = new Set(
      readme
        .split('\n')
        .filter((line) => line.trimStart().startsWith('|'))
        .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1])),
    );
    const passed = [...environmentOf(compose.services?.api ?? {}).keys()];
    const undocumented = passed.filter((name) => !documented.has(name));
    expect(undocumented, `docker-compose.yml passes the api ${undocumented.join(', ')}, which README.md's environment table does not document`).toEqual([]);
  });
});

describe.each([...dockerfiles.entries()].map(([path, { context, stages }]) => [path.slice(root.length + 1), context, stages] as const))(
  '%s',
  (path, context, stages) => {
    const ignored = existsSync(join(context, '.dockerignore'))
      ? readFileSync(join(context, '.dockerignore'), 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
          .map((line) => line.replace(/^\*\*\//, '').replace(/\/$/, ''))
      : [];

    it('is multi-stage, so build tools stay out of the image that runs', () => {
      expect(stages.length, `${path} has ${stages.length} FROM line(s); build and runtime should be separate stages`).toBeGreaterThanOrEqual(2);
    });

    it('copies only from stages defined before the copy', () => {
      for (const stage of stages) {
        for (const copy of copiesOf(stage).filter((c) => c.from !== undefined)) {
          const earlier = stages.slice(0, stage.index);
          const known = earlier.some((other) => other.name === copy.from || String(other.index) === copy.from);
          expect(
            known,
            `${path}:${copy.line} COPY --from=${copy.from} names no earlier stage (earlier stages: ${earlier.map((s) => s.name ?? s.index).join(', ') || 'none'})`,
          ).toBe(true);
        }
      }
    });

    it('copies files that exist in the build context and are not excluded by .dockerignore', () => {
      for (const copy of stages.flatMap(copiesOf).filter((c) => c.from === undefined)) {
        for (const source of copy.sources.filter((s) => !/[*?[]/.test(s) && s !== '.')) {
          expect(existsSync(join(context, source)), `${path}:${copy.line} copies ${source}, which does not exist`).toBe(true);
          const excludedBy = ignored.find((pattern) => source === pattern || source.startsWith(`${pattern}/`));
          expect(excludedBy, `${path}:${copy.line} copies ${source}, but .dockerignore excludes it ("${excludedBy}")`).toBeUndefined();
        }
      }
    });

    it('builds with Vite configs that exist', () => {
      const runs = stages.flatMap((stage) => stage.instructions.filter((i) => i.keyword === 'RUN'));
      for (const run of runs) {
        for (const [, config] of run.args.matchAll(/vite build\s+(?:-c|--config)\s+(\S+)/g)) {
          expect(existsSync(join(context, config ?? '')), `${path}:${run.line} builds with ${config}, which does not exist`).toBe(true);
        }
      }
    });

    it('runs as an unprivileged user', () => {
      const final = stages.at(-1) as Stage;
      const user = final.instructions.filter((i) => i.keyword === 'USER').at(-1)?.args;
      const unprivilegedBase = /unprivileged/.test(final.base);
      expect(
        unprivilegedBase || (user !== undefined && !/^(root|0)(:|$)/.test(user)),
        `the last stage of ${path} runs as root: add USER with a non-root user (or use an unprivileged base image)`,
      ).toBe(true);
    });
  },
);
