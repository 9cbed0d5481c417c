/**
 * The memory of a process tree now, read from /proc: every process under a root (the root
 * included) with its command and resident set size.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type ProcessRss = { pid: number; command: string; rssBytes: number };

const PAGE_SIZE = 4096;

/** pid -> [ppid, rss bytes, command] for every process now. */
const snapshot = (): Map<number, [number, number, string]> => {
  const table = new Map<number, [number, number, string]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start at ") ".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(fields[21]);
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      table.set(Number(name), [ppid, rssPages * PAGE_SIZE, command]);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
};

export const treeRss = (root: number): { sum: number; max: number; processes: ProcessRss[] } => {
  const table = snapshot();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  let max = 0;
  const processes: ProcessRss[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const [, rss = 0, command = '?'] = table.get(pid) ?? [];
    sum += rss;
    max = Math.max(max, rss);
    processes.push({ pid, command, rssBytes: rss });
    queue.push(...(children.get(pid) ?? []));
  }
  return { sum, max, processes };
};
