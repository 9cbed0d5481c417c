/**
 * For the backup tests: what an archive holds, and an archive as the backup tool wrote them
 * before it left webhooks and credentials out (Strapi's engine with only the CLI's type filter),
 * to prove a restore refuses what such an archive still carries.
 */
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as dt from '@strapi/data-transfer';
import type { Core } from '@strapi/strapi';

/** The archive decrypted and decompressed: the tar's bytes, every file's content in them as written. */
export const archiveTarBytes = async (file: string, key: string): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline(
    createReadStream(file),
    dt.utils.encryption.createDecryptionCipher(key),
    createGunzip(),
    collect,
  );
  return Buffer.concat(chunks);
};

/** Writes `<stem>.tar.gz.enc` of a running CMS with all its configuration, webhooks included. */
export const exportEverything = async (strapi: Core.Strapi, stem: string, key: string): Promise<string> => {
  const kept = (uid: string): boolean => !dt.strapi.isIgnoredOfficialTransferType(uid);
  const engine = dt.engine.createTransferEngine(
    dt.strapi.providers.createLocalStrapiSourceProvider({
      getStrapi: async () => strapi,
      autoDestroy: false,
    }),
    dt.file.providers.createLocalFileDestinationProvider({
      file: { path: stem },
      encryption: { enabled: true, key },
      compression: { enabled: true },
    }),
    {
      versionStrategy: 'ignore',
      schemaStrategy: 'ignore',
      transforms: {
        entities: [{ filter: (entity) => kept(entity.type) }],
        links: [{ filter: (link) => kept(link.left.type) && kept(link.right.type) }],
      },
    },
  );
  await engine.transfer();
  return `${stem}.tar.gz.enc`;
};
