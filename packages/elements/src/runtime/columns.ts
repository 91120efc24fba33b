// The columns a reader chooses to see in a table: the chooser's button in the toolbar (its checkboxes load when it is
// first opened: runtime/column-chooser.ts) and the choice, remembered in the browser per element.
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import type { Localizer } from './localize.js';

/** An element whose table's columns can be chosen: its `columns` attribute names the shown ones. */
export interface ColumnsHost extends ReactiveElement {
  columns: string;
}

/** Where a reader's choice is kept: per element `id`, else per tag on this page's path. */
export const keyOf = (host: HTMLElement) => `comptoir-columns:${host.localName}#${host.id || location.pathname}`;

/**
 * The reader's choice remembered for this element, applied when the page sets no `columns` (its attribute or property
 * wins). Storage can be refused (private mode, a sandboxed frame): the element then shows its default columns.
 */
export function restoreColumns(host: ColumnsHost): void {
  if (host.hasAttribute('columns') || host.columns) return;
  try {
    host.columns = localStorage.getItem(keyOf(host)) ?? '';
  } catch {
    // Not remembered: the default columns.
  }
}

/** The columns `columns` names, in the model's order; all of them when it names none it knows (or the attribute went). */
export function shownColumns<K extends string>(columns: string | null, all: readonly K[]): K[] {
  const asked = (columns || '').split(/[\s,]+/);
  const shown = all.filter((key) => asked.includes(key));
  return shown.length ? shown : [...all];
}

let chooser: typeof import('./column-chooser.js') | undefined;

/** The toolbar's column chooser: a button that opens a checkbox per column. */
export function renderColumnChooser<K extends string>(
  host: ColumnsHost,
  l: Localizer,
  columns: readonly { key: K; label: string }[],
  shown: readonly K[],
): TemplateResult {
  const load = () => void import('./column-chooser.js').then((module) => ((chooser = module), host.requestUpdate()));
  return html`<details class="chooser" part="column-chooser" @toggle=${load}>
    <summary class="button" part="button column-chooser-button">${l.t('columns')}</summary>
    ${chooser?.renderChoices(host, l, columns, shown)}
  </details>`;
}
