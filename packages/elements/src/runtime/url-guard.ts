/**
 * A URL from data may be linked only when it is `https:`, `http:` or relative (resolved against the page).
 * Returns the URL to put in `href`, or `null` when it must not be linked (`javascript:`, `data:`, garbage…).
 */
export function safeUrl(value: string | null | undefined, base: string = document.baseURI): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // The browser strips tabs and newlines inside schemes ("java\tscript:"): judge what it would really open.
  return url.href;
}

/** Whether a linked URL leaves the page's origin (it then opens with rel="noopener noreferrer"). */
export function isExternal(href: string): boolean {
  return new URL(href).origin !== location.origin;
}
