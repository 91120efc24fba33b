import * as z from 'zod/mini';

/** A calendar day, `YYYY-MM-DD` (no time zone: a day on the distributor's calendar). */
export const isoDate = z.iso.date();
/** An instant, ISO-8601 with offset. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** A 13-digit book EAN (978/979 prefix). The check digit is verified by `isValidEan13`. */
export const ean13 = z.string().check(z.regex(/^\d{13}$/));

export const Money = z.object({
  amount: z.number(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Money = z.infer<typeof Money>;

/** A URL that may be linked: `https:`, `http:` or relative. Anything else is refused by the elements. */
export const linkUrl = z.string().check(z.maxLength(2048));

/**
 * Why a server refused a request, as a stable `code` of a problem (with its `params`): the elements show their own
 * sentence for each, in the reader's language, and never the server's English `detail`. A server may send other codes
 * (the elements then show a general sentence for the status), or none.
 */
export const problemCodes = [
  /** The query or the body does not match the contract (`errors` says where). */
  'invalid-request',
  'invalid-json',
  'unsupported-media-type',
  /** params: `max` (bytes). */
  'payload-too-large',
  'unauthorized',
  /** The guest link's token has expired: look the dossier up again (identifier and e-mail). */
  'link-expired',
  /** A guest token opens its one dossier: not this route or another dossier. */
  'guest-scope',
  'forbidden-origin',
  'not-found',
  /** params: `retryAfter` (seconds). */
  'rate-limited',
  'server-error',
  /** The distributor does not allow cancelling this backorder line. */
  'not-cancellable',
  /** params: `validUntil`. The offer has expired: it can only be refreshed. */
  'offer-expired',
  /** The dossier is no longer an offer (it was ordered): `params.step` is where it stands. */
  'not-an-offer',
  /** params: `sku`, `label`, `requested`, `available`. Not enough stock to reserve the offer's quantities. */
  'insufficient-stock',
  /** params: `count` (how many codes are not valid EAN-13). */
  'invalid-ean',
  /** params: `max`. */
  'too-many-attachments',
  /** params: `name`. A file name with a path, or empty, or too long. */
  'attachment-name',
  /** params: `name`, `accepted` (the extensions, comma-separated). */
  'attachment-type',
  /** params: `name`. */
  'attachment-empty',
  /** params: `name`, `max` (bytes). */
  'attachment-too-large',
  /** params: `name`, `extension`. The bytes are not of the kind the extension claims. */
  'attachment-content',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** `application/problem+json` (RFC 9457), with Comptoir's `code` and `params`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  /** One of `problemCodes` for a Comptoir server; any other string from another server. */
  code: z.optional(z.string()),
  /** The values the code's sentence names (strings and numbers); kept loose so that the browser's check stays small. */
  params: z.optional(z.looseObject({})),
  detail: z.optional(z.string()),
  errors: z.optional(
    z.array(
      z.object({
        path: z.string(),
        message: z.string(),
      }),
    ),
  ),
});
export type Problem = z.infer<typeof Problem>;

export const MAX_PAGE_SIZE = 200;
/** Largest JSON request body a server accepts (413 above); a pasted list of 1,000 EANs is about 40 kB. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;
export const DEFAULT_PAGE_SIZE = 50;

/** Query of every list resource: `?q=&status=&sort=-field,field&page=&pageSize=`. Strings in, as they come from a URL. */
export const ListQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  status: z.optional(z.string().check(z.maxLength(200))),
  sort: z.optional(z.string().check(z.regex(/^-?[a-zA-Z0-9]+(,-?[a-zA-Z0-9]+)*$/))),
  page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,6}$/))),
  pageSize: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
});
export type ListQuery = z.infer<typeof ListQuery>;

export function pageOf<T extends z.core.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.minimum(0)),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
  });
}

/** The `sort=` value of one field, as the elements' `sort` attribute holds it: `notedAt`, or `-notedAt` (descending). */
export type SortParam<F extends string> = F | `-${F}`;

/** A sort key as it travels in `sort=`: `-notedAt` is descending. */
export interface SortKey<F extends string = string> {
  field: F;
  direction: 'asc' | 'desc';
}

export function parseSort<F extends string>(sort: string | undefined, allowed: readonly F[]): SortKey<F>[] | string {
  if (!sort) return [];
  const keys: SortKey<F>[] = [];
  for (const part of sort.split(',')) {
    const direction = part.startsWith('-') ? 'desc' : 'asc';
    const field = part.replace(/^-/, '') as F;
    if (!allowed.includes(field)) return field;
    keys.push({ field, direction });
  }
  return keys;
}

/** EAN-13 check digit (GS1 mod 10). */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(value: string): boolean {
  return /^\d{13}$/.test(value) && ean13CheckDigit(value.slice(0, 12)) === Number(value[12]);
}
