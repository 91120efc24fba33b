// The billing-threshold summary of the available lines: what they amount to against the distributor's minimum. Loaded
// with the available lines it sums (a request of its own in server mode), so it costs the first screen nothing.
import { html, nothing, type TemplateResult } from 'lit';
import type { BackorderLine, BackorderPage } from '@comptoir/contract/backorders';
import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import type { ListQuery, QueryParams } from '../runtime/list-query.js';
import { BackorderProcessing } from '@comptoir/contract/backorder-processing';
import type { Money } from '@comptoir/contract/common';
import { request, resolveUrl } from '../runtime/api-client.js';
import { warnOnce, type Connection } from '../runtime/base-element.js';
import { isAbort } from '../runtime/errors.js';
import { formatMoney } from '../runtime/format.js';
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

/**
 * The weekly processing: from `processing-endpoint` (`none`: nothing), else the contract's `backorder-processing`
 * beside an endpoint ending in `/backorders`. A backend without it, or an answer off the contract, gives null and a
 * console warning: the list works without it.
 */
export async function fetchProcessing(connection: Connection, attribute: string, signal: AbortSignal): Promise<BackorderProcessing | null> {
  if (attribute === 'none') return null;
  let url: string;
  if (attribute) url = resolveUrl(attribute, 'processing-endpoint');
  else {
    const list = new URL(connection.endpoint());
    if (!/\/backorders\/?$/.test(list.pathname)) return null;
    list.pathname = list.pathname.replace(/\/backorders\/?$/, '/backorder-processing');
    list.search = '';
    url = list.href;
  }
  try {
    return await request({ url, schema: BackorderProcessing, signal, config: connection.config });
  } catch (error) {
    if (isAbort(error)) throw error;
    warnOnce(`<backorder-table>: the weekly processing (${url}) is not shown: ${(error as Error).message}`);
    return null;
  }
}

/**
 * The summary's data: the weekly processing and, when `lines` is asked and the server gave no sum, the available lines
 * to sum here (one page of the server's list).
 */
export async function loadSummary(
  query: ListQuery<BackorderPage, QueryParams>,
  connection: Connection,
  options: { lines: boolean; url: string; fromServer: boolean },
  signal: AbortSignal,
): Promise<{ lines: BackorderLine[]; processing: BackorderProcessing | null }> {
  const processing = options.fromServer ? await fetchProcessing(connection, options.url, signal) : null;
  const lines =
    options.lines && !processing?.availableTotal
      ? (await query.fetchPage(connection, { status: 'available', pageSize: MAX_PAGE_SIZE }, signal)).items
      : [];
  return { lines, processing };
}

/** The language of the element's words: its terms' `$code`, or English where the built-in English carries none. */
const wordsLanguage = (l: Localizer<BackorderTerms>) => {
  const code = l.term('$code');
  return typeof code === 'string' && code !== '$code' ? code : 'en';
};

/** A day written out with its weekday, in the language of the words around it: "lundi 23 novembre", "Monday 23 November". */
const formatLongDay = (isoDay: string, lang: string) =>
  new Intl.DateTimeFormat(lang.split('-')[0] === 'en' ? 'en-GB' : lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDay}T00:00:00Z`));

/** What the available lines amount to, against the distributor's minimum billing threshold; and the next run's day. */
export function renderThreshold(
  l: Localizer<BackorderTerms>,
  processing: BackorderProcessing | null,
  summed: Money | null,
  attribute: number,
): TemplateResult | typeof nothing {
  // The server's own sum, when it gives one (the lines summed here stop at one page); its threshold, unless 0 hides it.
  const available = processing?.availableTotal ?? summed;
  const threshold = attribute > 0 ? (processing?.billingThreshold.amount ?? attribute) : 0;
  const nextRun = processing?.nextRunAt;
  // The day in the language of the sentence around it (an es-MX page reads English), which is its terms' `$code`.
  const next = nextRun ? html`<span part="next-run">${l.t('backorderNextRun', formatLongDay(nextRun, wordsLanguage(l)))}</span>` : nothing;
  if (threshold <= 0 || !available) return next === nothing ? nothing : next;
  const { amount: sum, currency } = available;
  const lang = l.code;
  return html`<span part="threshold">
      ${l.t('backorderAvailableTotal', formatMoney(available, lang), formatMoney({ amount: threshold, currency }, lang))}
      ${sum >= threshold ? l.t('backorderAboveThreshold') : l.t('backorderBelowThreshold', formatMoney({ amount: threshold - sum, currency }, lang))}
    </span>
    ${next}`;
}
