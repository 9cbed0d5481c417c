import { fetchRetrying } from './http';

/** The few admin REST calls the test needs to set up an editor, as the super admin would. */
type Json = Record<string, unknown>;

const call = async (url: string, init: { method?: string; token?: string; body?: Json }): Promise<Json> => {
  const response = await fetchRetrying(url, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  const body = (await response.json()) as Json;
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${JSON.stringify(body)}`);
  return body;
};

export type Editor = { email: string; password: string };

/** Creates an active admin user with the named role: invited by the super admin, then registered. */
export const createEditor = async (
  cmsUrl: string,
  superAdmin: Editor,
  roleName: string,
  editor: Editor,
): Promise<void> => {
  const login = await call(`${cmsUrl}/admin/login`, { method: 'POST', body: { ...superAdmin } });
  const token = (login.data as { token: string }).token;
  const roles = (await call(`${cmsUrl}/admin/roles`, { token })).data as { id: number; name: string }[];
  const role = roles.find((r) => r.name === roleName);
  if (!role) throw new Error(`No "${roleName}" role; the roles are ${roles.map((r) => r.name).join(', ')}`);
  const created = await call(`${cmsUrl}/admin/users`, {
    method: 'POST',
    token,
    body: { email: editor.email, firstname: 'Casey', lastname: 'Comms', roles: [role.id] },
  });
  const { registrationToken } = created.data as { registrationToken: string };
  await call(`${cmsUrl}/admin/register`, {
    method: 'POST',
    body: {
      registrationToken,
      userInfo: { firstname: 'Casey', lastname: 'Comms', password: editor.password },
    },
  });
};

/** Signs in to the admin API; the session's bearer token. */
export const signIn = async (cmsUrl: string, who: Editor): Promise<string> => {
  const login = await call(`${cmsUrl}/admin/login`, { method: 'POST', body: { ...who } });
  return (login.data as { token: string }).token;
};

type Webhook = { id: string; name: string; url: string; headers: Json; events: string[]; isEnabled: boolean };
const REBUILD_WEBHOOK_NAME = 'Website rebuild (managed)'; // cms/src/bootstrap/rebuild-webhook.ts

/**
 * Points the CMS's rebuild webhook at `url`, as an administrator can in Settings → Webhooks:
 * with a dead address, every event the CMS sends is lost. Returns what puts it back.
 */
export const redirectRebuildWebhook = async (
  cmsUrl: string,
  token: string,
  url: string,
): Promise<() => Promise<void>> => {
  const webhooks = (await call(`${cmsUrl}/admin/webhooks`, { token })).data as Webhook[];
  const webhook = webhooks.find((w) => w.name === REBUILD_WEBHOOK_NAME);
  if (!webhook)
    throw new Error(
      `No "${REBUILD_WEBHOOK_NAME}" webhook; there are ${webhooks.map((w) => w.name).join(', ')}`,
    );
  const point = async (to: string) => {
    const { id: _id, ...fields } = webhook;
    await call(`${cmsUrl}/admin/webhooks/${webhook.id}`, {
      method: 'PUT',
      token,
      body: { ...fields, url: to },
    });
  };
  await point(url);
  return () => point(webhook.url);
};

/** Creates and publishes an English news article through the admin's content manager API. */
export const publishArticle = async (
  cmsUrl: string,
  token: string,
  article: { title: string; slug: string; summary: string; body: string },
): Promise<void> => {
  await call(`${cmsUrl}/content-manager/collection-types/api::article.article/actions/publish?locale=en`, {
    method: 'POST',
    token,
    body: {
      ...article,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: article.body }] }],
    },
  });
};
