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
