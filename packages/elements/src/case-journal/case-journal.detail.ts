// The forms of the case log and what only an open case shows: its details, the edit form, the reply form with its
// attachments, the history, and the new case form, with their styles. Loaded when a case opens or a new one is
// started (the list needs none of it), while the case itself is fetched; and what the forms check before sending
// (required fields and e-mails with the contract's schemas, attachments).
import { css, html, nothing, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  MAX_CC,
  attachmentExtensions,
  caseCategories,
  type Attachment,
  type CaseCategory,
  type CaseDetail,
} from '@comptoir/contract/cases';
import { formatDateTime, formatNumber } from '../runtime/format.js';
import { renderBadge } from '../runtime/views.js';
import type { CaseFormsLocalizer } from './case-journal.forms.l10n.js';
export { addFiles, create, downloadAttachment, saveEdit, send } from './case-journal.actions.js';
export { prepareFormTerms } from './case-journal.forms.l10n.js';
import { MEGABYTES, kinds, statusTone, type Draft, type Editing, type NewCase } from './case-journal.shared.js';

/** The forms' and the detail's styles, adopted by the element when this module arrives. */
export const caseFormStyles = css`
  dl.summary {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-alt);
  }
  dl.summary dt {
    color: var(--_fg-muted);
  }
  dl.summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    max-width: calc(44 * var(--_rem));
  }
  form input[type='file'] {
    max-width: 100%;
  }
  /* A phone's column: each label above its value. */
  @container comptoir (max-width: 30rem) {
    dl.summary {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.summary dd + dt {
      margin-top: calc(var(--_space) / 2);
    }
  }
  form .field {
    display: grid;
  }
  form .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(calc(12 * var(--_rem)), 1fr));
    gap: 0 var(--_space);
  }
  form select {
    justify-self: start;
  }
  textarea,
  form input:not([type='file']) {
    width: 100%;
    padding: calc(0.4 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  textarea {
    min-height: calc(7 * var(--_rem));
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .error {
    margin: 0;
    color: var(--_danger);
  }
  .hint {
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  ul.files,
  ol.history,
  ul.attachments {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.files li,
  ul.attachments li {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) / 4) 0;
  }
  ol.history details {
    border-bottom: 1px solid var(--_border);
  }
  ol.history summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    padding: var(--_space) 0;
    cursor: pointer;
  }
  /* A flex summary has no marker: the plus and minus of the portal are drawn here. */
  ol.history summary::before {
    content: '+';
    width: 1em;
    color: var(--_accent);
    font-weight: 600;
  }
  ol.history details[open] > summary::before {
    content: '−';
  }
  .who {
    font-weight: 600;
  }
  .when {
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .text {
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

type FieldArgs = [
  id: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  options?: { type?: string; multiline?: boolean; hint?: string; autocomplete?: string },
];

/** A labelled input or textarea, with its hint and its error, described by both. */
function renderField(
  errors: Record<string, string>,
  id: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  options: { type?: string; multiline?: boolean; hint?: string; autocomplete?: string } = {},
): TemplateResult {
  const error = errors[id.replace(/^(edit|new|reply)-/, '')];
  const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const input = (event: Event) => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${
      options.multiline
        ? html`<textarea
            id=${id}
            .value=${value}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described || nothing}
            @input=${input}
          ></textarea>`
        : html`<input
            id=${id}
            type=${options.type ?? 'text'}
            autocomplete=${options.autocomplete ?? 'off'}
            .value=${value}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described || nothing}
            @input=${input}
          />`
    }
    ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** What the detail reads from its element, and the element's actions it calls. */
export interface CaseDetailView {
  l: CaseFormsLocalizer;
  editing: Editing | null;
  errors: Record<string, string>;
  draft: Draft;
  busy: boolean;
  newCase: NewCase;
  setNewCase: (newCase: NewCase) => void;
  create: () => void;
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
  const field = (...args: FieldArgs) => renderField(view.errors, ...args);
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
      <dt>${l.t('caseCategory')}</dt>
      <dd>${l.table('caseCategories')[detail.category ?? 'other']}</dd>
      ${
        detail.orderRef
          ? html`<dt>${l.t('caseOrderRef')}</dt>
              <dd>${detail.orderRef}</dd>`
          : nothing
      }
      ${
        detail.serialNumber
          ? html`<dt>${l.t('caseSerialNumber')}</dt>
              <dd>${detail.serialNumber}</dd>`
          : nothing
      }
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
            ${field('edit-primaryEmail', labels.primaryEmail, edit.primaryEmail, (v) => view.setEditing({ ...edit, primaryEmail: v }), {
              type: 'email',
              hint: l.t('caseOwnerNote'),
            })}
            ${field('edit-cc', l.t('caseCc'), edit.cc, (v) => view.setEditing({ ...edit, cc: v }), { multiline: true, hint: l.t('caseCcHint') })}
            ${field('edit-shortDescription', labels.shortDescription, edit.shortDescription, (v) => view.setEditing({ ...edit, shortDescription: v }))}
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
      ${field('reply-text', l.t('caseMessage'), draft.text, (v) => view.setDraft({ ...view.draft, text: v }), { multiline: true })}
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
                <span class="hint">${l.t('caseKilobytes', formatNumber(Math.ceil(file.size / 1024), lang))}</span>
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
                            <span class="hint">${l.t('caseKilobytes', formatNumber(Math.ceil(attachment.size / 1024), lang))}</span>
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

/** The new case form (the section and its heading are the element's). */
export function renderNewCaseForm(view: CaseDetailView): TemplateResult {
  const l = view.l;
  const labels = l.table('caseColumns');
  const draft = view.newCase;
  const field = (...args: FieldArgs) => renderField(view.errors, ...args);
  return html`<form part="form" novalidate @submit=${(event: Event) => (event.preventDefault(), view.create())}>
    ${field('new-primaryEmail', labels.primaryEmail, draft.primaryEmail, (v) => view.setNewCase({ ...view.newCase, primaryEmail: v }), {
      type: 'email',
      autocomplete: 'email',
    })}
    ${field('new-cc', l.t('caseCc'), draft.cc, (v) => view.setNewCase({ ...view.newCase, cc: v }), { multiline: true, hint: l.t('caseCcHint') })}
    <div class="field">
      <label for="new-category">${l.t('caseCategory')}</label>
      <select
        id="new-category"
        @change=${(event: Event) => view.setNewCase({ ...view.newCase, category: (event.target as HTMLSelectElement).value as CaseCategory })}
      >
        ${caseCategories.map((key) => html`<option value=${key} ?selected=${draft.category === key}>${l.table('caseCategories')[key]}</option>`)}
      </select>
    </div>
    <div class="pair">
      ${field('new-orderRef', l.t('caseOrderRef'), draft.orderRef, (v) => view.setNewCase({ ...view.newCase, orderRef: v }))}
      ${field('new-serialNumber', l.t('caseSerialNumber'), draft.serialNumber, (v) => view.setNewCase({ ...view.newCase, serialNumber: v }))}
    </div>
    ${field('new-shortDescription', labels.shortDescription, draft.shortDescription, (v) => view.setNewCase({ ...view.newCase, shortDescription: v }))}
    ${field('new-text', l.t('caseMessage'), draft.text, (v) => view.setNewCase({ ...view.newCase, text: v }), { multiline: true })}
    <div class="actions">
      <button class="button" data-variant="primary" part="button" type="submit" ?disabled=${view.busy}>${l.t('caseCreate')}</button>
    </div>
  </form>`;
}

/** "a@b.fr, c@d.fr" or one per line → the addresses. */
export const splitEmails = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((value) => value.trim())
    .filter(Boolean);

/** Checks e-mails and required fields with the contract's schema; returns the errors by field (localized). */
export function checkFields<T>(
  l: CaseFormsLocalizer,
  schema: z.ZodMiniType<T>,
  value: unknown,
  labels: Record<string, string>,
): Record<string, string> {
  const result = z.safeParse(schema, value);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const [field, index] = issue.path as [string, number | undefined];
    if (errors[field]) continue;
    const given =
      index === undefined ? (value as Record<string, unknown>)[field] : ((value as Record<string, string[]>)[field] ?? [])[index];
    errors[field] =
      issue.code === 'too_big' && field === 'cc'
        ? l.t('caseTooManyCc', MAX_CC)
        : issue.code === 'too_small' || given === ''
          ? l.t('caseRequired', labels[field] ?? field)
          : field === 'primaryEmail' || field === 'cc'
            ? l.t('caseInvalidEmail', String(given))
            : issue.message;
  }
  return errors;
}

/** The files a reply may take among those chosen: the others are named, each with its reason (kind, size, count). */
export function checkFiles(l: CaseFormsLocalizer, current: File[], chosen: FileList | null): { files: File[]; problems: string[] } {
  const files = [...current];
  const problems: string[] = [];
  for (const file of chosen ?? []) {
    const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
    if (files.length >= MAX_ATTACHMENTS) problems.push(l.t('caseFileTooMany', MAX_ATTACHMENTS));
    else if (!(attachmentExtensions as readonly string[]).includes(extension)) problems.push(l.t('caseFileKind', file.name, kinds));
    else if (file.size === 0) problems.push(l.t('caseFileEmpty', file.name));
    else if (file.size > MAX_ATTACHMENT_BYTES) problems.push(l.t('caseFileTooBig', file.name, MEGABYTES));
    else files.push(file);
  }
  return { files, problems: [...new Set(problems)] };
}
