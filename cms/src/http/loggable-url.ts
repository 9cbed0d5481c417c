/**
 * A request's address as the request log may show it: the path, and the names of its query
 * parameters with their values left out. Values are where secrets travel (an invitation's
 * registrationToken, a password reset code, an email confirmation, an access_token a client put
 * in the URL) and personal data (a filter on an email address), whatever the parameter is
 * called, so none is logged. Names stay percent-encoded as sent, so a name cannot forge a line.
 */
export const loggableUrl = (url: string): string => {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const names = url
    .slice(start + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => pair.split('=', 1)[0]);
  if (names.length === 0) return url.slice(0, start);
  return `${url.slice(0, start)}?${[...new Set(names)].map((name) => `${name}=…`).join('&')}`;
};
