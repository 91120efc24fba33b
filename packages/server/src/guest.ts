// Guest access to one dossier: signed, expiring tokens (what an e-mail's link carries, or what a look-up by identifier
// and contact e-mail answers), checked by `authenticate` and held to their one dossier by `guestScope`.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { GuestAccessRequest, type GuestAccess } from '@comptoir/contract';
import type { Sql } from './sql.js';
import { HttpProblem, jsonBody, problemResponse, tokenBuckets, type BucketStore, type Ctx, type Env } from './http.js';

/** How long a look-up's token opens its dossier; an e-mail's link lasts `GUEST_LINK_DAYS`. */
export const GUEST_ACCESS_HOURS = 12;
export const GUEST_LINK_DAYS = 30;
const PREFIX = 'g1.';

/**
 * The key tokens are signed with: `COMPTOIR_GUEST_SECRET` when set, else one made on first use and kept in the
 * database (so that every instance on it, and every restart, accepts the same links). Changing it ends every link.
 */
export async function guestSecret(sql: Sql): Promise<Buffer> {
  const configured = process.env.COMPTOIR_GUEST_SECRET;
  if (configured) return Buffer.from(configured, 'utf8');
  const stored = await sql.value<string>("SELECT value FROM meta WHERE key = 'guest_secret'");
  if (stored) return Buffer.from(stored, 'hex');
  // Two instances starting at once: the first one's key is kept, and both read it back.
  await sql.run("INSERT INTO meta (key, value) VALUES ('guest_secret', ?) ON CONFLICT DO NOTHING", [randomBytes(32).toString('hex')]);
  return Buffer.from((await sql.value<string>("SELECT value FROM meta WHERE key = 'guest_secret'"))!, 'hex');
}

const sign = (secret: Buffer, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** A token for one dossier of one account, until `expiresAt`. */
export function guestToken(secret: Buffer, grant: { account: string; ourRef: string; expiresAt: Date }): string {
  const payload = Buffer.from(
    JSON.stringify({ a: grant.account, r: grant.ourRef, e: Math.floor(grant.expiresAt.getTime() / 1000) }),
  ).toString('base64url');
  return `${PREFIX}${payload}.${sign(secret, payload)}`;
}

export const isGuestToken = (token: string) => token.startsWith(PREFIX);

/** The grant a token carries, `expired`, or null when it is not one of ours (malformed, or signed with another key). */
export function readGuestToken(secret: Buffer, token: string, now: Date): { account: string; ourRef: string } | 'expired' | null {
  if (!isGuestToken(token)) return null;
  const [payload, signature] = token.slice(PREFIX.length).split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let grant: { a?: unknown; r?: unknown; e?: unknown };
  try {
    grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof grant.a !== 'string' || typeof grant.r !== 'string' || typeof grant.e !== 'number') return null;
  if (grant.e * 1000 <= now.getTime()) return 'expired';
  return { account: grant.a, ourRef: grant.r };
}

/** What a guest may call: its dossier, its documents and its offer's actions. */
const guestRoute = /\/orders\/([^/]+)(?:\/documents\/[^/]+|\/offer\/(?:reserve|order|refresh))?$/;

/** After `authenticate`: a guest's request goes on only for its one dossier; anything else is 403 `guest-scope`. */
export function guestScope(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const guest = c.get('guest');
    if (guest) {
      const match = guestRoute.exec(c.req.path);
      const ref = (() => {
        try {
          return match ? decodeURIComponent(match[1]!) : '';
        } catch {
          return ''; // a malformed escape is no reference
        }
      })();
      const allowed =
        ref.toUpperCase() === guest.ourRef.toUpperCase() &&
        (c.req.method === 'GET' || (c.req.method === 'POST' && c.req.path.includes('/offer/')));
      if (!allowed)
        return problemResponse(c, new HttpProblem(403, 'Forbidden', 'This access opens one dossier only.', { code: 'guest-scope' }));
    }
    await next();
  };
}

/**
 * `POST /guest-access`: the identifier (our reference, your reference, a serial number or a service case's number
 * about the dossier, any case) and the
 * dossier's contact e-mail (any case) → a token for that dossier. A wrong identifier and a wrong e-mail are one and the
 * same 404; past `failuresPerMinute` failures from an address, it gets 429 before anything is looked up.
 */
export function guestHandlers(
  sql: Sql,
  options: {
    now: () => Date;
    secret: () => Promise<Buffer>;
    failuresPerMinute?: number;
    clientAddress: (c: Ctx) => string;
    buckets?: BucketStore;
  },
) {
  const failures = tokenBuckets(options.failuresPerMinute ?? 5, options.buckets);
  const notFound = () => new HttpProblem(404, 'Not Found', 'No dossier matches this identifier and e-mail.', { code: 'not-found' });
  return {
    requestGuestAccess: async (c: Ctx) => {
      const address = options.clientAddress(c);
      const wait = await failures.peek(address);
      if (wait)
        throw new HttpProblem(429, 'Too Many Requests', `Too many failed look-ups from this address; retry in ${wait} s.`, {
          code: 'rate-limited',
          params: { retryAfter: wait },
          headers: { 'Retry-After': String(wait) },
        });
      const body = await jsonBody(c, GuestAccessRequest);
      const identifier = body.identifier.trim();
      const email = body.email.trim();
      // Every dossier the identifier names, in any account; the e-mail picks the one (if any) it belongs to.
      const found = await sql.all<{ account_id: string; our_ref: string; contact_email: string | null }>(
        `SELECT account_id, our_ref, contact_email FROM orders
         WHERE upper(our_ref) = upper(?) OR upper(your_ref) = upper(?)
            OR (account_id, our_ref) IN (SELECT account_id, our_ref FROM order_serials WHERE serial = upper(?))
            OR (account_id, our_ref) IN (SELECT account_id, order_ref FROM cases WHERE upper(id) = upper(?))`,
        [identifier, identifier, identifier, identifier],
      );
      const wanted = Buffer.from(email.toLowerCase());
      const match = found.find((row) => {
        const known = Buffer.from((row.contact_email ?? '').toLowerCase());
        return known.length === wanted.length && known.length > 0 && timingSafeEqual(known, wanted);
      });
      if (!match) {
        await failures.take(address);
        throw notFound();
      }
      const expiresAt = new Date(options.now().getTime() + GUEST_ACCESS_HOURS * 3_600_000);
      const access: GuestAccess = {
        token: guestToken(await options.secret(), { account: match.account_id, ourRef: match.our_ref, expiresAt }),
        order: match.our_ref,
        expiresAt: expiresAt.toISOString(),
      };
      return c.json(access, 201, { 'Cache-Control': 'no-store' });
    },
  };
}
