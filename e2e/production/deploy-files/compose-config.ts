/**
 * Runs a real Compose parser on the repository's docker-compose.yml: Debian's docker-compose
 * (1.29, which needs no Docker engine for `config`), with only the variables a test gives it
 * (a clean environment and its own env file, never the checkout's .env), and reads the result.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const COMPOSE_FILE = path.join(REPO_ROOT, 'docker-compose.yml');
// Debian's, which docker-compose itself runs on: its YAML module is there whenever Compose is.
const PYTHON = '/usr/bin/python3';
const YAML_TO_JSON = 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)';

export type ConfigRun = { status: number | null; stdout: string; stderr: string };

const composeBinary = (): string => {
  const found = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' });
  const binary = found.stdout.trim();
  if (found.status !== 0 || binary === '') {
    throw new Error('docker-compose is not installed: `apt-get install -y docker-compose` (Debian)');
  }
  return binary;
};

/** `docker-compose config [args]` with exactly `vars` as the project's environment. */
export const runComposeConfig = async (
  vars: Readonly<Record<string, string>>,
  args: string[] = [],
): Promise<ConfigRun> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'compose-config-'));
  try {
    const envFile = path.join(dir, 'env');
    await writeFile(
      envFile,
      Object.entries(vars)
        .map(([name, value]) => `${name}=${value}\n`)
        .join(''),
    );
    return await new Promise<ConfigRun>((resolve, reject) => {
      execFile(
        composeBinary(),
        ['--project-directory', REPO_ROOT, '-f', COMPOSE_FILE, '--env-file', envFile, 'config', ...args],
        // PATH only: a variable set in the shell that runs the tests would win over the env file.
        { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir }, encoding: 'utf8' },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') reject(error);
          else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Compose prints YAML (1.29 has no JSON output): read it with the YAML module Compose uses. */
export const yamlToJson = (yaml: string): unknown => {
  const result = spawnSync(PYTHON, ['-c', YAML_TO_JSON], { input: yaml, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`YAML could not be read: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
};

/** The resolved configuration; throws with Compose's own message when it refuses the file. */
export const composeConfig = async (vars: Readonly<Record<string, string>>): Promise<unknown> => {
  const run = await runComposeConfig(vars);
  if (run.status !== 0) throw new Error(`docker-compose config failed (${run.status}): ${run.stderr}`);
  return yamlToJson(run.stdout);
};

/**
 * Why Compose refused to interpolate, without the rest of its message: docker-compose 1.29 first
 * prints the service's whole uninterpolated environment (every other `${…:?…}` message in it).
 */
export const refusalReason = (stderr: string): string => {
  const last = stderr.trim().split('\n').at(-1) ?? '';
  return /in service "[^"]+": (.*)$/.exec(last)?.[1] ?? last;
};
