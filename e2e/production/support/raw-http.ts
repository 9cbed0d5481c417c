/**
 * One HTTP request with node:http, so the test sees exactly what the server sent: fetch would add
 * its own Accept-Encoding and undo the compression this test has to observe. The path goes out
 * exactly as written, as an attacker's would: no `..`, `//` or `%2e` is resolved on the way.
 */
import { request } from 'node:http';

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

export const rawGet = (
  url: string,
  headers: Record<string, string> = {},
  method: 'GET' | 'HEAD' = 'GET',
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '') || '/';
    const req = request({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${url} timed out`)));
    req.on('error', reject);
    req.end();
  });
