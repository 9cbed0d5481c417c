/**
 * Just enough of the Dockerfile syntax for static checks: instructions (continuation lines
 * joined, comments dropped) grouped into stages, each with the image it finally starts from.
 */
export type Instruction = { keyword: string; args: string; line: number };
export type Stage = {
  /** What FROM names: an image or an earlier stage. */
  from: string;
  /** The image underneath, after following earlier stages. */
  baseImage: string;
  name: string | undefined;
  instructions: Instruction[];
};

const joinLines = (source: string): Instruction[] => {
  const instructions: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  source.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line)) return; // comments (and parser directives) may sit inside a continuation
    if (pending === undefined && line.trim() === '') return;
    const text = pending === undefined ? line.trim() : `${pending.text} ${line.trim()}`;
    const start = pending?.line ?? index + 1;
    if (text.endsWith('\\')) {
      pending = { text: text.slice(0, -1).trimEnd(), line: start };
      return;
    }
    pending = undefined;
    const match = /^(\S+)\s*(.*)$/.exec(text);
    if (match)
      instructions.push({ keyword: (match[1] ?? '').toUpperCase(), args: match[2] ?? '', line: start });
  });
  return instructions;
};

export const parseDockerfile = (source: string): Stage[] => {
  const stages: Stage[] = [];
  for (const instruction of joinLines(source)) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const from = words[0] ?? '';
      const name = words[1]?.toUpperCase() === 'AS' ? words[2] : undefined;
      const parent = stages.find((s) => s.name !== undefined && s.name === from);
      stages.push({ from, baseImage: parent ? parent.baseImage : from, name, instructions: [] });
      continue;
    }
    const current = stages.at(-1);
    if (!current) throw new Error(`line ${instruction.line}: ${instruction.keyword} before any FROM`);
    current.instructions.push(instruction);
  }
  return stages;
};

export const finalStage = (stages: Stage[]): Stage => {
  const last = stages.at(-1);
  if (!last) throw new Error('the Dockerfile has no FROM');
  return last;
};

/** The last value an instruction sets in a stage (USER, WORKDIR…), or undefined. */
export const lastArgs = (stage: Stage, keyword: string): string | undefined =>
  stage.instructions.filter((i) => i.keyword === keyword).at(-1)?.args;

export type Copy = { from: string | undefined; sources: string[]; destination: string; line: number };

/** COPY and ADD, with their --from stage (if any), sources and destination. */
export const copies = (stages: Stage[]): Copy[] =>
  stages.flatMap((stage) =>
    stage.instructions
      .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
      .map((i) => {
        const words = i.args.trim().startsWith('[')
          ? (JSON.parse(i.args) as string[])
          : i.args.split(/\s+/).filter(Boolean);
        const flags = words.filter((w) => w.startsWith('--'));
        const paths = words.filter((w) => !w.startsWith('--'));
        const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
        return { from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '', line: i.line };
      }),
  );

/**
 * The environment a stage's ENV instructions set (`ENV A=1 B="two words"`, or the old `ENV A 1`),
 * with those of the stages it is built from underneath.
 */
export const envOf = (stages: Stage[], stage: Stage): Record<string, string> => {
  const parent = stages.find((s) => s !== stage && s.name !== undefined && s.name === stage.from);
  const env: Record<string, string> = parent ? envOf(stages, parent) : {};
  for (const { args } of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+([^=].*)$/.exec(args.trim());
    if (legacy) {
      env[legacy[1] ?? ''] = legacy[2] ?? '';
      continue;
    }
    for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
      const value = match[2] ?? '';
      env[match[1] ?? ''] = /^["']/.test(value) ? value.slice(1, -1) : value;
    }
  }
  return env;
};
