import * as z from 'zod/mini';
import { isoDateTime } from './common.js';

/**
 * Guest access to one dossier, for a customer without an account's sign-in: the identifier printed on the offer, the
 * order or the instrument (our reference, your reference, a serial number) and the dossier's contact e-mail. A wrong
 * identifier and a wrong e-mail get the same answer; failed look-ups are limited per client address.
 */
export const GuestAccessRequest = z.object({
  /** Spaces around it are ignored, and its case. */
  identifier: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Spaces around it are ignored, and its case. */
  email: z.string().check(z.minLength(3), z.maxLength(254)),
});
export type GuestAccessRequest = z.infer<typeof GuestAccessRequest>;

/**
 * A signed, expiring token that opens one dossier (`order`, our reference) and nothing else: sent as
 * `Authorization: Bearer <token>`, as an e-mail's link would carry it. Opaque to clients.
 */
export const GuestAccess = z.object({
  token: z.string().check(z.minLength(16), z.maxLength(200)),
  order: z.string(),
  expiresAt: isoDateTime,
});
export type GuestAccess = z.infer<typeof GuestAccess>;
