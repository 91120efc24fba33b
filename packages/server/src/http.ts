import type { Context, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import type { Problem, ProblemCode, routes } from '@comptoir/contract';
import { hashToken } from './db.js';
import type { Sql } from './sql.js';

export interface Account {
  id: string;
  emailDomain: string;
}

/** `guest`: the caller holds a guest token, which opens this one dossier of `account`. */
export type Env = { Variables: { account: Account; guest?: { ourRef: string } } };
export type Ctx = Context<Env>;
/** The contract's operations, by `operationId`. */
export type OperationId = (typeof routes)[number]['operationId'];
/** The handlers of some of the contract's operations; `app.ts` mounts them from the contract's route table. */
export type Handlers = Partial<Record<OperationId, (c: Ctx) => Response | Promise<Response>>>;

/** A path parameter of the route (`{id}` in the contract's path); every mounted path declares its own. */
export function param(c: Ctx, name: string): string {
  return c.req.param(name) ?? '';
}

/** An error that becomes an `application/problem+json` answer, with the contract's stable `code` (and its params). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: {
      code: ProblemCode;
      params?: Record<string, string | number>;
      errors?: { path: string; message: string }[];
      headers?: Record<string, string>;
    },
  ) {
    super(detail);
  }
}

export const notFound = (what: string) =>
  new HttpProblem(404, 'Not Found', `${what} does not exist in this account.`, { code: 'not-found' });

export function problemResponse(c: Context, problem: HttpProblem): Response {
  const body: Problem = {
    type: problem.status === 404 ? 'about:blank' : `https://comptoir.dev/problems/${problem.status}`,
    title: problem.title,
    status: problem.status,
    code: problem.extra.code,
    ...(problem.extra.params ? { params: problem.extra.params } : {}),
    detail: problem.detail,
    ...(problem.extra.errors ? { errors: problem.extra.errors } : {}),
  };
  return c.body(JSON.stringify(body), problem.status as 400, { 'Content-Type': 'application/problem+json', ...problem.extra.headers });
}

function issues(error: z.core.$ZodError, prefix: string) {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message:
      issue.code === 'invalid_type'
        ? `expected ${issue.expected}`
        : issue.code === 'too_big'
          ? `at most ${String(issue.maximum)}`
          : issue.code === 'too_small'
            ? `at least ${String(issue.minimum)}`
            : issue.code === 'invalid_format'
              ? `expected ${issue.format}`
              : issue.code === 'unrecognized_keys'
                ? `unknown field(s) ${issue.keys.join(', ')}`
                : issue.code === 'invalid_value'
                  ? `expected one of ${issue.values.map(String).join(', ')}`
                  : issue.message,
  }));
}

export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, where: 'query' | 'body'): T {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new HttpProblem(400, 'Invalid request', `The ${where} does not match the contract.`, {
      code: 'invalid-request',
      errors: issues(result.error, where),
    });
  return result.data;
}

export async function jsonBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  if (!(c.req.header('Content-Type') ?? '').includes('application/json')) {
    throw new HttpProblem(415, 'Unsupported Media Type', 'Send the body as application/json.', { code: 'unsupported-media-type' });
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpProblem(400, 'Invalid request', 'The body is not valid JSON.', { code: 'invalid-json' });
  }
  return validate(schema, body, 'body');
}

/** Where token buckets are kept: in the process (one instance), or in the database (every instance on it shares them). */
export interface BucketStore {
  /** Runs `change` on the key's bucket (undefined: a full one) atomically; it returns the bucket to keep, or undefined to forget it. */
  update<T>(
    key: string,
    change: (bucket: { tokens: number; at: number } | undefined) => { keep?: { tokens: number; at: number }; result: T },
  ): Promise<T>;
}

export function memoryBuckets(): BucketStore {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    async update(key, change) {
      const { keep, result } = change(buckets.get(key));
      if (keep) buckets.set(key, keep);
      else buckets.delete(key);
      return result;
    },
  };
}

/**
 * Buckets in the database's `rate_buckets`, each change in an immediate transaction: several instances of the server
 * on one database count one address's failed sign-ins, or one account's requests, together.
 */
export function databaseBuckets(sql: Sql, name: string): BucketStore {
  return {
    update(key, change) {
      const scoped = `${name}:${key}`;
      return sql.transaction(async (tx) => {
        await tx.lock(`bucket:${scoped}`);
        const stored = await tx.get<{ tokens: number; at: number }>('SELECT tokens, at FROM rate_buckets WHERE key = ?', [scoped]);
        const { keep, result } = change(stored && { tokens: Number(stored.tokens), at: Number(stored.at) });
        if (keep)
          await tx.run(
            'INSERT INTO rate_buckets (key, tokens, at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET tokens = excluded.tokens, at = excluded.at',
            [scoped, keep.tokens, keep.at],
          );
        else if (stored) await tx.run('DELETE FROM rate_buckets WHERE key = ?', [scoped]);
        return result;
      });
    },
  };
}

