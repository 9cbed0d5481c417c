/**
 * No secret in any log line: a CMS run at the most verbose log level invites an editor, resets a
 * password, logs in and is called with the build token (also with tokens where they do not belong,
 * in the URL); every line it prints, by any road (Strapi's logger, console, stdout, stderr), is
 * captured and searched for every token, code, password and key of the run.
 */
import { inspect } from 'node:util';
import { createAdminUser, SUPER_ADMIN_CODE } from '../helpers/admin';
import { startTestCms, TEST_SECRETS, type TestCms } from '../helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

type Mail = { to?: string; text?: string; html?: string };

const SUPER_EMAIL = 'super@example.org';
const SUPER_PASSWORD = 'Super-Password-7f3b9c2e';
const EDITOR_EMAIL = 'new.editor@example.org';
const EDITOR_PASSWORD = 'Editor-Password-1d8e5a4b';
const EDITOR_NEW_PASSWORD = 'Editor-New-Password-9c2f6e1a';
/** Secrets a careless client puts where they do not belong: in the URL. */
const URL_SECRETS = {
  confirmation: 'confirmation-secret-5b1e7c9d',
  code: 'reset-code-secret-3a8f2d6e',
  token: 'token-secret-8e4c1b7a',
  resetPasswordToken: 'reset-token-secret-2d9a6f3c',
  access_token: 'access-token-secret-7c3e9b1d',
  registrationToken: 'registration-secret-4f8b2a6e',
};

