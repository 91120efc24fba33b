// The column chooser's checkboxes and their styles, loaded when a reader first opens it.
import { css, html, type TemplateResult } from 'lit';
import { keyOf, type ColumnsHost } from './columns.js';
import type { Localizer } from './localize.js';

/** Spanning the toolbar under the button: never wider than the element, wherever the button is. */
const chooserStyles = css`
  .toolbar,
  form:has(> .chooser) {
    position: relative;
  }
  .chooser .menu {
    position: absolute;
    inset-inline: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) var(--_space);
    min-width: 0;
    margin: calc(0.25 * var(--_rem)) 0 0;
    padding: calc(0.4 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  .chooser label {
    display: flex;
    align-items: center;
    gap: calc(0.3 * var(--_rem));
    min-height: 24px;
  }
`;

/**
 * A checkbox per column (the last shown one cannot be hidden); Escape closes the list, back on its button. A change
 * sets `columns` on the element and is remembered.
 */
export function renderChoices<K extends string>(
  host: ColumnsHost,
  l: Localizer,
  columns: readonly { key: K; label: string }[],
  shown: readonly K[],
): TemplateResult {
  const root = host.renderRoot as ShadowRoot;
  const sheet = chooserStyles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const toggle = (key: K) => (event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    host.columns = columns
      .map((column) => column.key)
      .filter((other) => (other === key ? checked : shown.includes(other)))
      .join(',');
    try {
      localStorage.setItem(keyOf(host), host.columns);
    } catch {
      // Shown now, not remembered.
    }
  };
  const close = (event: KeyboardEvent) => {
    const details = (event.currentTarget as HTMLElement).closest('details')!;
    if (event.key !== 'Escape') return;
    details.open = false;
    details.querySelector('summary')!.focus();
  };
  return html`<fieldset class="menu" part="column-chooser-menu" @keydown=${close}>
    <legend class="visually-hidden">${l.t('columns')}</legend>
    ${columns.map(
      ({ key, label }) =>
        html`<label
          ><input
            type="checkbox"
            name=${key}
            .checked=${shown.includes(key)}
            ?disabled=${shown.length === 1 && shown[0] === key}
            @change=${toggle(key)}
          />
          ${label}</label
        >`,
    )}
  </fieldset>`;
}
