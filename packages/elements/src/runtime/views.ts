import { html, nothing, type ReactiveControllerHost, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiError } from './errors.js';
import type { Localizer } from './localize.js';
import { formatDay, todayIso } from './format.js';

/** Loading: a skeleton of the size of the data it waits for, so nothing jumps when it arrives. */
export function renderLoading(l: Localizer, rows = 5): TemplateResult {
  return html`<div class="state" data-state="loading" part="state loading" role="status" aria-live="polite">
    <span class="visually-hidden">${l.t('loading')}</span>
    <div class="skeleton" aria-hidden="true">${Array.from({ length: rows }, () => html`<span></span>`)}</div>
  </div>`;
}

export interface EmptyOptions {
  filtered: boolean;
  message?: string;
  onClear?: () => void;
}

export function renderEmpty(l: Localizer, options: EmptyOptions): TemplateResult {
  return html`<div class="state" data-state="empty" part="state empty" role="status">
    <p>${options.message ?? (options.filtered ? l.t('emptyFiltered') : l.t('empty'))}</p>
    ${
      options.filtered && options.onClear
        ? html`<button class="button" part="button" type="button" @click=${options.onClear}>${l.t('clearFilters')}</button>`
        : nothing
    }
  </div>`;
}

/** The human sentence for an error, in the element's language. */
export function errorMessage(l: Localizer, error: ApiError): string {
  switch (error.kind) {
    case 'http':
      return l.t('errorHttp', error.status ?? 0);
    case 'network':
      return l.t('errorNetwork');
    case 'timeout':
      return l.t('errorTimeout');
    case 'aborted':
      return l.t('errorAborted');
    case 'invalid-response':
      return l.t('errorInvalid');
    case 'config':
      return l.t('errorConfig', error.attribute ?? 'endpoint');
    case 'limit':
      return l.t('errorLimit');
  }
}

/** Error: what went wrong for a person, the technical detail behind a disclosure, and Retry when it may help. */
export function renderError(l: Localizer, error: ApiError, onRetry: () => void): TemplateResult {
  const issues = error.issues.slice(0, 5);
  return html`<div class="state" data-state="error" data-kind=${error.kind} part="state error" role="alert">
    <p class="error-title">${errorMessage(l, error)}</p>
    ${error.retryAfter ? html`<p>${l.t('errorRetryAfter', error.retryAfter)}</p>` : nothing}
    <details part="error-detail">
      <summary>${l.t('technicalDetail')}</summary>
      <p>${error.message}</p>
      ${
        issues.length
          ? html`<ul>
              ${issues.map((issue) => html`<li><code>${issue.path || '(root)'}</code> ${issue.message}</li>`)}
            </ul>`
          : nothing
      }
      ${
        error.problem?.errors?.length
          ? html`<ul>
              ${error.problem.errors.map((issue) => html`<li><code>${issue.path}</code> ${issue.message}</li>`)}
            </ul>`
          : nothing
      }
    </details>
    ${
      error.retryable
        ? html`<button class="button" data-variant="primary" part="button retry" type="button" @click=${onRetry}>${l.t('retry')}</button>`
        : nothing
    }
  </div>`;
}

export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

/** A status badge; the meaning is in the accessible description and the tooltip. */
export function renderBadge(label: string, tone: Tone, description?: string): TemplateResult {
  return html`<span class="badge" part="badge" data-tone=${tone} title=${ifDefined(description)}
    >${label}${description ? html`<span class="visually-hidden"> — ${description}</span>` : nothing}</span
  >`;
}