describe('attack: secrets in the logs', () => {
  const lines: string[] = [];
  const restores: Array<() => void> = [];
  let cms: TestCms;

  beforeAll(async () => {
    // Every road out of the process: what is printed through console, and straight to the streams.
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 8 }))).join(' '));
      });
      restores.push(() => spy.mockRestore());
    }
    // Winston writes to console's own streams when it has them (as in a jest worker); whatever
    // reaches those is captured and kept quiet, what reaches the process's streams passes on too.
    const { _stdout, _stderr } = console as unknown as {
      _stdout?: NodeJS.WriteStream;
      _stderr?: NodeJS.WriteStream;
    };
    const quiet = new Set([_stdout, _stderr].filter((stream) => stream !== undefined));
    for (const stream of new Set([...quiet, process.stdout, process.stderr])) {
      const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
      const spy = jest.spyOn(stream, 'write').mockImplementation(((...args: unknown[]) => {
        lines.push(String(args[0]));
        return quiet.has(stream) ? true : write(...args);
      }) as typeof stream.write);
      restores.push(() => spy.mockRestore());
    }
    cms = await startTestCms({ env: { CMS_LOG_LEVEL: 'silly' } });
  });
  afterAll(async () => {
    await cms?.stop();
    for (const restore of restores) restore();
  });

  it('an invitation, a password reset, logins and build-token calls leave no secret in any line', async () => {
    const { strapi } = cms;
    // Email delivery is outside the system: the mails land in this inbox instead.
    const inbox: Mail[] = [];
    (
      strapi.plugin('email') as unknown as { provider: { send: (mail: Mail) => Promise<void> } }
    ).provider.send = async (mail) => {
      inbox.push(mail);
    };
    const secrets: Record<string, string> = {
      ...TEST_SECRETS,
      SUPER_PASSWORD,
      EDITOR_PASSWORD,
      EDITOR_NEW_PASSWORD,
    };
    TEST_SECRETS.APP_KEYS.split(',').forEach((key, index) => (secrets[`APP_KEYS[${index}]`] = key));
    Object.entries(URL_SECRETS).forEach(([name, value]) => (secrets[`?${name}`] = value));
    const noteCookies = (label: string, setCookie: string[] | string | undefined) => {
      for (const cookie of [setCookie ?? []].flat()) {
        const value = cookie.split(';')[0]?.split('=').slice(1).join('=');
        if (value) secrets[`${label} cookie`] = value;
      }
    };

    // The super admin signs in.
    await createAdminUser(strapi, {
      email: SUPER_EMAIL,
      roleCodes: [SUPER_ADMIN_CODE],
      password: SUPER_PASSWORD,
    });
    const login = await cms
      .request()
      .post('/admin/login')
      .send({ email: SUPER_EMAIL, password: SUPER_PASSWORD });
    expect(login.status).toBe(200);
    const adminJwt = login.body.data.token as string;
    secrets.adminJwt = adminJwt;
    noteCookies('login', login.headers['set-cookie']);
    const admin = { Authorization: `Bearer ${adminJwt}` };

    // ...invites an editor, who opens the invitation and registers.
    const role = (await strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'charity-communications' } })) as {
      id: number;
    };
    const invite = await cms
      .request()
      .post('/admin/users')
      .set(admin)
      .send({ firstname: 'New', lastname: 'Editor', email: EDITOR_EMAIL, roles: [role.id] });
    expect(invite.status).toBe(201);
    const registrationToken = invite.body.data.registrationToken as string;
    expect(registrationToken).toBeTruthy();
    secrets.registrationToken = registrationToken;
    const info = await cms.request().get('/admin/registration-info').query({ registrationToken });
    expect(info.status).toBe(200);
    const register = await cms
      .request()
      .post('/admin/register')
      .send({
        registrationToken,
        userInfo: { firstname: 'New', lastname: 'Editor', password: EDITOR_PASSWORD },
      });
    expect(register.status).toBe(200);
    secrets.editorJwtAfterRegistering = register.body.data.token as string;
    noteCookies('register', register.headers['set-cookie']);

    // The editor forgets the password, follows the emailed link and sets a new one.
    expect((await cms.request().post('/admin/forgot-password').send({ email: EDITOR_EMAIL })).status).toBe(
      204,
    );
    // Strapi answers before it has sent the mail.
    for (let waited = 0; waited < 100 && !inbox.some((m) => m.to === EDITOR_EMAIL); waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const mail = inbox.find((m) => m.to === EDITOR_EMAIL);
    const resetCode = /[?&]code=([^\s"&<]+)/.exec(`${mail?.text ?? ''} ${mail?.html ?? ''}`)?.[1] as string;
    const stored = (await strapi.db.query('admin::user').findOne({ where: { email: EDITOR_EMAIL } })) as {
      resetPasswordToken: string;
    };
    expect(resetCode).toBe(stored.resetPasswordToken);
    secrets.resetCode = resetCode;
    // The link opens the admin panel (what the browser asks for is logged too).
    await cms.request().get('/admin/auth/reset-password').query({ code: resetCode });
    const reset = await cms
      .request()
      .post('/admin/reset-password')
      .send({ resetPasswordToken: resetCode, password: EDITOR_NEW_PASSWORD });
    expect(reset.status).toBe(200);
    secrets.editorJwtAfterReset = reset.body.data.token as string;
    noteCookies('reset', reset.headers['set-cookie']);

    // The editor signs in; the admin panel renews its access token with the refresh cookie.
    const agent = cms.request();
    const editorLogin = await agent
      .post('/admin/login')
      .send({ email: EDITOR_EMAIL, password: EDITOR_NEW_PASSWORD });
    expect(editorLogin.status).toBe(200);
    secrets.editorJwt = editorLogin.body.data.token as string;
    noteCookies('editor login', editorLogin.headers['set-cookie']);
    const renewed = await agent.post('/admin/access-token').send({});
    if (renewed.body?.data?.token) secrets.renewedJwt = renewed.body.data.token as string;
    // A failed login names the password it was given nowhere either.
    await cms
      .request()
      .post('/admin/login')
      .send({ email: EDITOR_EMAIL, password: `${EDITOR_PASSWORD}-wrong` });
    secrets.wrongPassword = `${EDITOR_PASSWORD}-wrong`;

    // The build reads with its token; careless clients put tokens and codes in URLs.
    const build = { Authorization: `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}` };
    expect((await cms.request().get('/api/articles').set(build)).status).toBe(200);
    expect(
      (await cms.request().post('/graphql').set(build).send({ query: '{ articles { title } }' })).status,
    ).toBe(200);
    await cms.request().get('/api/articles').query({ access_token: TEST_SECRETS.BUILD_API_TOKEN });
    await cms
      .request()
      .get('/graphql')
      .query({ query: '{ articles { title } }', token: TEST_SECRETS.BUILD_API_TOKEN });
    await cms.request().get('/api/auth/email-confirmation').query({ confirmation: URL_SECRETS.confirmation });
    await cms.request().get('/api/connect/github/callback').query({ access_token: URL_SECRETS.access_token });
    await cms
      .request()
      .get('/api/auth/reset-password')
      .query({ code: URL_SECRETS.code, token: URL_SECRETS.token });
    await cms.request().get('/admin/registration-info').query({
      registrationToken: URL_SECRETS.registrationToken,
      resetPasswordToken: URL_SECRETS.resetPasswordToken,
    });
    await cms.request().get('/api/articles').set('Authorization', `Bearer ${URL_SECRETS.token}`);

    const log = lines.join('\n');
    // No line carries any secret of the run, whole or its tail (where a JWT's signature is)...
    const found = Object.entries(secrets)
      .filter(([, value]) => log.includes(value) || log.includes(value.slice(-20)))
      .map(([name]) => name);
    expect(found).toEqual([]);
    // ...in a log that has the run in it, at the level that logs every request.
    expect(log).toMatch(/GET \/admin\/registration-info\?registrationToken=… \(\d+ ms\) 200/);
    expect(log).toMatch(/POST \/admin\/reset-password \(\d+ ms\) 200/);
  });
});
