/**
 * A file name safe in a URL on any host: lower-case ASCII letters, digits and dashes, plus the
 * extension. Names with nothing ASCII left (e.g. an Arabic title) become "file".
 */
export const safeExtension = (ext: string | null | undefined, name: string): string => {
  const raw = (ext ?? '').replace(/^\./, '') || (name.includes('.') ? (name.split('.').pop() ?? '') : '');
  const clean = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
  return clean.length > 0 && clean.length <= 10 ? clean : 'bin';
};

export const safeFileName = (name: string, ext: string): string => {
  const withoutExt = name.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  const base = withoutExt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'file'}.${ext}`;
};
