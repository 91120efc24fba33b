import type { Context, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import type { Problem } from '@comptoir/contract';
import { hashToken, type Db } from './db.js';

export interface Account {
  id: string;
  emailDomain: string;
}

export type Env = { Variables: { account: Account } };

/** An error that becomes an `application/problem+json` answer. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: { path: string; message: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

export const notFound = (what: string) => new HttpProblem(404, 'Not Found', `${what} does not exist in this account.`);

export function problemResponse(c: Context, problem: HttpProblem): Response {
  const body: Problem = {
    type: problem.status === 404 ? 'about:blank' : `https://comptoir.dev/problems/${problem.status}`,
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  return c.body(JSON.stringify(body), problem.status as 400, { 'Content-Type': 'application/problem+json', ...problem.headers });
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
                : issue.message,
  }));
}

export function validate<T>(schema: z.ZodMiniType<T>, value: unknown, where: 'query' | 'body'): T {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new HttpProblem(400, 'Invalid request', `The ${where} does not match the contract.`, issues(result.error, where));
  return result.data;
}

export async function jsonBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  if (!(c.req.header('Content-Type') ?? '').includes('application/json')) {
    throw new HttpProblem(415, 'Unsupported Media Type', 'Send the body as application/json.');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpProblem(400, 'Invalid request', 'The body is not valid JSON.');
  }
  return validate(schema, body, 'body');
}

/** `Authorization: Bearer <token>` → the caller's account; everything after this is scoped to it. */
export function authenticate(db: Db): MiddlewareHandler<Env> {
  const byToken = db.prepare<[string], { id: string; email_domain: string }>('SELECT id, email_domain FROM accounts WHERE token_hash = ?');
  return async (c, next) => {
    const match = /^Bearer ([\w.~+/-]{8,200}=*)$/.exec(c.req.header('Authorization') ?? '');
    const row = match ? byToken.get(hashToken(match[1]!)) : undefined;
    if (!row) {
      return problemResponse(
        c,
        new HttpProblem(401, 'Unauthorized', 'Send a valid bearer token.', undefined, { 'WWW-Authenticate': 'Bearer realm="comptoir"' }),
      );
    }
    c.set('account', { id: row.id, emailDomain: row.email_domain });
    await next();
  };
}

/** A token bucket per account: `perMinute` requests, then 429 with Retry-After. */
export function rateLimit(perMinute: number): MiddlewareHandler<Env> {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const ratePerMs = perMinute / 60_000;
  return async (c, next) => {
    const id = c.get('account').id;
    const now = Date.now();
    const bucket = buckets.get(id) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    buckets.set(id, bucket);
    if (bucket.tokens < 1) {
      const wait = Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
      return problemResponse(
        c,
        new HttpProblem(429, 'Too Many Requests', `Retry in ${wait} s.`, undefined, { 'Retry-After': String(wait) }),
      );
    }
    bucket.tokens -= 1;
    await next();
  };
}
