// A small reader for the Dockerfile subset Pakt uses: enough to check stages, COPY sources,
// health checks and users without a Docker engine.

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  index: number;
  name: string | undefined;
  base: string;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i] ?? '';
    if (/^\s*(#|$)/.test(logical)) continue;
    while (/\\\s*$/.test(logical) && i + 1 < lines.length) {
      i++;
      const next = lines[i] ?? '';
      // Comment lines inside a continued instruction are dropped by Docker too.
      if (/^\s*#/.test(next)) continue;
      logical = logical.replace(/\\\s*$/, ' ') + next;
    }
    const match = /^\s*(\S+)\s*(.*)$/.exec(logical);
    if (!match) continue;
    const keyword = (match[1] ?? '').toUpperCase();
    const args = (match[2] ?? '').trim();
    if (keyword === 'FROM') {
      const words = args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const asIndex = words.findIndex((word) => word.toUpperCase() === 'AS');
      stages.push({
        index: stages.length,
        name: asIndex >= 0 ? words[asIndex + 1] : undefined,
        base: words[0] ?? '',
        instructions: [],
      });
    } else {
      stages.at(-1)?.instructions.push({ keyword, args, line: start });
    }
  }
  return stages;
}

export interface Copy {
  from: string | undefined;
  sources: string[];
  destination: string;
  line: number;
}

export function copiesOf(stage: Stage): Copy[] {
  return stage.instructions
    .filter((instruction) => instruction.keyword === 'COPY' || instruction.keyword === 'ADD')
    .map((instruction) => {
      const words = instruction.args.startsWith('[')
        ? (JSON.parse(instruction.args) as string[])
        : instruction.args.split(/\s+/);
      const flags = words.filter((word) => word.startsWith('--'));
      const paths = words.filter((word) => !word.startsWith('--'));
      const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
      return { from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '', line: instruction.line };
    });
}

/** The value a stage sets for an ENV variable (both `ENV A=1 B=2` and `ENV A 1`). */
export function envOf(stage: Stage, variable: string): string | undefined {
  let value: string | undefined;
  for (const instruction of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    const pairs = [...instruction.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)];
    if (pairs.length === 0) {
      const [name, ...rest] = instruction.args.split(/\s+/);
      if (name === variable) value = rest.join(' ');
    }
    for (const [, name, raw] of pairs) if (name === variable) value = raw?.replace(/^"|"$/g, '');
  }
  return value;
}
