/**
 * fetch, retried when the connection drops before an answer: Node's fetch reuses kept-alive
 * sockets, and a server closing an idle one at that moment fails the request ("other side
 * closed") though the server is fine.
 */
export const fetchRetrying = async (url: string | URL, init?: RequestInit): Promise<Response> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, init);
    } catch (error) {
      // By name: undici's TypeError is not the one of jest's sandbox, so instanceof fails.
      if (attempt >= 3 || (error as { name?: unknown }).name !== 'TypeError') throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
};
