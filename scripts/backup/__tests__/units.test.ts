import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { blankCredentials, keepsConfigurationItem, withoutCredentials } from '../archive-config.ts';
import {
  archiveStem,
  archivesNewestFirst,
  formatBytes,
  partialStem,
  publishArchive,
  rotateArchives,
} from '../archive-file.ts';
import { BackupEnvError, DEFAULT_KEEP, parseBackupEnv } from '../env.ts';

describe('env', () => {
  const key = 'a-long-enough-backup-key';

  it('has the documented defaults, relative to the repository', () => {
    expect(parseBackupEnv({ BACKUP_ENCRYPTION_KEY: key }, '/repo')).toEqual({
      encryptionKey: key,
      backupDir: '/repo/backups',
      keep: DEFAULT_KEEP,
      cmsDistDir: undefined,
      invokedFrom: '/repo',
    });
    expect(
      parseBackupEnv({ BACKUP_ENCRYPTION_KEY: key, BACKUP_DIR: '/srv/backups' }, '/repo').backupDir,
    ).toBe('/srv/backups');
  });

  it.each([
    [undefined, 'BACKUP_ENCRYPTION_KEY is missing'],
    ['   ', 'BACKUP_ENCRYPTION_KEY is empty'],
    ['fifteen-chars-x', 'BACKUP_ENCRYPTION_KEY is too short (at least 16 characters)'],
    ['tobemodified', 'BACKUP_ENCRYPTION_KEY is too short'],
    ['replace-with-a-real-key', 'BACKUP_ENCRYPTION_KEY is still a placeholder value'],
    ['xxxxxxxxxxxxxxxxxxxx', 'BACKUP_ENCRYPTION_KEY is still a placeholder value'],
  ])('refuses the key %j, by name', (value, message) => {
    expect(() => parseBackupEnv({ BACKUP_ENCRYPTION_KEY: value }, '/repo')).toThrow(BackupEnvError);
    expect(() => parseBackupEnv({ BACKUP_ENCRYPTION_KEY: value }, '/repo')).toThrow(message);
  });

  it('keeps BACKUP_KEEP archives (0: all), and refuses anything but a whole number', () => {
    const keep = (value: string | undefined) =>
      parseBackupEnv({ BACKUP_ENCRYPTION_KEY: key, BACKUP_KEEP: value }, '/repo').keep;
    expect([keep(undefined), keep(''), keep('3'), keep('0')]).toEqual([DEFAULT_KEEP, DEFAULT_KEEP, 3, 0]);
    for (const bad of ['-1', '2.5', 'seven'])
      expect(() => keep(bad)).toThrow('BACKUP_KEEP must be a whole number, 0 or more');
  });
});

describe('archive files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'backup-units-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const written = (content: string): string => {
    const file = `${partialStem(dir, 'x')}.tar.gz.enc`;
    writeFileSync(file, content);
    return file;
  };

  it('names archives by UTC time, so they sort in time order', () => {
    expect(archiveStem(new Date('2025-01-31T23:59:58.900Z'))).toBe('cms-backup-20250131-235958Z');
  });

  it('gives a finished archive its name and leaves no temporary file', () => {
    const target = publishArchive(written('first'), dir, 'cms-backup-1');
    expect(target).toBe(path.join(dir, 'cms-backup-1.tar.gz.enc'));
    expect(readdirSync(dir)).toEqual(['cms-backup-1.tar.gz.enc']);
  });

  it('never overwrites an archive: a second one in the same second gets the next free name', () => {
    publishArchive(written('first'), dir, 'cms-backup-1');
    writeFileSync(path.join(dir, 'cms-backup-1-2.tar.gz.enc'), 'someone else');
    const third = publishArchive(written('third'), dir, 'cms-backup-1');
    expect(path.basename(third)).toBe('cms-backup-1-3.tar.gz.enc');
    expect(readFileSync(path.join(dir, 'cms-backup-1.tar.gz.enc'), 'utf8')).toBe('first');
    expect(readFileSync(path.join(dir, 'cms-backup-1-2.tar.gz.enc'), 'utf8')).toBe('someone else');
    expect(readFileSync(third, 'utf8')).toBe('third');
    expect(readdirSync(dir).sort()).toEqual([
      'cms-backup-1-2.tar.gz.enc',
      'cms-backup-1-3.tar.gz.enc',
      'cms-backup-1.tar.gz.enc',
    ]);
  });

  it('says sizes in words an operator reads', () => {
    expect([formatBytes(12), formatBytes(523_376), formatBytes(5 * 1024 ** 2)]).toEqual([
      '12 bytes',
      '511 kB',
      '5.0 MB',
    ]);
  });
});

