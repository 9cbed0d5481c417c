/** Structured logs: one JSON object per line, `{"time","level","msg",...fields}`. */
import { type LogLevel } from './config.ts';

export type LogFields = Record<string, unknown>;
export type Logger = Record<LogLevel, (msg: string, fields?: LogFields) => void>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const errorFields = (fields: LogFields): LogFields => {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { name: value.name, message: value.message } : value;
  }
  return out;
};

export const createLogger = (
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger => {
  const log =
    (lineLevel: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (RANK[lineLevel] < RANK[level]) return;
      write(
        `${JSON.stringify({ time: new Date().toISOString(), level: lineLevel, msg, ...errorFields(fields) })}\n`,
      );
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
};

/** Keeps log lines in memory: for tests, which assert on what was logged. */
export const createMemoryLogger = (): Logger & {
  lines: Array<LogFields & { level: LogLevel; msg: string }>;
} => {
  const lines: Array<LogFields & { level: LogLevel; msg: string }> = [];
  const log =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      lines.push({ ...errorFields(fields), level, msg });
    };
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
};
