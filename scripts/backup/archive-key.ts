/**
 * Tells at once whether a key opens an archive, before any CMS is loaded: the first block,
 * decrypted with Strapi's own cipher for the key, must start a gzip stream. A wrong key passes
 * this by chance about once in 16 million tries, and Strapi's reader still fails on it later.
 */
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { dataTransfer } from './data-transfer.ts';

export type KeyCheck = 'opens' | 'does-not-open' | 'not-an-archive';

const GZIP_MAGIC = [0x1f, 0x8b, 0x08]; // gzip, deflate
const BLOCK = 16; // AES block size: the encrypted archive is a whole number of them

const firstBytes = (file: string, count: number): Buffer => {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const read = readSync(fd, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
};

export const checkArchiveKey = (file: string, key: string): KeyCheck => {
  const { size } = statSync(file);
  if (size < 2 * BLOCK || size % BLOCK !== 0) return 'not-an-archive';
  const decipher = dataTransfer().utils.encryption.createDecryptionCipher(key);
  // Two blocks in, so the cipher (which holds back the last block for padding) gives out the first.
  const head = decipher.update(firstBytes(file, 2 * BLOCK));
  return GZIP_MAGIC.every((byte, i) => head[i] === byte) ? 'opens' : 'does-not-open';
};
