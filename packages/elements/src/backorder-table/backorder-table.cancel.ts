// The confirmation of a line's cancellation, with its styles: loaded on the first Cancel.
import { html, nothing, type TemplateResult } from 'lit';
import { dialogStyles } from '../runtime/dialog.js';
import type { BackorderLine } from '@comptoir/contract/backorders';
import type { Localizer } from '../runtime/localize.js';
import type { BackorderTerms } from './backorder-table.l10n.js';
import { request } from '../runtime/api-client.js';
import type { BackorderFlowHost } from './backorder-table.flows.js';

export const cancelDialogStyles = dialogStyles;

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

/** The reader's choice in the dialog: a confirmed line leaves at once, focus going to the line taking its place. */
export function closeDialog(host: BackorderFlowHost, confirmed: boolean): void {
  const line = host.confirming;
  host.dialog?.close();
  host.confirming = null;
  if (!confirmed || !line) return; // the dialog gives focus back to the line's Cancel button
  const value = host.data.value;
  const index = value ? host.visibleRows(value).rows.indexOf(line) : -1;
  void cancelLine(host, line);
  if (value && index >= 0) host.grid.focusRow?.(index, host.visibleRows(value).total);
}

/** Optimistic: the line disappears at once, and comes back with a message if the server refuses. */
async function cancelLine(host: BackorderFlowHost, line: BackorderLine): Promise<void> {
  host.hiddenIds = new Set([...host.hiddenIds, line.id]);
  host.notice = null;
  try {
    await request({ method: 'DELETE', url: host.itemUrl(line.id), config: host.config() });
    host.notice = { tone: 'info', text: host.localize.t('backorderCancelled', line.title) };
    host.emit('backorder-cancel', { line });
    if (host.items) host.items = host.items.filter((item) => item.id !== line.id);
    else if (!host.isClientMode) void host.data.reload();
  } catch (error) {
    const hidden = new Set(host.hiddenIds);
    hidden.delete(line.id);
    host.hiddenIds = hidden;
    const reason = await (await import('../runtime/problem.js')).reasonOf(host.localize, error);
    host.notice = { tone: 'danger', text: host.localize.t('backorderCancelFailed', line.title, reason) };
  }
}