export interface PagerOptions {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function renderPager(l: Localizer, { page, pageSize, total, onPage }: PagerOptions): TemplateResult | typeof nothing {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${l.t('pagerLabel')}>
    <button class="button" part="button" type="button" ?disabled=${page <= 1} @click=${() => onPage(page - 1)}>
      ${l.t('previousPage')}
    </button>
    <span aria-live="polite">${l.t('pageOf', page, pages)}</span>
    <button class="button" part="button" type="button" ?disabled=${page >= pages} @click=${() => onPage(page + 1)}>
      ${l.t('nextPage')}
    </button>
  </nav>`;
}

/**
 * Calls `fn` once input has paused for `delay` ms (a number, or a function read at each call); `flush` runs it now
 * (Enter), `cancel` drops it, and so does the element `host` leaving the page.
 */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  delay: number | (() => number) = 300,
  host?: ReactiveControllerHost,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;
  const debounced = (...args: A) => {
    lastArgs = args;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        fn(...args);
      },
      typeof delay == 'number' ? delay : delay(),
    );
  };
  debounced.flush = () => {
    if (timer !== undefined && lastArgs) {
      clearTimeout(timer);
      timer = undefined;
      fn(...lastArgs);
    }
  };
  debounced.cancel = () => clearTimeout(timer);
  // Nothing runs after the element leaves the page.
  host?.addController({ hostDisconnected: debounced.cancel });
  return debounced;
}

/** The debounced search of a list element: sets its `q` (trimmed) and goes back to its first page. */
export const searchOf = (host: ReactiveControllerHost & { q: string; page?: number }, delay: number | (() => number) = 300) =>
  debounce(
    (value: string) => {
      host.q = value.trim();
      if (host.page) host.page = 1;
    },
    delay,
    host,
  );

export interface SearchOptions {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  /** Debounced input; Enter runs it at once. */
  onSearch: ReturnType<typeof debounce<[string]>>;
}

export function renderSearch({ id, label, placeholder, value, onSearch }: SearchOptions): TemplateResult {
  return html`<div class="field" part="search">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="search"
      part="search-input"
      .value=${value}
      placeholder=${placeholder}
      autocomplete="off"
      @input=${(event: InputEvent) => onSearch((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && onSearch.flush()}
    />
  </div>`;
}

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportMenuOptions {
  onExport: (format: ExportFormat) => void;
  progress?: { done: number; total: number } | null;
  disabled?: boolean;
}

/** A disclosure with the two formats: plain buttons, so Tab, Enter and Escape work as everywhere. */
export function renderExportMenu(l: Localizer, { onExport, progress, disabled }: ExportMenuOptions): TemplateResult {
  const choose = (format: ExportFormat) => (event: Event) => {
    (event.target as HTMLElement).closest('details')?.removeAttribute('open');
    onExport(format);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    const details = event.currentTarget as HTMLDetailsElement;
    if (event.key === 'Escape' && details.open) {
      details.open = false;
      details.querySelector('summary')?.focus();
    }
  };
  return html`<details class="export" part="export" @keydown=${closeOnEscape}>
    <summary class="button" part="button export-button" aria-disabled=${disabled ? 'true' : 'false'}>${l.t('export')}</summary>
    <div class="menu" part="export-menu">
      <button class="button" type="button" ?disabled=${disabled} @click=${choose('xlsx')}>${l.t('exportXlsx')}</button>
      <button class="button" type="button" ?disabled=${disabled} @click=${choose('csv')}>${l.t('exportCsv')}</button>
    </div>
    ${progress ? html`<span role="status">${l.t('exporting', progress.done, progress.total)}</span>` : nothing}
  </details>`;
}

export interface Notice {
  /** `warning`: done in part (some titles followed, some unknown). */
  tone: 'info' | 'warning' | 'danger';
  text: string;
  /** An action beside Dismiss (Undo…). */
  action?: { label: string; part?: string; run: () => void };
}

/**
 * What a printed list shows, above it on paper only (the toolbar does not print): its title, its filters (`[label,
 * value]`, empty values left out) and the day.
 */
export function renderPrintHeading(l: Localizer, title: string, filters: [string, string][]): TemplateResult {
  const shown = filters.filter(([, value]) => value).map(([label, value]) => l.t('printFilter', label, value));
  return html`<p class="print-heading" part="print-heading">
    ${l.t('printHeading', title, shown.join(' · '), formatDay(todayIso(), l.code))}
  </p>`;
}

/** A message above the content: a status, or an alert when something failed; Dismiss closes it. */
export function renderNotice(l: Localizer, notice: Notice | null, onDismiss: () => void): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<div class="notice" part="notice" data-tone=${notice.tone} role=${notice.tone === 'danger' ? 'alert' : 'status'}>
    <span>${notice.text}</span>
    <span class="spacer"></span>
    ${
      notice.action
        ? html`<button class="button" part="button ${notice.action.part ?? ''}" type="button" @click=${notice.action.run}>
            ${notice.action.label}
          </button>`
        : nothing
    }
    <button class="button" part="button" type="button" @click=${(event: Event) => dismiss(event, onDismiss)}>${l.t('dismiss')}</button>
  </div>`;
}

/** Closes a notice, then puts focus on the element's first control: the button that had it is gone, the page is not. */
function dismiss(event: Event, onDismiss: () => void): void {
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  onDismiss();
  void (root.host as ReactiveElement).updateComplete.then(() =>
    root.querySelector<HTMLElement>(':is(input, select, button):enabled')?.focus(),
  );
}
