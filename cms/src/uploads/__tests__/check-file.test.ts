import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uploadTypeByMime } from '../allowed-types';
import { checkFile } from '../check-file';
import { contentNotAllowedMessage, nameDisagreesMessage, unsafeNameMessage } from '../refusal-messages';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ZIP = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');

describe('checkFile', () => {
  let dir: string;
  const file = (bytes: Buffer): string => {
    const filepath = path.join(dir, `f${Math.random().toString(36).slice(2)}`);
    writeFileSync(filepath, bytes);
    return filepath;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'check-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pdf = uploadTypeByMime('application/pdf');

  it.each([
    ['guide.pdf', 'guide.pdf'],
    ['GUIDE.PDF', 'GUIDE.pdf'],
    ['guide', 'guide.pdf'],
    ['guide.pdf.', 'guide.pdf'],
    ['guide.html.pdf', 'guide.html.pdf'],
    ['.pdf', 'file.pdf'],
    ['', 'file.pdf'],
  ])('takes PDF bytes named %j, to be stored as %j', async (name, storedName) => {
    expect(await checkFile({ name, filepath: file(PDF) })).toEqual({ ok: true, type: pdf, storedName });
  });

  it.each([
    ['guide.html', nameDisagreesMessage('.html', 'a PDF document', '.pdf')],
    ['guide.pdf.html', nameDisagreesMessage('.html', 'a PDF document', '.pdf')],
    ['GUIDE.XML', nameDisagreesMessage('.xml', 'a PDF document', '.pdf')],
    ['guide.png', nameDisagreesMessage('.png', 'a PDF document', '.pdf')],
    ['guide\u202Efdp.html', unsafeNameMessage()],
  ])('refuses PDF bytes named %j', async (name, message) => {
    expect(await checkFile({ name, filepath: file(PDF) })).toEqual({ ok: false, message });
  });

  it('refuses content of no allowed type, saying what it is when known', async () => {
    expect(await checkFile({ name: 'guide.docx', filepath: file(ZIP) })).toEqual({
      ok: false,
      message: contentNotAllowedMessage('a ZIP archive', '.docx', 'a Word document'),
    });
    expect(await checkFile({ name: 'page.html', filepath: file(Buffer.from('<html></html>')) })).toEqual({
      ok: false,
      message: contentNotAllowedMessage(undefined, '.html'),
    });
    expect(await checkFile({ name: 'notes', filepath: file(Buffer.from('notes')) })).toEqual({
      ok: false,
      message: contentNotAllowedMessage(undefined),
    });
  });
});
