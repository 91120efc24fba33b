// The weekly processing of noted lines, in a module of its own: an element loads it with the summary that shows it,
// not with its list.
import * as z from 'zod/mini';
import { Money, isoDate } from './common.js';

/**
 * The distributor's weekly processing of noted lines: available lines are served (billed and shipped) at its next run
 * once what they amount to reaches the billing threshold; lines past their purge date leave the list.
 */
export const BackorderProcessing = z.object({
  /** The day of the next weekly run. */
  nextRunAt: isoDate,
  /** The day of the last run, when there was one. */
  lastRunAt: z.nullable(isoDate),
  /** Minimum amount, excluding tax, of the available lines for them to be served. */
  billingThreshold: Money,
  /** What the account's available lines with a known price amount to, excluding tax (null when none has a price). */
  availableTotal: z.nullable(Money),
});
export type BackorderProcessing = z.infer<typeof BackorderProcessing>;
