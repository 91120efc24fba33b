// Finding titles to follow: a search of the distributor's unavailable catalog, and a pasted list of EANs.
import { html, nothing, type TemplateResult } from 'lit';
import type { UnavailableTitle } from '@comptoir/contract/watchlist';
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
  /** The catalog's titles (rendered by the follow module, loaded with them). */
  results: (titles: UnavailableTitle[] | null) => unknown;
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
      <h2 id="find-title">${l.t('watchFindTitle')}</h2>
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
              complete: (titles) => view.results(titles),
            })
          : nothing
      }
    </section>
    <section aria-labelledby="paste-title">
      <h2 id="paste-title">${l.t('watchPasteTitle')}</h2>
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
