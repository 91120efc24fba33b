// The open case below its summary line: its details, the edit form, the reply form with its attachments, and the
// history. Loaded when a case opens (the list does not need it), while the case itself is fetched.
import { html, nothing, type TemplateResult } from 'lit';
import { MAX_ATTACHMENTS, attachmentExtensions, type Attachment, type CaseDetail } from '@comptoir/contract/cases';
import { formatDateTime, formatNumber } from '../runtime/format.js';
import { renderBadge } from '../runtime/views.js';
import type { Localizer } from '../runtime/localize.js';
import type { CaseTerms } from './case-journal.l10n.js';
import { MEGABYTES, kinds, statusTone, type Draft, type Editing } from './case-journal.shared.js';

/** What the detail reads from its element, and the element's actions it calls. */
export interface CaseDetailView {
  l: Localizer<CaseTerms>;
  editing: Editing | null;
  errors: Record<string, string>;
  draft: Draft;
  busy: boolean;
  field: (
    id: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    options?: { type?: string; multiline?: boolean; hint?: string; autocomplete?: string },
  ) => TemplateResult;
  /** Opens (a value) or closes (null) the edit form, clearing its errors. */
  setEditing: (editing: Editing | null) => void;
  setDraft: (draft: Draft) => void;
  saveEdit: () => void;
  send: () => void;
  addFiles: (input: HTMLInputElement) => void;
  download: (attachment: Attachment) => void;
}

export function renderCaseDetail(view: CaseDetailView, detail: CaseDetail): TemplateResult {
  const l = view.l;
  const lang = l.code;
  const labels = l.table('caseColumns');
  const edit = view.editing;
  const draft = view.draft;
  // Newest first; messages of the same time keep their reverse order of arrival.
  const messages = [...detail.messages].reverse().sort((a, b) => b.at.localeCompare(a.at));
  return html`<dl class="summary" part="summary">
      <dt>${labels.createdAt}</dt>
      <dd>${formatDateTime(detail.createdAt, lang)}</dd>
      <dt>${labels.id}</dt>
      <dd>${detail.id}</dd>
      <dt>${labels.status}</dt>
      <dd>
        ${renderBadge(l.table('caseStatus')[detail.status], statusTone[detail.status])}
        <span class="hint">${l.table('caseStatusMeaning')[detail.status]}</span>
      </dd>
      <dt>${labels.primaryEmail}</dt>
      <dd>${detail.primaryEmail}</dd>
      <dt>${l.t('caseCc')}</dt>
      <dd>${detail.cc.length ? detail.cc.join(', ') : html`<span class="hint">${l.t('caseNoCc')}</span>`}</dd>
      <dt>${labels.shortDescription}</dt>
      <dd>${detail.shortDescription}</dd>
    </dl>
    ${
      edit
        ? html`<form
            part="form"
            novalidate
            aria-labelledby="edit-title"
            @submit=${(event: Event) => (event.preventDefault(), view.saveEdit())}
          >
            <h3 id="edit-title">${l.t('caseEditTitle')}</h3>
            ${view.field(
              'edit-primaryEmail',
              labels.primaryEmail,
              edit.primaryEmail,
              (v) => view.setEditing({ ...edit, primaryEmail: v }),
              {
                type: 'email',
                hint: l.t('caseOwnerNote'),
              },
            )}
            ${view.field('edit-cc', l.t('caseCc'), edit.cc, (v) => view.setEditing({ ...edit, cc: v }), { multiline: true, hint: l.t('caseCcHint') })}
            ${view.field('edit-shortDescription', labels.shortDescription, edit.shortDescription, (v) => view.setEditing({ ...edit, shortDescription: v }))}
            <div class="actions">
              <button class="button" data-variant="primary" part="button" type="submit" ?disabled=${view.busy}>${l.t('caseSave')}</button>
              <button class="button" part="button" type="button" @click=${() => view.setEditing(null)}>${l.t('caseCancel')}</button>
            </div>
          </form>`
        : html`<p>
            <button
              class="button"
              part="button edit"
              type="button"
              @click=${() =>
                view.setEditing({ primaryEmail: detail.primaryEmail, cc: detail.cc.join(', '), shortDescription: detail.shortDescription })}
            >
              ${l.t('caseEdit')}
            </button>
          </p>`
    }
    <form part="form" novalidate aria-labelledby="write-title" @submit=${(event: Event) => (event.preventDefault(), view.send())}>
      <h3 id="write-title">${l.t('caseWrite')}</h3>
      <p class="hint">${l.t('caseReplyNote')}</p>
      ${view.field('reply-text', l.t('caseMessage'), draft.text, (v) => view.setDraft({ ...view.draft, text: v }), { multiline: true })}
      <div class="field">
        <label for="reply-files">${l.t('caseFiles')}</label>
        <input
          id="reply-files"
          type="file"
          multiple
          accept=${attachmentExtensions.map((e) => `.${e}`).join(',')}
          ?disabled=${draft.files.length >= MAX_ATTACHMENTS}
          aria-describedby="reply-files-hint${view.errors.files ? ' reply-files-error' : ''}"
          @change=${(event: Event) => view.addFiles(event.target as HTMLInputElement)}
        />
        <p class="hint" id="reply-files-hint">${l.t('caseFilesHint', MAX_ATTACHMENTS, MEGABYTES, kinds)}</p>
        ${view.errors.files ? html`<p class="error" id="reply-files-error" role="alert">${view.errors.files}</p>` : nothing}
        <ul class="files">
          ${draft.files.map(
            (file, index) =>
              html`<li>
                <span>${file.name}</span>
                <span class="hint">${formatNumber(Math.ceil(file.size / 1024), lang)} ko</span>
                <button
                  class="button"
                  part="button"
                  type="button"
                  aria-label=${l.t('caseRemoveFile', file.name)}
                  @click=${() => view.setDraft({ ...view.draft, files: view.draft.files.filter((_, i) => i !== index) })}
                >
                  ×
                </button>
              </li>`,
          )}
        </ul>
      </div>
      <div class="actions">
        <button class="button" data-variant="primary" part="button send" type="submit" ?disabled=${view.busy}>
          ${view.busy ? l.t('caseSending') : l.t('caseSend')}
        </button>
      </div>
    </form>
    <h3>${l.t('caseHistory', messages.length)}</h3>
    <ol class="history">
      ${messages.map(
        (message, index) =>
          html`<li part="message">
            <details ?open=${index === 0}>
              <summary>
                <span class="when">${formatDateTime(message.at, lang)}</span>
                <span class="who">${message.from === 'customer' ? l.t('caseFromCustomer') : l.t('caseFromSupport')}</span>
                <span>${message.subject}</span>
              </summary>
              <p class="hint">${message.author}</p>
              <p class="text">${message.text}</p>
              ${
                message.attachments.length
                  ? html`<ul class="attachments">
                      ${message.attachments.map(
                        (attachment) =>
                          html`<li>
                            <button class="button" part="button attachment" type="button" @click=${() => view.download(attachment)}>
                              ${attachment.name}
                            </button>
                            <span class="hint">${formatNumber(Math.ceil(attachment.size / 1024), lang)} ko</span>
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </details>
          </li>`,
      )}
    </ol>`;
}
