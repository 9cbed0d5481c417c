/**
 * Webhook storm: 200 CMS events in 5 s over loopback against the rebuild service (default idle
 * hold, quiet window and max wait) with a fake build of about 1 s. Prints how many builds ran, whether every
 * event was covered exactly once, and whether the final build covered the last event.
 * Run: node scripts/bench/webhook-storm.ts [events=200] [seconds=5] [buildMs=1000]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../rebuild/logger.ts';
import { createRebuildService } from '../rebuild/service.ts';
import { type BuildRecord } from '../rebuild/state.ts';
import { cleanUp, cleanUpOnSignals, onCleanup } from './lib/cleanup.ts';

const [events = 200, seconds = 5, buildMs = 1000] = process.argv.slice(2).map(Number);
const SECRET = 'bench-webhook-secret-0123456789';
const fakeBuild = path.resolve(import.meta.dirname, '../rebuild/testing/fake-build.ts');

cleanUpOnSignals('webhook storm');
const root = mkdtempSync(path.join(os.tmpdir(), 'webhook-storm-'));
onCleanup('the storm folder', () => rmSync(root, { recursive: true, force: true }));
const control = path.join(root, 'control.json');
writeFileSync(control, JSON.stringify({ delayMs: buildMs, pages: 50 }));

const service = createRebuildService({
  config: {
    serviceHost: '127.0.0.1',
    servicePort: 0,
    siteHost: '127.0.0.1',
    sitePort: 0,
    serveSite: false,
    webhookSecret: SECRET,
    dataDir: path.join(root, 'data'),
    buildCommand: `${JSON.stringify(process.execPath)} ${JSON.stringify(fakeBuild)} ${JSON.stringify(control)}`,
    buildCwd: root,
    webRoot: root,
    buildEnv: { PATH: process.env.PATH },
    buildTimeoutMs: 60_000,
    idleHoldMs: 150,
    quietMs: 1000,
    maxWaitMs: 5000,
    keepReleases: 5,
    pruneGraceMs: 0,
    stopGraceMs: 5000,
    bodyLimitBytes: 1024 * 1024,
    historyLimit: 50,
    minPageRatio: 0.5,
    scriptSrc: "'self'",
    logLevel: 'error',
  },
  logger: createLogger('error'),
});
await service.start();
onCleanup('the rebuild service', () => service.stop());
const server = createServer(service.webhookApp);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
onCleanup('the webhook listener', () => void server.close());
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;

const latencies: number[] = [];
const statuses = new Map<number, number>();
const ids: number[] = [];
const t0 = performance.now();
const wallT0 = Date.now();
const send = async (i: number): Promise<void> => {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${SECRET}`,
      'Content-Type': 'application/json',
      'x-strapi-event': 'entry.publish',
    },
    body: JSON.stringify({
      event: i % 10 === 9 ? 'entry.update' : 'entry.publish',
      createdAt: new Date().toISOString(),
      model: 'article',
      uid: 'api::article.article',
      entry: { id: i, documentId: `doc-${i}`, locale: 'en', publishedAt: new Date().toISOString() },
    }),
  });
  const body = (await res.json()) as { eventId?: number };
  latencies.push(performance.now() - started);
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  if (body.eventId !== undefined) ids.push(body.eventId);
};

// Evenly spread over the storm, fired on schedule (not waiting for earlier answers).
const sent: Promise<void>[] = [];
for (let i = 0; i < events; i++) {
  const due = (i * seconds * 1000) / events;
  const wait = due - (performance.now() - t0);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  sent.push(send(i));
}
await Promise.all(sent);
const lastSentAt = performance.now();
const lastEventId = Math.max(...ids);
await service.whenIdle();
const idleAt = performance.now();

const builds = (service.status().history.filter((r) => r.kind === 'build') as BuildRecord[]).reverse();
const runs = readFileSync(path.join(root, 'runs.log'), 'utf8')
  .split('\n')
  .filter((l) => l.includes(' start ')).length;
const covered = builds.filter((b) => b.result === 'success').flatMap((b) => b.events.map((e) => e.id));
const coveredOnce =
  covered.length === ids.length &&
  new Set(covered).size === ids.length &&
  ids.every((id) => covered.includes(id));
const final = builds.at(-1);
const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number): string =>
  (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1);

console.log(
  `webhook storm: ${events} events over ${seconds} s, fake build ~${buildMs} ms, idle hold 150 ms, quiet 1000 ms, max wait 5000 ms`,
);
console.log(`responses: ${[...statuses].map(([s, n]) => `${n} x HTTP ${s}`).join(', ')}`);
console.log(`webhook latency ms: p50 ${pct(0.5)}, p95 ${pct(0.95)}, max ${pct(1)}`);
console.log(
  `builds run: ${runs} (history: ${builds.length}; results: ${builds.map((b) => b.result).join(', ')})`,
);
for (const b of builds) {
  const first = b.events[0]?.id;
  const last = b.events.at(-1)?.id;
  console.log(
    `  build ${b.number}: events ${first}..${last} (${b.events.length}), started +${((Date.parse(b.startedAt) - wallT0) / 1000).toFixed(2)} s, took ${b.durationMs} ms`,
  );
}
console.log(`every accepted event covered exactly once: ${coveredOnce ? 'yes' : 'NO'}`);
console.log(
  `final build covered the last event (${lastEventId}): ${final?.result === 'success' && final.events.some((e) => e.id === lastEventId) ? 'yes' : 'NO'}`,
);
console.log(
  `last event sent -> live: ${((idleAt - lastSentAt) / 1000).toFixed(2)} s; storm start -> idle: ${((idleAt - t0) / 1000).toFixed(2)} s`,
);

await cleanUp();
