import type { BackorderLine } from '@comptoir/contract/backorders';
import type { Money } from '@comptoir/contract/common';

/** A line's amount: its price times its quantity, to the cent; none without a price. */
export const amountOf = (line: BackorderLine): Money | null =>
  line.price ? { amount: Math.round(line.price.amount * line.quantity * 100) / 100, currency: line.price.currency } : null;
