/**
 * Writes as an editor makes them: through the admin API's content manager, signed in as the
 * first administrator. Each write is a new glossary term (draft) with a unique name, so every
 * accepted write can be looked for afterwards.
 */
const GLOSSARY = 'api::glossary-term.glossary-term';

export type WriteResult = {
  n: number;
  at: number;
  /** HTTP status, or what went wrong when there was no answer. */
  status: number | string;
  documentId?: string;
  term: string;
  /** The error the CMS gave, for a refused write. */
  detail?: string;
};

const json = async (response: Response): Promise<Record<string, unknown>> => {
  const text = await response.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { text: text.slice(0, 200) };
  }
};

export const adminLogin = async (cmsUrl: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await json(response);
  const token = (body.data as { token?: string } | undefined)?.token;
  if (!response.ok || !token) throw new Error(`admin login: HTTP ${response.status} ${JSON.stringify(body)}`);
  return token;
};

export const createTerm = async (
  cmsUrl: string,
  token: string,
  n: number,
  runId: string,
): Promise<WriteResult> => {
  const term = `Drill term ${runId} ${n}`;
  const at = Date.now();
  try {
    const response = await fetch(`${cmsUrl}/content-manager/collection-types/${GLOSSARY}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        term,
        slug: `drill-term-${runId}-${n}`,
        definition: `Written by the PostgreSQL restart drill, write number ${n}.`,
      }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = await json(response);
    const documentId = (body.data as { documentId?: string } | undefined)?.documentId;
    const detail = response.ok ? undefined : JSON.stringify(body.error ?? body).slice(0, 300);
    return {
      n,
      at,
      status: response.status,
      term,
      ...(documentId ? { documentId } : {}),
      ...(detail ? { detail } : {}),
    };
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    return { n, at, status: name === 'TimeoutError' ? 'timeout' : 'no answer', term };
  }
};

/** The term's name as the CMS returns it now, or null when it does not have it. */
export const readTerm = async (cmsUrl: string, token: string, documentId: string): Promise<string | null> => {
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/${GLOSSARY}/${documentId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status === 404) return null;
  const body = await json(response);
  if (!response.ok) throw new Error(`read ${documentId}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return (body.data as { term?: string } | undefined)?.term ?? null;
};

export const accepted = (write: WriteResult): boolean =>
  (write.status === 200 || write.status === 201) && write.documentId !== undefined;
