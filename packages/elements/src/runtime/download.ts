import type { ComptoirConfig } from './config.js';
import { ApiError } from './errors.js';
import { DEFAULT_TIMEOUT, httpError } from './api-client.js';

/**
 * A binary GET (a document to save; apart from api-client.ts so that elements without downloads do not load it), with the configured fetch, headers, credentials and timeout, and the same typed
 * errors as `request`. No retry, no transform: the body is not JSON.
 */
export async function fetchBlob(
  url: string,
  config: ComptoirConfig = {},
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName?: string }> {
  const timeoutController = new AbortController();
  const timer = setTimeout(() => timeoutController.abort(new DOMException('timeout', 'TimeoutError')), config.timeout ?? DEFAULT_TIMEOUT);
  const combined = signal ? AbortSignal.any([signal, timeoutController.signal]) : timeoutController.signal;
  const doFetch = config.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await doFetch(url, {
      headers: new Headers(config.headers),
      credentials: config.credentials ?? 'same-origin',
      signal: combined,
    });
    if (!response.ok) throw httpError({ status: response.status, headers: response.headers, text: await response.text() }, url, 'GET');
    const blob = await response.blob();
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
    return { blob, fileName };
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    if (signal?.aborted) throw new ApiError({ kind: 'aborted', url, method: 'GET', cause });
    if (timeoutController.signal.aborted) throw new ApiError({ kind: 'timeout', url, method: 'GET', cause });
    throw new ApiError({ kind: 'network', url, method: 'GET', cause });
  } finally {
    clearTimeout(timer);
  }
}
