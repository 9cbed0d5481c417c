/**
 * Backup and restore, round trip, with the real commands: a CMS with the demo content (entries
 * in five languages, drafts and published versions, relations, components, media) is backed up
 * by `scripts/backup/backup.ts` while it runs; the archive is restored by
 * `scripts/backup/restore.ts` into a fresh, empty database and uploads folder; then every
 * document, media record and uploaded file's bytes must be the same as before. Archives carry no
 * webhook (with the rebuild service's secret) and no credential, and a restore never brings one
 * back, even from an archive that holds them; the backup keeps the newest BACKUP_KEEP archives.
 *
 * The tests share one round trip (about a minute) and run in order.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SITE_CONTENT_TYPES, SITE_LOCALES } from '../src/content/site-content-types';
import { seedDemoContent } from '../src/seed';
import { archiveTarBytes, exportEverything } from './helpers/archive-contents';
import { createStorage, runBackupScript, type CommandResult, type Storage } from './helpers/backup-commands';
import { snapshotDifferences, takeSnapshot, type Snapshot } from './helpers/content-snapshot';
import { minimalContent } from './helpers/content';
import { startTestCms, type TestCms } from './helpers/strapi';

type Doc = Record<string, unknown> & { documentId: string };
type Documents = {
  findFirst: (params: Record<string, unknown>) => Promise<Doc | null>;
  create: (params: Record<string, unknown>) => Promise<Doc>;
  update: (params: Record<string, unknown>) => Promise<Doc | null>;
};

const ARTICLE = 'api::article.article';
const PAGE = 'api::page.page';
const KEY = 'round-trip-test-key-0123456789';
// What no archive may carry: the secret the CMS's webhook sends the rebuild service, and a
// login provider's client secret kept in the core store.
const WEBHOOK_SECRET = 'source-webhook-secret-8f3a1c9e27d4';
const OAUTH_SECRET = 'source-oauth-client-secret-5b7e0d2f';

type Webhook = { id: string; name: string; url: string; headers: Record<string, string>; events: string[] };
type WebhookStore = {
  findWebhooks: () => Promise<Webhook[]>;
  createWebhook: (data: Omit<Webhook, 'id'> & { isEnabled: boolean }) => Promise<Webhook>;
};
type Grant = Record<string, Record<string, unknown>>;
const grantStore = (cms: TestCms) =>
  cms.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'grant' });
const webhookStore = (cms: TestCms) => cms.strapi.get('webhookStore') as WebhookStore;

jest.setTimeout(180_000);

describe('backup and restore', () => {
  let workDir: string;
  let backupDir: string;
  let source: Storage;
  let target: Storage;
  let restored: TestCms | undefined;
  let before: Snapshot;
  let after: Snapshot;
  let backup: CommandResult;
  let restore: CommandResult;
  let archive: string;
  /** An archive as the tool wrote them before webhooks and credentials were left out. */
  let oldArchive: string;
  const docs = (cms: TestCms, uid: string) => cms.strapi.documents(uid as never) as unknown as Documents;
  // Into a database that had rows, Strapi's import gives restored rows new numeric ids. The seed
  // ledger records its files by numeric id (cms/src/seed/ledger.ts), so after a forced restore
  // only those references may differ; the files themselves, and everything else, must not.
  const ledgerFilesAside = (s: Snapshot): Snapshot => ({
    ...s,
    seedLedger: Object.fromEntries(
      Object.entries(s.seedLedger as Record<string, { file?: string }>).map(([k, { file: _file, ...e }]) => [
        k,
        e,
      ]),
    ),
  });
  const run = (script: 'backup.ts' | 'restore.ts', args: string[], storage: Storage, key = KEY) =>
    runBackupScript(script, args, { storage, backupDir, key });

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'backuptest-work-'));
    backupDir = path.join(workDir, 'backups');
    source = await createStorage();
    target = await createStorage();

    const cms = await startTestCms({ env: source.env });
    try {
      await seedDemoContent(cms.strapi);
      // Beyond the seed: a published article whose draft has moved on since, and a page that only
      // exists as drafts, in English and Farsi.
      const article = await docs(cms, ARTICLE).findFirst({ locale: 'en', status: 'published' });
      await docs(cms, ARTICLE).update({
        documentId: article?.documentId,
        locale: 'en',
        data: { title: 'A draft edited after publishing' },
      });
      const page = await docs(cms, PAGE).create({ locale: 'en', data: minimalContent[PAGE]('draft-only') });
      await docs(cms, PAGE).update({
        documentId: page.documentId,
        locale: 'fa',
        data: minimalContent[PAGE]('draft-only-fa'),
      });
      // The instance's webhook to the rebuild service, and a login provider's secret.
      await webhookStore(cms).createWebhook({
        name: 'Website rebuild',
        url: 'http://rebuild.source.test/webhook',
        headers: { Authorization: `Bearer ${WEBHOOK_SECRET}` },
        events: ['entry.publish'],
        isEnabled: true,
      });
      const grant = (await grantStore(cms).get()) as Grant;
      await grantStore(cms).set({ value: { ...grant, github: { ...grant.github, secret: OAUTH_SECRET } } });
      before = await takeSnapshot(cms.strapi);
      // While the CMS runs, as an operator would back up a live site.
      backup = await run('backup.ts', [], source);
      oldArchive = await exportEverything(cms.strapi, path.join(workDir, 'made-the-old-way'), KEY);
    } finally {
      await cms.stop();
    }
    archive = backup.stdout.split(' (')[0] ?? '';
    restore = await run('restore.ts', [archive], target);
    restored = await startTestCms({ env: target.env });
    after = await takeSnapshot(restored.strapi);
  });

  afterAll(async () => {
    await restored?.stop();
    await source?.drop();
    await target?.drop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('backs up into one encrypted archive and prints its path and size', () => {
    expect({ code: backup.code, stderr: backup.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(backup.stdout).toMatch(/^\/.+\/cms-backup-\d{8}-\d{6}Z\.tar\.gz\.enc \(\d+(\.\d)? (kB|MB)\)$/);
    expect(path.dirname(archive)).toBe(backupDir);
    // Only the archive: nothing half-written left beside it.
    expect(readdirSync(backupDir)).toEqual([path.basename(archive)]);
    const bytes = readFileSync(archive);
    expect(bytes.length).toBeGreaterThan(100_000); // the demo PDFs and images are in it
    // Encrypted: neither gzip nor tar nor any readable text of the content.
    expect(bytes.subarray(0, 2)).not.toEqual(Buffer.from([0x1f, 0x8b]));
    expect(bytes.includes(Buffer.from('A draft edited after publishing'))).toBe(false);
    expect(bytes.includes(Buffer.from('%PDF'))).toBe(false);
    process.stderr.write(`[backup] ${backup.ms} ms, ${backup.stdout}\n[restore] ${restore.ms} ms\n`);
  });

  it('carries no webhook and no credential: neither the rebuild secret nor a login provider secret', async () => {
    const tar = await archiveTarBytes(archive, KEY);
    // The configuration is there (so the search below reads the right part)…
    expect(tar.includes(Buffer.from('plugin_users-permissions_grant'))).toBe(true);
    // …without either secret, anywhere in any file of the archive.
    expect(tar.includes(Buffer.from(WEBHOOK_SECRET))).toBe(false);
    expect(tar.includes(Buffer.from(OAUTH_SECRET))).toBe(false);
    expect(tar.includes(Buffer.from('rebuild.source.test'))).toBe(false);
    // The same search finds both in an archive made the old way: it can fail.
    const old = await archiveTarBytes(oldArchive, KEY);
    expect(old.includes(Buffer.from(WEBHOOK_SECRET))).toBe(true);
    expect(old.includes(Buffer.from(OAUTH_SECRET))).toBe(true);
  });

  it('had real content to prove the round trip on: every type, five languages, drafts, relations, files', () => {
    const keys = Object.keys(before.documents);
    for (const uid of SITE_CONTENT_TYPES) expect(keys.some((k) => k.startsWith(`${uid} `))).toBe(true);
    for (const { code } of SITE_LOCALES)
      expect(keys.some((k) => k.includes(` ${code} published`))).toBe(true);
    expect(keys.filter((k) => k.endsWith(' draft')).length).toBeGreaterThan(100);
    // Every database row of every site type is one of the documents compared.
    expect(Object.keys(before.documents).length).toBe(Object.values(before.rows).reduce((a, b) => a + b, 0));
    const articles = Object.values(before.documents) as Array<{
      topics?: unknown[];
      cover?: { image?: unknown };
    }>;
    expect(articles.some((a) => (a.topics?.length ?? 0) > 0 && a.cover?.image)).toBe(true);
    expect(Object.keys(before.files).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(before.disk).length).toBeGreaterThan(Object.keys(before.files).length); // formats too
    expect(before.seedLedger).not.toBeNull();
  });

  it('restores into an empty instance: every entry, relation, translation and file comes back the same', () => {
    expect({ code: restore.code, stderr: restore.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(restore.stdout).toContain(`Restored ${archive}`);
    expect(snapshotDifferences(before, after)).toEqual([]);
  });

  it('would notice a lost translation, relation or file (the comparison itself can fail)', () => {
    const broken = JSON.parse(JSON.stringify(before)) as Snapshot;
    const farsi = Object.keys(broken.documents).filter((k) => k.includes(' fa '));
    for (const key of farsi) delete broken.documents[key];
    const withTopics = Object.keys(broken.documents).find(
      (k) =>
        k.startsWith(`${ARTICLE} `) &&
        ((broken.documents[k] as { topics: unknown[] }).topics?.length ?? 0) > 0,
    ) as string;
    (broken.documents[withTopics] as { topics: unknown[] }).topics.pop();
    const [firstFile] = Object.keys(broken.disk) as [string];
    broken.disk[firstFile] = `0 ${'0'.repeat(64)}`;

    const found = snapshotDifferences(before, broken);
    expect(found).toHaveLength(farsi.length + 2);
    expect(found).toContainEqual(expect.stringMatching(`^documents: ${withTopics} differs in topics \\(`));
    expect(found).toContainEqual(expect.stringMatching(`^disk: ${firstFile} differs in value \\(`));
  });

  it('refuses to restore into an instance that holds content, says why, and changes nothing', async () => {
    const refused = await run('restore.ts', [archive], target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Restore refused: the CMS is not empty');
    expect(refused.stderr).toMatch(/News article \d+/);
    expect(refused.stderr).toContain(`npm run restore -- ${archive} --force`);
    expect(snapshotDifferences(after, await takeSnapshot(restored!.strapi))).toEqual([]);
  });

  it('with --force, replaces what the instance holds with the backup', async () => {
    const extra = await docs(restored!, PAGE).create({ locale: 'en', data: minimalContent[PAGE]('after') });
    const forced = await run('restore.ts', [archive, '--force'], target);
    expect({ code: forced.code, stderr: forced.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const now = await takeSnapshot(restored!.strapi);
    expect(Object.keys(now.documents).some((k) => k.includes(extra.documentId))).toBe(false);
    expect(snapshotDifferences(ledgerFilesAside(before), ledgerFilesAside(now))).toEqual([]);
  });

  it("never brings a webhook or a credential back, even from an archive holding them, and keeps the instance's own webhooks", async () => {
    const fromFirstRestore = await webhookStore(restored!).findWebhooks();
    expect(fromFirstRestore.filter((w) => w.url.includes('rebuild.source.test'))).toEqual([]);
    const own = await webhookStore(restored!).createWebhook({
      name: 'Website rebuild',
      url: 'http://rebuild.target.test/webhook',
      headers: { Authorization: 'Bearer target-own-webhook-secret-0123' },
      events: ['entry.publish'],
      isEnabled: true,
    });
    const webhooksBefore = await webhookStore(restored!).findWebhooks();
    expect(webhooksBefore).toContainEqual(own);

    const forced = await run('restore.ts', [oldArchive, '--force'], target);
    expect({ code: forced.code, stderr: forced.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(await webhookStore(restored!).findWebhooks()).toEqual(webhooksBefore);
    const grant = (await grantStore(restored!).get()) as Grant;
    expect(grant.github).toEqual(expect.objectContaining({ secret: '' }));
    // The content itself did come back.
    const now = await takeSnapshot(restored!.strapi);
    expect(snapshotDifferences(ledgerFilesAside(before), ledgerFilesAside(now))).toEqual([]);
  });

  it('fails clearly on a wrong key, a missing file or a file that is no archive, and changes nothing', async () => {
    const wrongKey = await run('restore.ts', [archive], target, 'another-key-0123456789abcdef');
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toBe(
      `Restore failed: BACKUP_ENCRYPTION_KEY does not open ${archive}: the backup was made with another key ` +
        '(set BACKUP_ENCRYPTION_KEY to that one), or the file is not a backup. Nothing was changed.',
    );

    const missing = path.join(backupDir, 'no-such-backup.tar.gz.enc');
    const notThere = await run('restore.ts', [missing], target);
    expect(notThere.code).toBe(1);
    expect(notThere.stderr).toBe(`Restore failed: there is no file ${missing}`);

    const notArchive = await run('restore.ts', [path.join(__dirname, 'backup.test.ts')], target);
    expect(notArchive.code).toBe(1);
    expect(notArchive.stderr).toContain('is not an archive made by npm run backup');

    const now = await takeSnapshot(restored!.strapi);
    expect(snapshotDifferences(ledgerFilesAside(before), ledgerFilesAside(now))).toEqual([]);
  });

  it('refuses a missing, short or placeholder key before doing anything', async () => {
    for (const [key, message] of [
      ['', 'BACKUP_ENCRYPTION_KEY is empty'],
      ['short-key', 'BACKUP_ENCRYPTION_KEY is too short (at least 16 characters)'],
      ['tobemodified-tobemodified', 'BACKUP_ENCRYPTION_KEY is still a placeholder value'],
    ] as const) {
      const result = await run('backup.ts', [], source, key);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
    }
    expect(readdirSync(backupDir)).toEqual([path.basename(archive)]);
  });

  it('keeps the newest BACKUP_KEEP archives after a backup, and touches nothing else in the folder', async () => {
    const dir = path.join(workDir, 'rotation');
    mkdirSync(dir);
    const older = ['01', '02', '03'].map((day) => `cms-backup-202001${day}-000000Z.tar.gz.enc`);
    for (const name of [...older, 'README.txt']) writeFileSync(path.join(dir, name), name);
    const result = await runBackupScript('backup.ts', [], {
      storage: source,
      backupDir: dir,
      key: KEY,
      extra: { BACKUP_KEEP: '2' },
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const made = path.basename(result.stdout.split(' (')[0] ?? '');
    expect(readdirSync(dir).sort()).toEqual(['README.txt', older[2], made].sort());
    expect(result.stderr).toContain('Kept the newest 2 archives (BACKUP_KEEP)');
  });
});
