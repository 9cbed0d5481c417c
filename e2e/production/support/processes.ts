/** Processes from /proc: a process tree, and whether a process seen earlier is still alive. */
import { readdirSync, readFileSync } from 'node:fs';

/** A pid with its start time, so a pid reused by a newer process is not mistaken for it. */
export type ProcessId = { pid: number; startTime: string; command: string };

type Row = ProcessId & { ppid: number; state: string };

const read = (pid: number): Row | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command (in parentheses) may hold spaces: the fields after it are fixed.
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      command,
      state: fields[0] ?? '?',
      ppid: Number(fields[1]),
      startTime: fields[19] ?? '',
    };
  } catch {
    return undefined;
  }
};

const all = (): Row[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => read(Number(name)) ?? []);

/** The process and everything under it, now. */
export const descendants = (root: number): ProcessId[] => {
  const rows = all();
  const found: ProcessId[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const row = rows.find((r) => r.pid === pid);
    if (row) found.push({ pid: row.pid, startTime: row.startTime, command: row.command });
    queue.push(...rows.filter((r) => r.ppid === pid).map((r) => r.pid));
  }
  return found;
};

/** Still running: same pid, same start time, and not a zombie waiting to be reaped. */
export const alive = (id: ProcessId): boolean => {
  const row = read(id.pid);
  return row !== undefined && row.startTime === id.startTime && row.state !== 'Z';
};