/** A token bucket per key (an account, a client address): `perMinute` requests; `take` says how long to wait, or 0. */
export function tokenBuckets(perMinute: number, store: BucketStore = memoryBuckets()) {
  const ratePerMs = perMinute / 60_000;
  const refilled = (bucket: { tokens: number; at: number } | undefined, now: number) => {
    const current = bucket ?? { tokens: perMinute, at: now };
    return { tokens: Math.min(perMinute, current.tokens + (now - current.at) * ratePerMs), at: now };
  };
  /** Seconds to wait before the next request may be taken (0: it may go now). */
  const wait = (bucket: { tokens: number }) => Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
  // A full bucket is the default: it is forgotten, so that the store does not grow with every address ever seen.
  const kept = (bucket: { tokens: number; at: number }) => (bucket.tokens >= perMinute ? undefined : bucket);
  return {
    /** Takes one request from the key's bucket; the seconds to wait when it is empty, else 0. */
    take(key: string, now = Date.now()): Promise<number> {
      return store.update(key, (stored) => {
        const bucket = refilled(stored, now);
        if (bucket.tokens < 1) return { keep: kept(bucket), result: wait(bucket) };
        return { keep: kept({ tokens: bucket.tokens - 1, at: now }), result: 0 };
      });
    },
    /** The seconds to wait, without taking anything (0 when the bucket has room). */
    peek(key: string, now = Date.now()): Promise<number> {
      return store.update(key, (stored) => {
        const bucket = refilled(stored, now);
        return { keep: stored ? kept(bucket) : undefined, result: bucket.tokens < 1 ? wait(bucket) : 0 };
      });
    },
  };
}

const tooMany = (c: Context, seconds: number, detail: string) =>
  problemResponse(
    c,
    new HttpProblem(429, 'Too Many Requests', detail, {
      code: 'rate-limited',
      params: { retryAfter: seconds },
      headers: { 'Retry-After': String(seconds) },
    }),
  );

/**
 * `Authorization: Bearer <token>` (the scheme in any case, as RFC 9110 says) → the caller's account; everything after
 * this is scoped to it. Failed attempts are counted per client address: past `failuresPerMinute`, the address gets 429
 * with Retry-After, before its token is even looked at, so that tokens cannot be guessed at speed.
 */
export function authenticate(
  sql: Sql,
  options: {
    failuresPerMinute?: number;
    clientAddress: (c: Context) => string;
    /** A guest token's grant (guest.ts), `expired`, or null when the token is not one. */
    readGuest?: (token: string) => Promise<{ account: string; ourRef: string } | 'expired' | null>;
    /** Where the failures are counted (default: in the process). */
    buckets?: BucketStore;
  },
): MiddlewareHandler<Env> {
  type Row = { id: string; email_domain: string };
  const byToken = (hash: string) => sql.get<Row>('SELECT id, email_domain FROM accounts WHERE token_hash = ?', [hash]);
  const byId = (id: string) => sql.get<Row>('SELECT id, email_domain FROM accounts WHERE id = ?', [id]);
  const failures = tokenBuckets(options.failuresPerMinute ?? 30, options.buckets);
  return async (c, next) => {
    const address = options.clientAddress(c);
    const blocked = await failures.peek(address);
    if (blocked) return tooMany(c, blocked, `Too many failed sign-ins from this address; retry in ${blocked} s.`);
    const match = /^bearer +([\w.~+/-]{8,200}=*) *$/i.exec(c.req.header('Authorization') ?? '');
    const grant = match && options.readGuest ? await options.readGuest(match[1]!) : null;
    // An expired link is no guess: it says so (the element offers the look-up), and counts as no failure.
    if (grant === 'expired')
      return problemResponse(
        c,
        new HttpProblem(401, 'Unauthorized', 'This link has expired.', {
          code: 'link-expired',
          headers: { 'WWW-Authenticate': 'Bearer realm="comptoir", error="invalid_token"' },
        }),
      );
    const row = grant ? await byId(grant.account) : match ? await byToken(hashToken(match[1]!)) : undefined;
    if (grant && row) c.set('guest', { ourRef: grant.ourRef });
    if (!row) {
      await failures.take(address);
      return problemResponse(
        c,
        new HttpProblem(401, 'Unauthorized', 'Send a valid bearer token.', {
          code: 'unauthorized',
          headers: { 'WWW-Authenticate': 'Bearer realm="comptoir"' },
        }),
      );
    }
    c.set('account', { id: row.id, emailDomain: row.email_domain });
    await next();
  };
}

/** A token bucket per account: `perMinute` requests, then 429 with Retry-After. */
export function rateLimit(perMinute: number, store?: BucketStore): MiddlewareHandler<Env> {
  const buckets = tokenBuckets(perMinute, store);
  return async (c, next) => {
    const wait = await buckets.take(c.get('account').id);
    if (wait) return tooMany(c, wait, `Retry in ${wait} s.`);
    await next();
  };
}
