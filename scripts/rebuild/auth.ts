/** Bearer-secret check in constant time: both sides are hashed first, so lengths never leak. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

export const bearerMatches = (authorization: string | undefined, secret: string): boolean => {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  // Compare even when the header is missing or malformed, so timing does not say which.
  const presented = match?.[1] ?? '';
  const equal = timingSafeEqual(digest(presented), digest(secret));
  return equal && match !== null;
};

export const isAuthorized = (req: IncomingMessage, secret: string): boolean =>
  bearerMatches(req.headers.authorization, secret);
