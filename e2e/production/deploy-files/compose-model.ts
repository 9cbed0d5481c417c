/**
 * The parts of a resolved Compose configuration the deployment tests look at, in one shape
 * whether it came from docker-compose 1.29 (short strings: `127.0.0.1:1337:1337/tcp`,
 * `uploads:/app/…:rw`) or Compose v2 (long objects).
 */
export type Port = { hostIp: string | undefined; published: string | undefined; target: number };
export type Mount = { type: 'volume' | 'bind' | 'other'; source: string; target: string; readOnly: boolean };
export type Service = {
  name: string;
  image: string | undefined;
  /** Relative to the repository root; undefined for a service that runs a published image. */
  dockerfile: string | undefined;
  buildContext: string | undefined;
  restart: string | undefined;
  /** The health check command, or undefined when the file sets none (or disables it). */
  healthcheck: string[] | undefined;
  environment: Record<string, string>;
  ports: Port[];
  volumes: Mount[];
  /** Service name -> condition (service_started, service_healthy, …). */
  dependsOn: Record<string, string>;
  capDrop: string[];
  securityOpt: string[];
  readOnlyRoot: boolean;
  /** Compose profiles: a service with any is a tool `up` never starts (`docker compose run` does). */
  profiles: string[];
  command: string[] | undefined;
};
export type ComposeModel = { services: Service[]; volumes: string[] };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const parsePort = (value: unknown): Port => {
  if (isObject(value)) {
    return { hostIp: text(value.host_ip), published: text(value.published), target: Number(value.target) };
  }
  // [host_ip:][published:]target[/protocol]
  const parts = (text(value) ?? '').replace(/\/\w+$/, '').split(':');
  const target = Number(parts.pop());
  const published = parts.pop();
  return { hostIp: parts.length > 0 ? parts.join(':') : undefined, published, target };
};

const parseMount = (value: unknown): Mount => {
  if (isObject(value)) {
    const type = value.type === 'volume' || value.type === 'bind' ? value.type : 'other';
    return {
      type,
      source: text(value.source) ?? '',
      target: text(value.target) ?? '',
      readOnly: value.read_only === true,
    };
  }
  const [source = '', target = '', mode = 'rw'] = (text(value) ?? '').split(':');
  const bind = source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
  return { type: bind ? 'bind' : 'volume', source, target, readOnly: mode.split(',').includes('ro') };
};

const parseHealthcheck = (value: unknown): string[] | undefined => {
  if (!isObject(value) || value.disable === true) return undefined;
  const test = Array.isArray(value.test) ? value.test.map((part) => String(part)) : text(value.test);
  if (test === undefined || test.length === 0) return undefined;
  const command = typeof test === 'string' ? ['CMD-SHELL', test] : test;
  return command[0] === 'NONE' ? undefined : command;
};

const parseEnvironment = (value: unknown): Record<string, string> => {
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([name, v]) => [name, text(v) ?? '']));
  }
  return Object.fromEntries(
    list(value).map((entry) => {
      const [name = '', ...rest] = String(entry).split('=');
      return [name, rest.join('=')];
    }),
  );
};

const parseDependsOn = (value: unknown): Record<string, string> => {
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, v]) => [
        name,
        (isObject(v) && text(v.condition)) || 'service_started',
      ]),
    );
  }
  return Object.fromEntries(list(value).map((name) => [String(name), 'service_started']));
};

const parseService = (name: string, value: Json, repoRoot: string): Service => {
  const build = isObject(value.build) ? value.build : undefined;
  const context = build ? (text(build.context) ?? '.') : undefined;
  const absoluteContext = context === undefined ? undefined : pathJoin(repoRoot, context);
  const dockerfile =
    absoluteContext === undefined
      ? undefined
      : pathJoin(absoluteContext, text(build?.dockerfile) ?? 'Dockerfile');
  return {
    name,
    image: text(value.image),
    dockerfile: dockerfile === undefined ? undefined : relative(repoRoot, dockerfile),
    buildContext: absoluteContext === undefined ? undefined : relative(repoRoot, absoluteContext),
    restart: text(value.restart),
    healthcheck: parseHealthcheck(value.healthcheck),
    environment: parseEnvironment(value.environment),
    ports: list(value.ports).map(parsePort),
    volumes: list(value.volumes).map(parseMount),
    dependsOn: parseDependsOn(value.depends_on),
    capDrop: list(value.cap_drop).map(String),
    securityOpt: list(value.security_opt).map(String),
    readOnlyRoot: value.read_only === true,
    profiles: list(value.profiles).map(String),
    command: Array.isArray(value.command)
      ? value.command.map(String)
      : typeof value.command === 'string'
        ? value.command.split(/\s+/)
        : undefined,
  };
};

// Compose prints build contexts as absolute paths; the tests speak in repository paths.
const pathJoin = (base: string, relativePath: string): string =>
  relativePath.startsWith('/')
    ? relativePath
    : `${base.replace(/\/+$/, '')}/${relativePath.replace(/^\.\/?/, '')}`;
const relative = (root: string, absolute: string): string => {
  const trimmed = absolute.replace(/\/+$/, '');
  if (trimmed === root) return '.';
  return trimmed.startsWith(`${root}/`) ? trimmed.slice(root.length + 1) : absolute;
};

export const readComposeModel = (config: unknown, repoRoot: string): ComposeModel => {
  if (!isObject(config) || !isObject(config.services)) throw new Error('not a Compose configuration');
  const services = Object.entries(config.services).map(([name, value]) => {
    if (!isObject(value)) throw new Error(`service ${name} is not a mapping`);
    return parseService(name, value, repoRoot);
  });
  return { services, volumes: isObject(config.volumes) ? Object.keys(config.volumes) : [] };
};

/** What `docker compose up` runs: every service but the one-off tools (those with a profile). */
export const longRunning = (model: ComposeModel): Service[] =>
  model.services.filter((s) => s.profiles.length === 0);

export const service = (model: ComposeModel, name: string): Service => {
  const found = model.services.find((s) => s.name === name);
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
};

/** Everything a service waits for before it starts: its depends_on, and theirs, sorted. */
export const startsAfter = (model: ComposeModel, name: string): string[] => {
  const found = new Set<string>();
  const visit = (current: string, path: string[]): void => {
    for (const dependency of Object.keys(service(model, current).dependsOn)) {
      if (path.includes(dependency))
        throw new Error(`depends_on cycle: ${[...path, dependency].join(' -> ')}`);
      found.add(dependency);
      visit(dependency, [...path, dependency]);
    }
  };
  visit(name, [name]);
  return [...found].sort();
};
