import type { Problem } from '@comptoir/contract/common';

/**
 * `limit`: a list longer than the most the element loads in full (an export, a list sorted in the browser); narrowing
 * it with a search or a filter helps, asking again does not.
 */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'aborted' | 'config' | 'limit';

export interface ValidationIssue {
  /** Dotted path into the response, e.g. `items.0.price.amount`. */
  path: string;
  message: string;
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  url: string;
  method?: string;
  status?: number;
  problem?: Problem;
  issues?: ValidationIssue[];
  /** Seconds the server asked to wait (Retry-After). */
  retryAfter?: number;
  /** For `config` errors: the attribute or property that is wrong. */
  attribute?: string;
  cause?: unknown;
}

/** Everything that can go wrong with data, as one type the error view can explain. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly method: string;
  readonly status?: number;
  readonly problem?: Problem;
  readonly issues: ValidationIssue[];
  readonly retryAfter?: number;
  readonly attribute?: string;

  constructor(init: ApiErrorInit, message?: string) {
    super(message ?? ApiError.describe(init), { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.url = init.url;
    this.method = init.method ?? 'GET';
    this.status = init.status;
    this.problem = init.problem;
    this.issues = init.issues ?? [];
    this.retryAfter = init.retryAfter;
    this.attribute = init.attribute;
  }

  /** A technical, English one-liner for logs and the error view's detail. */
  static describe(init: ApiErrorInit): string {
    const target = `${init.method ?? 'GET'} ${init.url}`;
    switch (init.kind) {
      case 'http':
        return `${target} answered ${init.status}${init.problem ? `: ${init.problem.title}${init.problem.detail ? ` (${init.problem.detail})` : ''}` : ''}`;
      case 'invalid-response':
        return `${target} returned an unexpected body${
          init.issues?.length
            ? `: ${init.issues
                .slice(0, 3)
                .map((i) => `${i.path || '(root)'} ${i.message}`)
                .join('; ')}`
            : ''
        }`;
      case 'timeout':
        return `${target} did not answer in time`;
      case 'network':
        return `${target} could not be reached`;
      case 'aborted':
        return `${target} was cancelled`;
      case 'config':
        return init.attribute === 'fetch'
          ? `the page's fetch threw for ${init.url}: ${String(init.cause)}`
          : `invalid ${init.attribute ?? 'configuration'}: ${init.url}`;
      case 'limit':
        return `${target} lists too many items`;
    }
  }

  /**
   * Whether asking again may help: the one answer the client (automatic retries of GETs) and the error view (its Retry
   * button) both use. A network failure, a timeout, 408, 429, 5xx and an answer of the wrong shape (a proxy's error
   * page, a deployment half done) may pass; 4xx (signed out, forbidden, not found, refused) and a configuration error
   * come back the same.
   */
  get retryable(): boolean {
    if (this.kind === 'http') return this.status === 408 || this.status === 429 || (this.status ?? 0) >= 500;
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'invalid-response';
  }
}

export function isAbort(error: unknown): boolean {
  return (error instanceof ApiError && error.kind === 'aborted') || (error instanceof DOMException && error.name === 'AbortError');
}
