/**
 * The nginx configuration of the public site, rendered from deploy/nginx/nginx.conf.template and
 * scripts/rebuild/security-headers.ts (the one source of the headers, shared with the rebuild
 * service's own site handler). The container's files are generated and checked in
 * (`node scripts/prod/render-nginx.ts`); start:prod renders its own at start-up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DOWNLOAD_TYPES,
  FILES_PREFIX,
  OPAQUE_TYPE,
  SAFE_DOWNLOAD_NAME,
} from '../../web/src/lib/cms/files/download-types.ts';
import { IMMUTABLE_CACHE, securityHeaders } from '../rebuild/security-headers.ts';

export const NGINX_DIR = (repoRoot: string): string => path.join(repoRoot, 'deploy', 'nginx');
export const TEMPLATE_FILE = 'nginx.conf.template';
/** Included by nginx.conf by relative path, so they sit beside it wherever it is rendered. */
export const INCLUDED_FILES = ['site.conf', 'security-headers.conf', 'downloads.conf'] as const;

export type NginxValues = {
  /** The `listen` argument: `8080`, `127.0.0.1:8080`. */
  listen: string;
  /** The live release: <REBUILD_DATA_DIR>/current. */
  root: string;
  /** Worker user; only for a master started as root (nginx ignores it otherwise). */
  user?: string;
};

/** The web image's values (deploy/web/Dockerfile; the compose file mounts the volume at /srv/site). */
export const CONTAINER_VALUES: NginxValues = { listen: '8080', root: '/srv/site/current' };

/** A value nginx reads literally inside double quotes: no quote, backslash, variable or newline. */
const quotable = (name: string, value: string): string => {
  if (/["\\$\n\r]/.test(value)) throw new Error(`${name} cannot be written into nginx config: ${value}`);
  return value;
};

/** A bare nginx token (listen, root, user): no whitespace, quote, brace or semicolon. */
const token = (name: string, value: string): string => {
  if (value === '' || /[\s"'{};$\\]/.test(value)) {
    throw new Error(`${name} cannot be written into nginx config as is: ${JSON.stringify(value)}`);
  }
  return value;
};

export const renderSecurityHeaders = (
  headers: Readonly<Record<string, string>> = securityHeaders(),
): string => {
  const lines = Object.entries(headers).map(
    ([name, value]) => `add_header ${token('header name', name)} "${quotable(name, value)}" always;`,
  );
  return [
    '# GENERATED from scripts/rebuild/security-headers.ts by scripts/prod/render-nginx.ts: do not edit.',
    '# `always`: error pages (404) get the same policy as pages.',
    ...lines,
    '',
  ].join('\n');
};

/**
 * The rules for CMS files under /files/ (web/src/lib/cms/files/download-types.ts), in the server
 * context: the Content-Disposition variable (a download unless an image or PDF, with the file's
 * own name when it needs no quoting; empty, so no header, everywhere else, the 404 page
 * included) and the location that sends only the allowed types as themselves.
 */
export const renderDownloads = (): string => {
  const prefix = FILES_PREFIX;
  const inline = DOWNLOAD_TYPES.filter((type) => type.inline).flatMap((type) => type.extensions);
  const safeName = SAFE_DOWNLOAD_NAME.source.replace(/^\^/, '').replace(/\$$/, '');
  const types = DOWNLOAD_TYPES.map((type) => `        ${type.contentType} ${type.extensions.join(' ')};`);
  return [
    '# GENERATED from web/src/lib/cms/files/download-types.ts by scripts/prod/render-nginx.ts: do not edit.',
    `# CMS files under ${prefix}: each allowed type as itself, anything else as bytes; images and PDFs`,
    '# shown, everything else downloaded. Included in the server context by site.conf.',
    'set $content_disposition "";',
    `if ($uri ~ "^${prefix}") {`,
    '    set $content_disposition "attachment";',
    '}',
    `if ($uri ~ "^${prefix}(?:.*/)?(${safeName})$") {`,
    '    set $content_disposition \'attachment; filename="$1"\';',
    '}',
    `if ($uri ~* "^${prefix}.*\\.(?:${inline.join('|')})$") {`,
    '    set $content_disposition "";',
    '}',
    'add_header Content-Disposition $content_disposition always;',
    '',
    `location ^~ ${prefix} {`,
    '    types {',
    ...types,
    '    }',
    `    default_type ${OPAQUE_TYPE};`,
    "    # Dotfiles stay private here too (a ^~ prefix skips the server's regex locations).",
    '    location ~ /\\. {',
    '        return 404;',
    '    }',
    '    # Content-hashed: a new content means a new URL, so browsers may keep these for a year.',
    `    location ~ "^${prefix}[A-Za-z0-9_-]{8,}/" {`,
    `        set $cache_control "${IMMUTABLE_CACHE}";`,
    '        try_files $uri =404;',
    '    }',
    '    try_files $uri =404;',
    '}',
    '',
  ].join('\n');
};

export const renderNginxConf = (template: string, values: NginxValues): string => {
  const user =
    values.user === undefined
      ? '# No `user`: the master runs unprivileged, and so do its workers.'
      : `# Workers run as the user that started nginx, like the other start:prod processes.\nuser ${token('user', values.user)};`;
  const filled = template
    .replaceAll('{{user}}', user)
    .replaceAll('{{listen}}', token('listen', values.listen))
    .replaceAll('{{root}}', token('root', values.root));
  const left = /\{\{\w+\}\}/.exec(filled);
  if (left) throw new Error(`${TEMPLATE_FILE}: no value for ${left[0]}`);
  return `# GENERATED from deploy/nginx/${TEMPLATE_FILE}: edit that, then run node scripts/prod/render-nginx.ts.\n${filled}`;
};

export const readTemplate = (repoRoot: string): string =>
  readFileSync(path.join(NGINX_DIR(repoRoot), TEMPLATE_FILE), 'utf8');

/** The checked-in generated files: name in deploy/nginx -> content they must have. */
export const generatedFiles = (repoRoot: string): Record<string, string> => ({
  'security-headers.conf': renderSecurityHeaders(),
  'downloads.conf': renderDownloads(),
  'nginx.conf': renderNginxConf(readTemplate(repoRoot), CONTAINER_VALUES),
});

/** Names of generated files that are missing or differ from what they should be. */
export const staleFiles = (repoRoot: string): string[] =>
  Object.entries(generatedFiles(repoRoot))
    .filter(([name, content]) => {
      try {
        return readFileSync(path.join(NGINX_DIR(repoRoot), name), 'utf8') !== content;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