describe('rotation', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'backup-rotation-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const archive = (name: string): string => {
    writeFileSync(path.join(dir, name), name);
    return path.join(dir, name);
  };

  it('orders archives by the time in their name, a second backup of the same second after the first', () => {
    expect(
      archivesNewestFirst([
        'cms-backup-20250101-000000Z.tar.gz.enc',
        'cms-backup-20250102-000000Z-2.tar.gz.enc',
        'notes.txt',
        'cms-backup-20250102-000000Z.tar.gz.enc',
        'cms-backup-20250102-000000Z-10.tar.gz.enc',
        '.cms-backup-20250103-000000Z.partial-12.tar.gz.enc',
      ]),
    ).toEqual([
      'cms-backup-20250102-000000Z-10.tar.gz.enc',
      'cms-backup-20250102-000000Z-2.tar.gz.enc',
      'cms-backup-20250102-000000Z.tar.gz.enc',
      'cms-backup-20250101-000000Z.tar.gz.enc',
    ]);
  });

  it('keeps exactly the newest N archives and touches nothing else in the folder', () => {
    for (const day of ['01', '02', '03', '04']) archive(`cms-backup-202501${day}-000000Z.tar.gz.enc`);
    archive('notes.txt');
    archive('cms-backup-copy.tar.gz.enc');
    const newest = archive('cms-backup-20250105-000000Z.tar.gz.enc');
    const removed = rotateArchives(dir, 3, newest);
    expect(removed.map((f) => path.basename(f))).toEqual([
      'cms-backup-20250102-000000Z.tar.gz.enc',
      'cms-backup-20250101-000000Z.tar.gz.enc',
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      'cms-backup-20250103-000000Z.tar.gz.enc',
      'cms-backup-20250104-000000Z.tar.gz.enc',
      'cms-backup-20250105-000000Z.tar.gz.enc',
      'cms-backup-copy.tar.gz.enc',
      'notes.txt',
    ]);
  });

  it('never deletes the archive just written, even when its name looks older (a clock set back)', () => {
    for (const day of ['10', '11']) archive(`cms-backup-202501${day}-000000Z.tar.gz.enc`);
    const written = archive('cms-backup-20250101-000000Z.tar.gz.enc');
    rotateArchives(dir, 1, written);
    expect(readdirSync(dir)).toEqual(['cms-backup-20250101-000000Z.tar.gz.enc']);
  });

  it('deletes nothing with 0 (keep every archive)', () => {
    for (const day of ['01', '02', '03']) archive(`cms-backup-202501${day}-000000Z.tar.gz.enc`);
    expect(rotateArchives(dir, 0, path.join(dir, 'cms-backup-20250103-000000Z.tar.gz.enc'))).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(3);
  });
});

describe('configuration an archive carries', () => {
  it('leaves webhooks out (they hold the rebuild service secret), keeps the core store', () => {
    const webhook = {
      type: 'webhook',
      value: { url: 'http://x', headers: { Authorization: 'Bearer s3cret' } },
    };
    expect(keepsConfigurationItem(webhook)).toBe(false);
    expect(keepsConfigurationItem({ type: 'core-store', value: {} })).toBe(true);
  });

  it('blanks credentials stored in the core store, whatever their casing, and nothing else', () => {
    const grant = {
      type: 'core-store',
      value: {
        id: 7,
        key: 'plugin_users-permissions_grant',
        value: {
          email: { enabled: true, icon: 'envelope' },
          github: { enabled: true, key: 'client-id', secret: 'gh-secret', callback: '/auth/github' },
          other: [{ client_secret: 'x1', Api_Key: 'x2', accessToken: 'x3', password: '' }],
        },
      },
    };
    expect(withoutCredentials(grant)).toEqual({
      type: 'core-store',
      value: {
        id: 7,
        key: 'plugin_users-permissions_grant',
        value: {
          email: { enabled: true, icon: 'envelope' },
          github: { enabled: true, key: 'client-id', secret: '', callback: '/auth/github' },
          other: [{ client_secret: '', Api_Key: '', accessToken: '', password: '' }],
        },
      },
    });
    // A setting about passwords is not a password; a schema describing a password field is not one.
    const settings = {
      email_reset_password: 'https://example.org/reset',
      attributes: { password: { type: 'password', private: true } },
    };
    expect(blankCredentials(settings)).toEqual(settings);
  });
});
