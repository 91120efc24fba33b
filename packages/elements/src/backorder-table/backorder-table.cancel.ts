// The confirmation of a line's cancellation, with its styles: loaded on the first Cancel.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { BackorderLine } from '@comptoir/contract/backorders';
import type { Localizer } from '../runtime/localize.js';
import type { BackorderTerms } from './backorder-table.l10n.js';

export const cancelDialogStyles = css`
  dialog {
    max-width: calc(28 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;

/** The dialog, empty while no line waits for confirmation. showModal() focuses its first button: the safe "Keep". */
export function renderCancelDialog(
  l: Localizer<BackorderTerms>,
  line: BackorderLine | null,
  on: { onChoice: (confirmed: boolean) => void; onClose: () => void },
): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="confirm-text" @close=${on.onClose}>
    ${
      line
        ? html`<p id="confirm-text">${l.t('backorderCancelConfirm', line.title, line.quantity)}</p>
            <div class="actions">
              <button class="button keep" part="button" type="button" @click=${() => on.onChoice(false)}>
                ${l.t('backorderCancelKeep')}
              </button>
              <button class="button" data-variant="primary" part="button" type="button" @click=${() => on.onChoice(true)}>
                ${l.t('backorderCancel')}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
