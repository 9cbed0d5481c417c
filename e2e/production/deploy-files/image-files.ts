/**
 * Where a file in an image comes from, read from the Dockerfile alone: the COPY instructions
 * that could have put it at that path, followed back through `--from` stages and the stages each
 * is built FROM, to a file of the build context that exists here and that .dockerignore lets in.
 * Files that RUN instructions make (installed packages, compiled code) are not traced.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { copies, type Copy, type Stage } from './dockerfile';
import { isIgnored } from './dockerignore';

type Rules = Parameters<typeof isIgnored>[0];
export type ImageContext = { stages: Stage[]; repoRoot: string; ignoreRules: Rules };

const parentOf = (stages: Stage[], stage: Stage): Stage | undefined =>
  stages.find((s) => s !== stage && s.name !== undefined && s.name === stage.from);

/**
 * The working directory a stage's instruction at `line` runs in (by default: where the stage ends),
 * WORKDIR inherited from the stage it is built FROM.
 */
export const workdirAt = (stages: Stage[], stage: Stage, line = Number.POSITIVE_INFINITY): string => {
  const parent = parentOf(stages, stage);
  let current = parent ? workdirAt(stages, parent) : '/';
  for (const instruction of stage.instructions) {
    if (instruction.line > line) break;
    if (instruction.keyword === 'WORKDIR') current = path.posix.resolve(current, instruction.args.trim());
  }
  return current;
};

/**
 * The source paths that a COPY would put at `target`: `src/rest` when src is a directory copied
 * to dest (its contents go into dest), `src` when a file lands on dest or in dest/.
 */
const sourcesFor = (copy: Copy, workdir: string, target: string): string[] => {
  const dest = path.posix.resolve(workdir, copy.destination);
  const found: string[] = [];
  for (const source of copy.sources) {
    if (target === dest || target.startsWith(`${dest}/`))
      found.push(path.posix.join(source, target.slice(dest.length)));
    if (target === path.posix.join(dest, path.posix.basename(source))) found.push(source);
  }
  return found;
};

/**
 * The build-context file (a repository path) the image holds at `target` (absolute) in `stage`,
 * or undefined when no COPY puts an existing, not ignored file there.
 */
export const contextSourceOf = (context: ImageContext, stage: Stage, target: string): string | undefined => {
  const { stages, repoRoot, ignoreRules } = context;
  // Later COPYs win over earlier ones, and over what the parent stage holds.
  const ownCopies = copies([stage]).reverse();
  for (const copy of ownCopies) {
    const workdir = workdirAt(stages, stage, copy.line);
    for (const source of sourcesFor(copy, workdir, target)) {
      if (copy.from === undefined) {
        const file = path.posix.normalize(source).replace(/^\.\/|^\/+/, '');
        const absolute = path.join(repoRoot, file);
        if (existsSync(absolute) && statSync(absolute).isFile() && !isIgnored(ignoreRules, file)) return file;
        continue;
      }
      const from = stages.find((s) => s.name === copy.from);
      // A --from source is a path in that stage's file system, from its root.
      const traced = from && contextSourceOf(context, from, path.posix.resolve('/', source));
      if (traced) return traced;
    }
  }
  const parent = parentOf(stages, stage);
  return parent ? contextSourceOf(context, parent, target) : undefined;
};
