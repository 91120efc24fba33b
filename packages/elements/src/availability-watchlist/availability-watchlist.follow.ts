// Following, unfollowing and your references on the server, after the list changed at once: the server's rows replace the
// placeholders, a failure takes them back out (or brings removed rows back) with the server's reason. Loaded when the
// user starts looking for titles (a catalog search, a paste) or unfollows one; it also renders the catalog's answers.
import { html, type TemplateResult } from 'lit';
import type { UnavailableTitle, WatchAddResult, WatchItem } from '@comptoir/contract/watchlist';
import { formatDay, formatMoney } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { reasonOf } from '../runtime/problem.js';
import type { WatchlistTerms } from './availability-watchlist.l10n.js';
import type { Row } from './availability-watchlist.rows.js';

export interface FollowHost {
  l: Localizer<WatchlistTerms>;
  /** The rows as they are now (read again after the server answers: the user may have changed them meanwhile). */
  rows: () => Row[];
  setRows: (rows: Row[]) => void;
  notify: (notice: { tone: 'info' | 'warning' | 'danger'; text: string } | null) => void;
  send: (items: { ean13: string }[]) => Promise<WatchAddResult>;
  added: (items: WatchItem[]) => void;
  /** Follows titles again with their first day and your reference (Undo), after their removal on the server. */
  restore: (items: Row[]) => Promise<WatchAddResult>;
  /** Unfollows one title on the server (after the user's earlier changes to it). */
  remove: (ean13: string) => Promise<unknown>;
  removed: (items: WatchItem[]) => void;
  /** Sets your reference of a followed title on the server (after the user's earlier changes to it). */
  patch: (ean13: string, yourReference: string) => Promise<unknown>;
}

/**
 * Sends titles whose placeholder rows show: the server's rows replace them, a failure takes them back out with the
 * server's reason. True when the server took the request (some titles may be unknown to it).
 */
export async function follow(host: FollowHost, codes: Set<string>): Promise<boolean> {
  const { l } = host;
  try {
    const result = await host.send([...codes].map((ean13) => ({ ean13 })));
    const added = new Map(result.added.map((item) => [item.ean13, item]));
    host.setRows(
      host.rows().flatMap((row) => (row.pending && codes.has(row.ean13) ? (added.has(row.ean13) ? [added.get(row.ean13)!] : []) : [row])),
    );
    const unknown = result.skipped.filter((skip) => skip.reason === 'unknown-title').map((skip) => skip.ean13);
    host.notify({
      // Some followed and some unknown: done in part, a warning; none followed: a failure.
      tone: unknown.length ? (result.added.length ? 'warning' : 'danger') : 'info',
      text: [
        result.added.length ? l.t('watchAdded', result.added.length) : '',
        unknown.length ? l.t('watchUnknown', unknown.length, unknown.join(', ')) : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
    if (result.added.length) host.added(result.added);
    return true;
  } catch (error) {
    host.setRows(host.rows().filter((row) => !codes.has(row.ean13)));
    host.notify({ tone: 'danger', text: l.t('watchAddFailed', await reasonOf(host.l, error)) });
    return false;
  }
}

/** Commits removals the user did not undo; the ones the server refuses come back, with its reason. */
export async function unfollow(host: FollowHost, items: Row[]): Promise<void> {
  const results = await Promise.allSettled(items.map((item) => host.remove(item.ean13)));
  const failed = items.filter((_, i) => results[i]!.status === 'rejected');
  const removed = items.filter((_, i) => results[i]!.status === 'fulfilled').map(({ pending: _pending, ...item }) => item);
  if (removed.length) host.removed(removed);
  if (failed.length) {
    const rows = host.rows();
    host.setRows([...failed.filter((item) => !rows.some((row) => row.ean13 === item.ean13)), ...rows]);
    const reason = await reasonOf(host.l, (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason);
    host.notify({ tone: 'danger', text: host.l.t('watchRemoveFailed', failed.length, reason) });
  }
}

/**
 * Undo of an unfollow already on the server: the rows are back at once (usable); the server follows the titles again
 * with their first day and your reference, and its rows replace them; a failure takes them back out with its reason.
 */
export async function restore(host: FollowHost, items: Row[]): Promise<void> {
  const codes = new Set(items.map((item) => item.ean13));
  try {
    const result = await host.restore(items);
    const added = new Map(result.added.map((item) => [item.ean13, item]));
    // A title the server still had (its removal failed) keeps its row as it was.
    host.setRows(host.rows().map((row) => added.get(row.ean13) ?? row));
    if (result.added.length) host.added(result.added);
  } catch (error) {
    host.setRows(host.rows().filter((row) => !(row.pending && codes.has(row.ean13))));
    host.notify({ tone: 'danger', text: host.l.t('watchAddFailed', await reasonOf(host.l, error)) });
  }
}

/** Your reference, changed at once; the server's refusal undoes this change only, if nothing newer replaced it. */
export async function saveReference(host: FollowHost, row: Row, next: string): Promise<void> {
  if (next === row.yourReference) return;
  const set = (reference: string) => host.setRows(host.rows().map((r) => (r.ean13 === row.ean13 ? { ...r, yourReference: reference } : r)));
  set(next);
  try {
    await host.patch(row.ean13, next);
  } catch (error) {
    if (host.rows().find((r) => r.ean13 === row.ean13)?.yourReference === next) set(row.yourReference);
    host.notify({ tone: 'danger', text: host.l.t('watchEditFailed', row.title, await reasonOf(host.l, error)) });
  }
}

/** The catalog's titles matching a search, each with its Follow button (or "followed"). */
export function renderCatalogResults(
  l: Localizer<WatchlistTerms>,
  titles: UnavailableTitle[] | null,
  followed: ReadonlySet<string>,
  onFollow: (title: UnavailableTitle) => void,
): TemplateResult {
  return titles && titles.length
    ? html`<ul class="results" aria-label=${l.t('watchFindTitle')}>
        ${titles.map(
          (title) =>
            html`<li>
              <span class="what"
                >${title.title}
                <span class="muted"
                  >· ${title.author ?? ''} · ${title.publisher} · ${title.ean13}
                  ${title.expectedAt ? `· ${l.t('watchExpectedOn', formatDay(title.expectedAt, l.code))}` : ''}</span
                ></span
              >
              <span>${formatMoney(title.price, l.code)}</span>
              ${
                followed.has(title.ean13)
                  ? html`<span class="muted">${l.t('watchFollowed')}</span>`
                  : html`<button
                      class="button"
                      part="button follow"
                      type="button"
                      aria-label=${l.t('watchFollowTitle', title.title)}
                      @click=${() => onFollow(title)}
                    >
                      ${l.t('watchFollow')}
                    </button>`
              }
            </li>`,
        )}
      </ul>`
    : html`<p role="status">${l.t('watchNoResult')}</p>`;
}
