import { flagValue } from '../astro-args';

describe("the build command's reading of Astro's arguments", () => {
  it('reads a flag in either of the forms Astro takes, and nothing else', () => {
    expect(flagValue(['--root', '/site', '--outDir', '/out'], 'outDir')).toBe('/out');
    expect(flagValue(['--outDir=/out dir', '--force'], 'outDir')).toBe('/out dir');
    expect(flagValue(['--outDirectory', '/elsewhere'], 'outDir')).toBeUndefined();
    expect(flagValue(['--outDir'], 'outDir')).toBeUndefined();
    expect(flagValue(['--force'], 'root')).toBeUndefined();
  });
});
