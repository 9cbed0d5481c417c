/** The generated nginx files in deploy/nginx are what their sources say, and rendering is strict. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOWNLOAD_TYPES } from '../../../web/src/lib/cms/files/download-types.ts';
import { securityHeaders } from '../../rebuild/security-headers.ts';
import { readTemplate, renderNginxConf, renderSecurityHeaders, staleFiles } from '../nginx-config.ts';

const ROOT = path.resolve(__dirname, '../../..');

describe('deploy/nginx', () => {
  it('is up to date with its sources in scripts/rebuild and nginx.conf.template', () => {
    // When this fails: node scripts/prod/render-nginx.ts, and commit the result.
    expect(staleFiles(ROOT)).toEqual([]);
  });

  it('sends every header of security-headers.ts, on error responses too', () => {
    const conf = readFileSync(path.join(ROOT, 'deploy/nginx/security-headers.conf'), 'utf8');
    for (const [name, value] of Object.entries(securityHeaders())) {
      expect(conf).toContain(`add_header ${name} "${value}" always;\n`);
    }
  });

  it('includes the headers in the server and adds no header in a location (which would drop them)', () => {
    const site = readFileSync(path.join(ROOT, 'deploy/nginx/site.conf'), 'utf8');
    const serverLevel = site.split(/^location /m)[0] ?? '';
    expect(serverLevel).toContain('include security-headers.conf;');
    expect(site).toMatch(/^include downloads\.conf;$/m);
    for (const name of ['site.conf', 'downloads.conf']) {
      const conf = readFileSync(path.join(ROOT, 'deploy/nginx', name), 'utf8');
      const locations = conf.split(/^location /m).slice(1);
      expect([name, locations.length > 0]).toEqual([name, true]);
      for (const location of locations)
        expect([name, location]).not.toEqual([name, expect.stringMatching(/\badd_header\b/)]);
    }
  });

  it('sends /files/ by the rules of web/src/lib/cms/files/download-types.ts', () => {
    const conf = readFileSync(path.join(ROOT, 'deploy/nginx/downloads.conf'), 'utf8');
    for (const type of DOWNLOAD_TYPES) {
      expect(conf).toContain(`        ${type.contentType} ${type.extensions.join(' ')};\n`);
    }
    expect(conf).toContain('    default_type application/octet-stream;\n');
    expect(conf).toContain('add_header Content-Disposition $content_disposition always;\n');
  });
});

describe('renderNginxConf', () => {
  const template = readTemplate(ROOT);

  it('fills listen, root and the optional user', () => {
    const conf = renderNginxConf(template, { listen: '127.0.0.1:8081', root: '/srv/x/current', user: 'ci' });
    expect(conf).toContain('listen 127.0.0.1:8081 default_server;');
    expect(conf).toContain('root /srv/x/current;');
    expect(conf).toMatch(/^user ci;$/m);
    expect(renderNginxConf(template, { listen: '8080', root: '/r' })).not.toMatch(/^user /m);
  });

  it('refuses values that would change the config’s meaning, and unfilled placeholders', () => {
    expect(() => renderNginxConf(template, { listen: '8080', root: '/a b' })).toThrow(/root/);
    expect(() => renderNginxConf(template, { listen: '8080; evil', root: '/r' })).toThrow(/listen/);
    expect(() => renderNginxConf(`${template}{{extra}}`, { listen: '8080', root: '/r' })).toThrow(
      /\{\{extra\}\}/,
    );
  });

  it('refuses a header value nginx would not take literally', () => {
    expect(renderSecurityHeaders({ 'X-Ok': "a 'b'; c" })).toContain(`add_header X-Ok "a 'b'; c" always;`);
    for (const value of ['say "hi"', 'cost $5', 'a\\b', 'two\nlines']) {
      expect(() => renderSecurityHeaders({ 'X-Bad': value })).toThrow(/X-Bad/);
    }
  });
});
