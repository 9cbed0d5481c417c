/**
 * Publishing through the CMS's admin API, as the admin panel does: sign in at /admin/login, then
 * the content-manager routes with the admin's bearer token.
 */
import { fetchRetrying } from '../../publishing/http.ts';

type Json = Record<string, unknown>;

const CM = '/content-manager';

export type UploadFile = { content: Buffer; filename: string; contentType: string };

export type AdminApi = {
  call: (method: string, pathname: string, body?: Json) => Promise<Json>;
  /** POST /upload as the media library sends it; the answer whatever its status. */
  upload: (file: UploadFile) => Promise<{ status: number; body: Json | Json[] }>;
};

export const signIn = async (cmsUrl: string, email: string, password: string): Promise<AdminApi> => {
  const request = async (method: string, pathname: string, body?: Json, token?: string) => {
    const response = await fetchRetrying(`${cmsUrl}${pathname}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as Json;
    if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const login = await request('POST', '/admin/login', { email, password });
  const token = (login.data as { token: string }).token;
  const upload = async ({ content, filename, contentType }: UploadFile) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(content)], { type: contentType }), filename);
    form.append('fileInfo', JSON.stringify({ name: filename, caption: null, alternativeText: null }));
    const response = await fetchRetrying(`${cmsUrl}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Json | Json[] };
  };
  return { call: (method, pathname, body) => request(method, pathname, body, token), upload };
};

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

const publishSingle = async (api: AdminApi, uid: string, data: Json): Promise<void> => {
  await api.call('PUT', `${CM}/single-types/${uid}?locale=en`, data);
  await api.call('POST', `${CM}/single-types/${uid}/actions/publish?locale=en`, {});
};

/**
 * What an empty CMS needs before the site can be built at all: the site settings and the English
 * home page (web/src/lib/site/content.ts, web/src/pages/[...lang]/index.astro).
 */
export const publishSiteEssentials = async (api: AdminApi): Promise<void> => {
  await publishSingle(api, 'api::site-setting.site-setting', {
    organisationName: 'Children’s Legal Centre (production test)',
    emergencyNotice: 'We are not an emergency service. In an emergency call 999.',
    quickExitUrl: 'https://www.bbc.co.uk/weather',
  });
  await publishSingle(api, 'api::home-page.home-page', {
    heroTitle: 'Free legal help for young people',
    heroText: 'We help children and young people with their immigration cases.',
  });
};

export type Article = { slug: string; title: string; text: string };

/** Creates the article and publishes it; returns its documentId. */
export const publishArticle = async (api: AdminApi, article: Article): Promise<string> => {
  const uid = 'api::article.article';
  const created = await api.call('POST', `${CM}/collection-types/${uid}?locale=en`, {
    title: article.title,
    slug: article.slug,
    summary: `Summary: ${article.text}`,
    body: paragraph(article.text),
    category: 'news',
  });
  const { documentId } = created.data as { documentId: string };
  await api.call('POST', `${CM}/collection-types/${uid}/${documentId}/actions/publish?locale=en`, {});
  return documentId;
};

/** A published directory service (the fields the CMS requires, one area), for timing a publish. */
export const publishService = async (api: AdminApi, service: Article): Promise<string> => {
  const uid = 'api::service.service';
  const created = await api.call('POST', `${CM}/collection-types/${uid}?locale=en`, {
    name: service.title,
    slug: service.slug,
    description: service.text,
    gender: 'any',
    isFree: true,
    accessByReferral: false,
    accessDropIn: true,
    accessByPhone: false,
    serviceAreas: [{ nation: 'wales' }],
  });
  const { documentId } = created.data as { documentId: string };
  await api.call('POST', `${CM}/collection-types/${uid}/${documentId}/actions/publish?locale=en`, {});
  return documentId;
};

/** A published online event a week from now, for timing a publish. */
export const publishEvent = async (api: AdminApi, event: Article): Promise<string> => {
  const uid = 'api::event.event';
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const created = await api.call('POST', `${CM}/collection-types/${uid}?locale=en`, {
    title: event.title,
    slug: event.slug,
    summary: event.text,
    body: paragraph(event.text),
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    attendance: 'online',
    bookingUrl: 'https://example.org/book',
    fullyBooked: false,
    cpd: false,
  });
  const { documentId } = created.data as { documentId: string };
  await api.call('POST', `${CM}/collection-types/${uid}/${documentId}/actions/publish?locale=en`, {});
  return documentId;
};

export type Resource = { slug: string; title: string; fileIds: Record<string, number> };

/** A published resource with one downloadable file per language. */
export const publishResource = async (api: AdminApi, resource: Resource): Promise<void> => {
  const uid = 'api::resource.resource';
  const created = await api.call('POST', `${CM}/collection-types/${uid}?locale=en`, {
    title: resource.title,
    slug: resource.slug,
    summary: `Summary of ${resource.title}`,
    type: 'guide',
    files: Object.entries(resource.fileIds).map(([language, file]) => ({ language, file })),
  });
  const { documentId } = created.data as { documentId: string };
  await api.call('POST', `${CM}/collection-types/${uid}/${documentId}/actions/publish?locale=en`, {});
};
