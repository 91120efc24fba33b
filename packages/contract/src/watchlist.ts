import * as z from 'zod/mini';
import { Money, ean13, isoDate, pageOf } from './common.js';

/** The longest reference a customer gives a followed title (its own label, shown and exported). */
export const MAX_REFERENCE_LENGTH = 60;

export const WatchItem = z.object({
  ean13,
  subscribedAt: isoDate,
  title: z.string(),
  author: z.nullable(z.string()),
  publisher: z.string(),
  price: z.nullable(Money),
  available: z.boolean(),
  /** The day the title is (or is expected to be) available again. */
  availableAt: z.nullable(isoDate),
  /** The day the availability e-mail was sent. */
  notifiedAt: z.nullable(isoDate),
  yourReference: z.string().check(z.maxLength(MAX_REFERENCE_LENGTH)),
});
export type WatchItem = z.infer<typeof WatchItem>;
export const WatchPage = pageOf(WatchItem);
export type WatchPage = z.infer<typeof WatchPage>;
export const watchSortFields = ['ean13', 'subscribedAt', 'title', 'publisher', 'price', 'available', 'availableAt'] as const;
export type WatchSortField = (typeof watchSortFields)[number];

/** Follow one or many titles at once. */
export const WatchAddRequest = z.object({
  items: z
    .array(
      z.object({
        ean13,
        yourReference: z.optional(z.string().check(z.maxLength(MAX_REFERENCE_LENGTH))),
        /** When a title unfollowed by mistake is followed again (Undo): its first day, kept (at most today). */
        subscribedAt: z.optional(isoDate),
      }),
    )
    .check(z.minLength(1), z.maxLength(1000)),
});
export type WatchAddRequest = z.infer<typeof WatchAddRequest>;

export const watchSkipReasons = ['already-followed', 'duplicate', 'unknown-title'] as const;
export const WatchAddResult = z.object({
  added: z.array(WatchItem),
  skipped: z.array(z.object({ ean13, reason: z.enum(watchSkipReasons) })),
});
export type WatchAddResult = z.infer<typeof WatchAddResult>;

export const WatchPatchRequest = z.object({ yourReference: z.string().check(z.maxLength(MAX_REFERENCE_LENGTH)) });
export type WatchPatchRequest = z.infer<typeof WatchPatchRequest>;

/** A title of the catalog that is currently unavailable, and so can be followed. */
export const UnavailableTitle = z.object({
  ean13,
  title: z.string(),
  author: z.nullable(z.string()),
  publisher: z.string(),
  price: z.nullable(Money),
  school: z.boolean(),
  expectedAt: z.nullable(isoDate),
  followed: z.boolean(),
});
export type UnavailableTitle = z.infer<typeof UnavailableTitle>;
export const UnavailablePage = pageOf(UnavailableTitle);
export type UnavailablePage = z.infer<typeof UnavailablePage>;
