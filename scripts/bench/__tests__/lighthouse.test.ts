import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { runLighthouse } from '../lib/lighthouse.ts';

describe('the Lighthouse run', () => {
  it('names a missing Chromium before it starts anything, and leaves no profile behind', async () => {
    const saved = process.env.CHROME_PATH;
    const profiles = () =>
      readdirSync(os.tmpdir()).filter((name) => name.startsWith('bench-chromium-')).length;
    const before = profiles();
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      expect(existsSync(process.env.CHROME_PATH)).toBe(false);
      await expect(runLighthouse(['http://127.0.0.1:9/'], 1)).rejects.toThrow(
        /Lighthouse needs Chromium at \/nonexistent\/chromium: apt-get install -y chromium/,
      );
      expect(profiles()).toBe(before);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });
});
