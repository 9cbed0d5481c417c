import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archiveStem, formatBytes, partialStem, publishArchive } from '../archive-file.ts';
import { BackupEnvError, parseBackupEnv } from '../env.ts';

describe('env', () => {
  const key = 'a-long-enough-backup-key';

  it('has the documented defaults, relative to the repository', () => {
    expect(parseBackupEnv({ BACKUP_ENCRYPTION_KEY: key }, '/repo')).toEqual({
      encryptionKey: key,
      backupDir: '/repo/backups',
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
