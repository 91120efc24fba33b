import * as z from 'zod/mini';
import { Problem } from '@comptoir/contract/common';
import { ApiError, type ValidationIssue } from './errors.js';
import type { ComptoirConfig } from './config.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  url: string;
  /** The contract schema of a successful body; omitted for bodiless answers (204). */
  schema?: z.ZodMiniType<T>;
  /** A JSON value, or FormData for multipart. */
  body?: unknown;
  signal?: AbortSignal;
  config?: ComptoirConfig;
}

/** The whole time a request may take, retries included: a reader waits at most this long for the error state. */
export const DEFAULT_TIMEOUT = 20_000;
export const DEFAULT_RETRIES = 2;
const RETRY_BASE_MS = 300;
/** A Retry-After longer than this is not waited for automatically: the user gets the error and its Retry button. */
const MAX_RETRY_AFTER_S = 10;

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** ETag revalidation: the last body per URL (bounded). */
const etagCache = new Map<string, { etag: string; text: string }>();
const ETAG_CACHE_SIZE = 50;

/** Identical GETs in flight share one request; it is aborted only when every caller has given up. */
const inFlight = new Map<string, { promise: Promise<RawResponse>; controller: AbortController; callers: number }>();

export function resolveUrl(url: string, attribute: string): string {
  try {
    const resolved = new URL(url, document.baseURI);
    if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') throw new TypeError('protocol');
    return resolved.href;
  } catch (cause) {
    throw new ApiError({ kind: 'config', url, attribute, cause });
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function headersFor(config: ComptoirConfig, body: unknown): Headers {
  const headers = new Headers(config.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  if (body !== undefined && !(body instanceof FormData)) headers.set('Content-Type', 'application/json');
  return headers;
}

async function send(method: Method, url: string, body: unknown, config: ComptoirConfig, signal: AbortSignal): Promise<RawResponse> {
  const timeout = config.timeout ?? DEFAULT_TIMEOUT;
  const timeoutController = new AbortController();
  const timer = setTimeout(() => timeoutController.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  const combined = AbortSignal.any([signal, timeoutController.signal]);
  const headers = headersFor(config, body);
  const cached = method === 'GET' ? etagCache.get(url) : undefined;
  if (cached) headers.set('If-None-Match', cached.etag);
  const doFetch = config.fetch ?? globalThis.fetch.bind(globalThis);
  const sent = body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body);
  try {
    const response = await doFetch(url, {
      method,
      headers,
      body: sent,
      credentials: config.credentials ?? 'same-origin',
      // A change (unfollow, cancel, a reference) reaches the server even when the page is reloaded or closed right
      // after it; the browser allows this for bodies under 64 kB (uploads are larger and go as usual).
      keepalive: method !== 'GET' && (sent === undefined || (typeof sent === 'string' && sent.length < 60_000)),
      signal: combined,
    });
    const text = await response.text();
    if (response.status === 304 && cached) return { status: 200, headers: response.headers, text: cached.text };
    const etag = response.headers.get('ETag');
    if (method === 'GET' && response.ok && etag) {
      etagCache.delete(url);
      etagCache.set(url, { etag, text });
      if (etagCache.size > ETAG_CACHE_SIZE) etagCache.delete(etagCache.keys().next().value!);
    }
    return { status: response.status, headers: response.headers, text };
  } catch (cause) {
    if (signal.aborted) throw new ApiError({ kind: 'aborted', url, method, cause });
    if (timeoutController.signal.aborted) throw new ApiError({ kind: 'timeout', url, method, cause });
    // A network failure rejects with a TypeError; anything else comes from the page's own `fetch` (a bug, a refused
    // token): a configuration error, named as such, with no Retry.
    if (config.fetch && !(cause instanceof TypeError)) throw new ApiError({ kind: 'config', url, method, attribute: 'fetch', cause });
    throw new ApiError({ kind: 'network', url, method, cause });
  } finally {
    clearTimeout(timer);
  }
}

/** Joins a shared GET in flight, or starts one; the caller's own signal only detaches the caller. */
function sharedGet(url: string, config: ComptoirConfig, signal: AbortSignal | undefined): Promise<RawResponse> {
  const key = `${url}\n${JSON.stringify(config.headers ?? {})}\n${config.credentials ?? ''}`;
  let entry = inFlight.get(key);
  if (!entry || config.fetch) {
    // A custom fetch may add per-call headers (tokens): never share its requests.
    const controller = new AbortController();
    const promise = send('GET', url, undefined, config, controller.signal);
    entry = { promise, controller, callers: 0 };
    if (!config.fetch) {
      inFlight.set(key, entry);
      const remove = () => inFlight.get(key) === entry && inFlight.delete(key);
      promise.then(remove, remove);
    }
  }
  const shared = entry;
  shared.callers++;
  if (!signal) return shared.promise;
  return new Promise<RawResponse>((resolve, reject) => {
    const leave = () => {
      shared.callers--;
      if (shared.callers === 0) shared.controller.abort();
      reject(new ApiError({ kind: 'aborted', url }));
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

function issuesOf(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message:
      issue.code === 'invalid_type'
        ? `expected ${issue.expected}`
        : issue.code === 'invalid_value'
          ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
          : issue.code === 'invalid_format'
            ? `expected ${issue.format}`
            : issue.message,
  }));
}

function parseJson(text: string, url: string, method: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const start = text.trimStart().slice(0, 1);
    const message = text.trim() === '' ? 'empty body' : start === '<' ? 'HTML instead of JSON' : 'malformed JSON';
    throw new ApiError({ kind: 'invalid-response', url, method, issues: [{ path: '', message }], cause });
  }
}

export function httpError(raw: RawResponse, url: string, method: string): ApiError {
  let problem: Problem | undefined;
  try {
    const parsed = z.safeParse(Problem, JSON.parse(raw.text));
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not JSON (an HTML error page): the status says enough.
  }
  return new ApiError({
    kind: 'http',
    url,
    method,
    status: raw.status,
    problem,
    retryAfter: parseRetryAfter(raw.headers.get('Retry-After')),
  });
}

/**
 * fetch → transform → validate → typed value, or one `ApiError`.
 * GETs are shared while in flight, revalidated with ETags and retried (bounded, with backoff and jitter, honouring Retry-After).
 */
export async function request<T>(options: RequestOptions<T>): Promise<T> {
  const { url, body, signal, schema } = options;
  const method = options.method ?? 'GET';
  const config = options.config ?? {};
  const retries = method === 'GET' ? Math.max(0, config.retries ?? DEFAULT_RETRIES) : 0;
  const deadline = Date.now() + (config.timeout ?? DEFAULT_TIMEOUT);
  for (let attempt = 0; ; attempt++) {
    try {
      if (signal?.aborted) throw new ApiError({ kind: 'aborted', url, method });
      // Each attempt has what is left of the request's time.
      const timed = { ...config, timeout: Math.max(1, deadline - Date.now()) };
      const raw =
        method === 'GET'
          ? await sharedGet(url, timed, signal)
          : await send(method, url, body, timed, signal ?? new AbortController().signal);
      if (raw.status < 200 || raw.status >= 300) throw httpError(raw, url, method);
      if (!schema) return undefined as T;
      let value = parseJson(raw.text, url, method);
      if (config.transform) {
        try {
          value = config.transform(value, { url, method });
        } catch (cause) {
          throw new ApiError({
            kind: 'invalid-response',
            url,
            method,
            issues: [{ path: '', message: `transform failed: ${String(cause)}` }],
            cause,
          });
        }
      }
      const parsed = z.safeParse(schema, value);
      if (!parsed.success) throw new ApiError({ kind: 'invalid-response', url, method, issues: issuesOf(parsed.error) });
      return parsed.data;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError({ kind: 'network', url, method, cause: error });
      const waitTooLong = (apiError.retryAfter ?? 0) > MAX_RETRY_AFTER_S;
      const backoff = apiError.retryAfter !== undefined ? apiError.retryAfter * 1000 : RETRY_BASE_MS * 2 ** attempt * (0.5 + Math.random());
      // No retry that could not finish in the time left.
      const late = Date.now() + backoff + RETRY_BASE_MS > deadline;
      if (attempt >= retries || !apiError.retryable || waitTooLong || late) throw apiError;
      try {
        await sleep(backoff, signal);
      } catch (cause) {
        throw new ApiError({ kind: 'aborted', url, method, cause });
      }
    }
  }
}

/** For tests and for a host that logs out: forget revalidation data. */
export function clearCache(): void {
  etagCache.clear();
}
