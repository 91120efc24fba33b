// Finding titles to follow: a search of the distributor's unavailable catalog, and a pasted list of EANs.
import { html, nothing, type TemplateResult } from 'lit';
import type { UnavailableTitle } from '@comptoir/contract/watchlist';
import { formatDay, formatMoney } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import type { ResourceRenderers } from '../runtime/resource.js';
import { renderError, renderSearch, type SearchOptions } from '../runtime/views.js';
import type { WatchlistTerms } from './availability-watchlist.l10n.js';

export interface FinderView {
  l: Localizer<WatchlistTerms>;
  /** The school catalog, or the general one. */
  school: boolean;
  onScope: (school: boolean) => void;
  catalogQ: string;
  onCatalogSearch: SearchOptions['onSearch'];
  /** The catalog's answer to `catalogQ` (null without one). */
  catalog: { render: (renderers: ResourceRenderers<UnavailableTitle[] | null>) => unknown; reload: () => Promise<void> };
  /** The EANs already followed. */
  followed: ReadonlySet<string>;
  onFollow: (title: UnavailableTitle) => void;
  pasteText: string;
  onPasteText: (text: string) => void;
  pasteBusy: boolean;
  onPaste: () => void;
  /** What the last paste did (rendered by the paste module, once loaded). */
  report: TemplateResult | typeof nothing;
}

export function renderFinder(view: FinderView): TemplateResult {
  const l = view.l;
  return html`<div class="finder" part="finder">
    <section aria-labelledby="find-title">
      <h3 id="find-title">${l.t('watchFindTitle')}</h3>
      <fieldset>
        <legend class="visually-hidden">${l.t('watchFindTitle')}</legend>
        <label
          ><input type="radio" name="scope" .checked=${!view.school} @change=${() => view.onScope(false)} />
          ${l.t('watchCatalogGeneral')}</label
        >
        <label
          ><input type="radio" name="scope" .checked=${view.school} @change=${() => view.onScope(true)} />
          ${l.t('watchCatalogSchool')}</label
        >
      </fieldset>
      ${renderSearch({ id: 'catalog-search', label: l.t('watchCatalogLabel'), placeholder: l.t('watchCatalogPlaceholder'), value: view.catalogQ, onSearch: view.onCatalogSearch })}
      ${
        view.catalogQ
          ? view.catalog.render({
              loading: () => html`<p role="status">${l.t('loading')}</p>`,
              error: (error) => renderError(l, error, () => void view.catalog.reload()),
              complete: (titles) =>
                titles && titles.length
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
                              view.followed.has(title.ean13)
                                ? html`<span class="muted">${l.t('watchFollowed')}</span>`
                                : html`<button
                                    class="button"
                                    part="button follow"
                                    type="button"
                                    aria-label=${l.t('watchFollowTitle', title.title)}
                                    @click=${() => view.onFollow(title)}
                                  >
                                    ${l.t('watchFollow')}
                                  </button>`
                            }
                          </li>`,
                      )}
                    </ul>`
                  : html`<p role="status">${l.t('watchNoResult')}</p>`,
            })
          : nothing
      }
    </section>
    <section aria-labelledby="paste-title">
      <h3 id="paste-title">${l.t('watchPasteTitle')}</h3>
      <div class="field">
        <label for="paste">${l.t('watchPasteLabel')}</label>
        <textarea
          id="paste"
          aria-describedby="paste-hint"
          .value=${view.pasteText}
          @input=${(event: InputEvent) => view.onPasteText((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <small id="paste-hint" class="muted">${l.t('watchPasteHint')}</small>
      </div>
      <p>
        <button
          class="button"
          data-variant="primary"
          part="button paste-submit"
          type="button"
          ?disabled=${view.pasteBusy || !view.pasteText.trim()}
          @click=${view.onPaste}
        >
          ${l.t('watchPasteSubmit')}
        </button>
      </p>
      ${view.report}
    </section>
  </div>`;
}
