// The billing-threshold summary of the available lines: what they amount to against the distributor's minimum. Loaded
// with the available lines it sums (a request of its own in server mode), so it costs the first screen nothing.
import { html, nothing, type TemplateResult } from 'lit';
import type { BackorderLine } from '@comptoir/contract/backorders';
import type { Money } from '@comptoir/contract/common';
import { formatLongDay, formatMoney } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import type { BackorderTerms } from './backorder-table.l10n.js';
import type { amountOf } from './backorder-table.amount.js';

type AmountOf = typeof amountOf;

/**
 * Total of the available lines whose price is known, in the currency of the first one; null when none has a price.
 * Computed once per list and removal, not on every scroll frame.
 */
export class AvailableSum {
  /** `amountOf` comes from the table, so that it loads with it, not in a chunk of its own. */
  constructor(private readonly amountOf: AmountOf) {}

  private memo?: { source: BackorderLine[]; hidden: ReadonlySet<string>; sum: Money | null };

  of(source: BackorderLine[], hidden: ReadonlySet<string>): Money | null {
    if (this.memo?.source === source && this.memo.hidden === hidden) return this.memo.sum;
    let sum: Money | null = null;
    for (const line of source) {
      if (line.status !== 'available' || !line.price || hidden.has(line.id)) continue;
      sum ??= { amount: 0, currency: line.price.currency };
      sum.amount += this.amountOf(line)!.amount;
    }
    this.memo = { source, hidden, sum };
    return sum;
  }
}

/** What the available lines amount to, against the distributor's minimum billing threshold; and the next run's day. */
export function renderThreshold(
  l: Localizer<BackorderTerms>,
  available: Money | null,
  threshold: number,
  nextRun: string | null,
): TemplateResult | typeof nothing {
  const next = nextRun ? html`<span part="next-run">${l.t('backorderNextRun', formatLongDay(nextRun, l.wordsCode))}</span>` : nothing;
  if (threshold <= 0 || !available) return next === nothing ? nothing : next;
  const { amount: sum, currency } = available;
  const lang = l.code;
  return html`<span part="threshold">
      ${l.t('backorderAvailableTotal', formatMoney(available, lang), formatMoney({ amount: threshold, currency }, lang))}
      ${sum >= threshold ? l.t('backorderAboveThreshold') : l.t('backorderBelowThreshold', formatMoney({ amount: threshold - sum, currency }, lang))}
    </span>
    ${next}`;
}
