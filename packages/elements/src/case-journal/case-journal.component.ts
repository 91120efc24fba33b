import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import {
  CaseCreateRequest,
  CaseDetail,
  CaseMessage,
  CasePage,
  CasePatchRequest,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  MAX_CC,
  attachmentExtensions,
  caseSortFields,
  caseStatuses,
  type Attachment,
  type CaseSummary,
} from '@comptoir/contract/cases';
import { MAX_PAGE_SIZE } from '@comptoir/contract/common';
import { ComptoirItemElement } from '../runtime/item-element.js';
import { request } from '../runtime/api-client.js';
import { ListQuery } from '../runtime/list-query.js';
import { fetchBlob } from '../runtime/download.js';
import { ApiError } from '../runtime/errors.js';
import { ListDetailFocus } from '../runtime/list-detail-focus.js';
import { Resource } from '../runtime/resource.js';
import { saveBlob } from '../runtime/save.js';
import { tokens, viewStyles } from '../runtime/styles.js';
import { detailStyles, tableStyles } from '../runtime/table-styles.js';
import { formatDateTime } from '../runtime/format.js';
import {
  debounce,
  errorMessage,
  renderBadge,
  renderEmpty,
  renderError,
  renderExportMenu,
  renderLoading,
  renderNotice,
  renderPager,
  renderSearch,
  type ExportFormat,
  type Notice,
} from '../runtime/views.js';
import { renderOpenButton, renderSortHeader } from '../runtime/table-views.js';
import { Localizer } from '../runtime/localize.js';
import type { CaseColumn, CaseTerms } from './case-journal.l10n.js';
import type { CaseDetailView } from './case-journal.detail.js';
import './case-journal.l10n.js';
import { caseStyles } from './case-journal.styles.js';
import { MEGABYTES, kinds, statusTone, type Draft, type Editing, type NewCase } from './case-journal.shared.js';

export interface CaseOpenDetail {
  id: string;
}
export interface CaseCreateDetail {
  case: CaseDetail;
}
export interface CaseSendDetail {
  caseId: string;
  message: CaseMessage;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'case-open': CustomEvent<CaseOpenDetail>;
    'case-send': CustomEvent<CaseSendDetail>;
    'case-create': CustomEvent<CaseCreateDetail>;
  }
}

const columns: readonly CaseColumn[] = caseSortFields;

/** "a@b.fr, c@d.fr" or one per line → the addresses. */
const splitEmails = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((value) => value.trim())
    .filter(Boolean);

/** The forms and an open case's detail: loaded when a case opens or a new one starts, while the case is fetched. */
type FormsModule = typeof import('./case-journal.detail.js');
let formsModule: FormsModule | undefined;
let formsLoading: Promise<FormsModule> | undefined;
const loadForms = () => (formsLoading ??= import('./case-journal.detail.js').then((module) => (formsModule = module)));

/**
 * The support case log ("journal des cas"): every case with its date, number, status, owner and subject; the detail
 * of one with its summary, an edit form (owner e-mail, copies, subject), a reply form with up to 3 attachments that
 * never loses what was typed, and the history of messages, each one folding; a new case form; CSV and Excel export.
 *
 * @tag case-journal
 * @summary Cases: list with search, status, period, sort, paging and export; detail, edit, reply with attachments, history.
 *
 * @event {CustomEvent<CaseOpenDetail>} case-open - A case's detail was opened. `detail.id`.
 * @event {CustomEvent<CaseSendDetail>} case-send - A message was sent (confirmed by the server). `detail.caseId`, `detail.message`.
 * @event {CustomEvent<CaseCreateDetail>} case-create - A case was created. `detail.case`.
 *
 * @csspart toolbar - Search, filters, period, export and New case.
 * @csspart table - The list of cases.
 * @csspart row - A case of the list.
 * @csspart detail - The detail of a case.
 * @csspart summary - The summary of a case.
 * @csspart form - The edit, reply and new case forms.
 * @csspart message - A message of the history.
 * @csspart glossary - The meaning of the statuses.
 * @csspart new - The New case button.
 * @csspart edit - The Edit button of a case.
 * @csspart send - The Send button of a reply.
 * @csspart attachment - An attachment's download button.
 * @csspart back - The Back button of the detail.
 */
export class CaseJournal extends ComptoirItemElement {
  static override styles = [tokens, viewStyles, tableStyles, detailStyles, caseStyles];
  static override resourcePath = 'cases';

  /** Search: case ID, e-mail or words of the description. Reflected. */
  @property({ reflect: true }) q = '';
  /** Status codes, comma-separated; empty for all. Reflected. */
  @property({ reflect: true }) status = '';
  /** Period: cases created from this day (`YYYY-MM-DD`). Reflected. */
  @property({ reflect: true }) from = '';
  /** Period: cases created until this day (`YYYY-MM-DD`). Reflected. */
  @property({ reflect: true }) to = '';
  /** Sort, as in the REST contract: `-createdAt`, `status`… Reflected. */
  @property({ reflect: true }) sort = '-createdAt';
  /** Current page. Reflected. */
  @property({ type: Number, reflect: true }) page = 1;
  /** Cases per page (at most 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;
  /** ID of the open case; empty for the list. Reflected: the personal link of a support e-mail lands here. */
  @property({ attribute: 'case', reflect: true }) caseId = '';

  @state() private notice: Notice | null = null;
  @state() private creating = false;
  @state() private editing: Editing | null = null;
  @state() private newCase: NewCase = { primaryEmail: '', cc: '', shortDescription: '', text: '' };
  @state() private errors: Record<string, string> = {};
  @state() private busy = false;
  @state() private exportProgress: { done: number; total: number } | null = null;
  /** What was typed in each case's reply form, kept until it is sent (across visits to other cases). */
  @state() private drafts = new Map<string, Draft>();

  protected override readonly localize = new Localizer<CaseTerms>(this);
  private readonly search = debounce((value: string) => {
    this.q = value.trim();
    this.page = 1;
  }, 300);

  private readonly query = new ListQuery(this, {
    schema: CasePage,
    key: (item) => item.id,
    query: () => {
      const { q, status, from, to, sort, page, pageSize } = this;
      return { q, status, from, to, sort, page, pageSize };
    },
  });

  private readonly list = new Resource(this, {
    args: () => [this.connection(), this.query.params()] as const,
    load: ([connection, params], signal) => this.query.fetchPage(connection, params, signal),
    count: (value) => value.total,
  });

  private readonly detail = this.itemResource(() => this.caseId, CaseDetail);

  private readonly viewFocus = new ListDetailFocus(this, {
    heading: '#detail-title',
    isOpen: () => this.caseId !== '',
    isShown: () => this.detail.value?.id === this.caseId,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.search.cancel();
  }

  private get draft(): Draft {
    return this.drafts.get(this.caseId) ?? { text: '', files: [] };
  }

  private setDraft(draft: Draft): void {
    this.drafts = new Map(this.drafts).set(this.caseId, draft);
  }

  private open(summary: CaseSummary): void {
    this.viewFocus.opened(summary.id);
    this.notice = null;
    this.editing = null;
    this.errors = {};
    this.caseId = summary.id;
    this.emit('case-open', { id: summary.id });
  }

  private back = () => {
    const fromNewCase = this.creating;
    this.caseId = '';
    this.creating = false;
    this.editing = null;
    this.errors = {};
    // From the new case form, back to the button that opened it (ListDetailFocus brings a case's row back).
    if (fromNewCase) this.focusAfterUpdate('button[part~="new"]');
  };

  /**
   * Moves focus once the render that the state just changed is done (call it after the change), so that an action
   * that replaces what had focus (New case, Back, Edit, Cancel, Save) never leaves a keyboard or screen-reader user on
   * the page's <body>.
   */
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private reason(error: unknown): string {
    if (!(error instanceof ApiError)) return String(error);
    const fields = error.problem?.errors?.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return [error.problem?.detail ?? errorMessage(this.localize, error), fields].filter(Boolean).join(' ');
  }

  /** Checks e-mails and required fields with the contract's schema; returns the errors by field (localized). */
  private check<T>(schema: z.ZodMiniType<T>, value: unknown, labels: Record<string, string>): Record<string, string> {
    const result = z.safeParse(schema, value);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    const l = this.localize;
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

  private async saveEdit(): Promise<void> {
    const edit = this.editing;
    if (!edit || this.busy) return;
    const l = this.localize;
    const body = { primaryEmail: edit.primaryEmail.trim(), cc: splitEmails(edit.cc), shortDescription: edit.shortDescription.trim() };
    const labels = l.table('caseColumns');
    this.errors = this.check(CasePatchRequest, body, {
      primaryEmail: labels.primaryEmail,
      shortDescription: labels.shortDescription,
      cc: l.t('caseCc'),
    });
    if (Object.keys(this.errors).length) return;
    this.busy = true;
    try {
      await request({ url: this.itemUrl(this.caseId), method: 'PATCH', body, schema: CaseDetail, config: this.config() });
      this.editing = null;
      this.notice = { tone: 'info', text: l.t('caseSaved') };
      this.focusAfterUpdate('button[part~="edit"]');
      void this.detail.reload();
      void this.list.reload();
    } catch (error) {
      this.notice = { tone: 'danger', text: l.t('caseSaveFailed', this.reason(error)) };
    } finally {
      this.busy = false;
    }
  }

  private addFiles(input: HTMLInputElement): void {
    const l = this.localize;
    const draft = this.draft;
    const files = [...draft.files];
    const problems: string[] = [];
    for (const file of input.files ?? []) {
      const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
      if (files.length >= MAX_ATTACHMENTS) problems.push(l.t('caseFileTooMany', MAX_ATTACHMENTS));
      else if (!(attachmentExtensions as readonly string[]).includes(extension)) problems.push(l.t('caseFileKind', file.name, kinds));
      else if (file.size === 0) problems.push(l.t('caseFileEmpty', file.name));
      else if (file.size > MAX_ATTACHMENT_BYTES) problems.push(l.t('caseFileTooBig', file.name, MEGABYTES));
      else files.push(file);
    }
    input.value = '';
    this.setDraft({ ...draft, files });
    this.errors = problems.length ? { files: [...new Set(problems)].join(' ') } : {};
  }

  private async send(): Promise<void> {
    const l = this.localize;
    const draft = this.draft;
    const caseId = this.caseId;
    if (this.busy) return;
    if (!draft.text.trim()) {
      this.errors = { text: l.t('caseRequired', l.t('caseMessage')) };
      return;
    }
    this.errors = {};
    this.busy = true;
    const form = new FormData();
    form.set('text', draft.text);
    for (const file of draft.files) form.append('files', file, file.name);
    try {
      const message = await request({
        url: this.itemUrl(caseId, 'messages'),
        method: 'POST',
        body: form,
        schema: CaseMessage,
        config: this.config(),
      });
      const drafts = new Map(this.drafts);
      drafts.delete(caseId);
      this.drafts = drafts;
      this.notice = { tone: 'info', text: l.t('caseSent') };
      this.emit('case-send', { caseId, message });
      void this.detail.reload();
    } catch (error) {
      // The draft stays as it is: text and files.
      this.notice = { tone: 'danger', text: l.t('caseSendFailed', this.reason(error)) };
    } finally {
      this.busy = false;
    }
  }

  private async create(): Promise<void> {
    const l = this.localize;
    if (this.busy) return;
    const draft = this.newCase;
    const body = {
      primaryEmail: draft.primaryEmail.trim(),
      cc: splitEmails(draft.cc),
      shortDescription: draft.shortDescription.trim(),
      text: draft.text,
    };
    const labels = l.table('caseColumns');
    this.errors = this.check(CaseCreateRequest, body, {
      primaryEmail: labels.primaryEmail,
      shortDescription: labels.shortDescription,
      text: l.t('caseMessage'),
      cc: l.t('caseCc'),
    });
    if (Object.keys(this.errors).length) return;
    this.busy = true;
    try {
      const created = await request({ url: this.endpointUrl(), method: 'POST', body, schema: CaseDetail, config: this.config() });
      this.newCase = { primaryEmail: '', cc: '', shortDescription: '', text: '' };
      this.creating = false;
      this.emit('case-create', { case: created });
      void this.list.reload();
      this.open(created);
    } catch (error) {
      this.notice = { tone: 'danger', text: l.t('caseCreateFailed', this.reason(error)) };
    } finally {
      this.busy = false;
    }
  }

  private async download(attachment: Attachment): Promise<void> {
    try {
      const { blob, fileName } = await fetchBlob(this.itemUrl(this.caseId, 'attachments', attachment.id), this.config());
      saveBlob(blob, fileName ?? attachment.name);
    } catch (error) {
      this.notice = { tone: 'danger', text: this.localize.t('caseAttachmentFailed', attachment.name, this.reason(error)) };
    }
  }

  private async exportList(format: ExportFormat): Promise<void> {
    const value = this.list.value;
    if (!value || value.total === 0 || this.exportProgress) return;
    this.notice = null;
    this.exportProgress = { done: 0, total: value.total };
    try {
      const { fetchAll } = await import('../runtime/list-all.js');
      const { items } = await fetchAll(this.query, this.connection(), this.query.params(), {
        onProgress: (done, total) => (this.exportProgress = { done, total }),
      });
      // The export's columns and the exporters load on the first export.
      const { exportCases } = await import('./case-journal.export.js');
      await exportCases(format, items, {
        title: this.localize.t('caseTitle'),
        labels: this.localize.table('caseColumns'),
        statusLabels: this.localize.table('caseStatus'),
      });
    } catch (error) {
      this.notice = {
        tone: 'danger',
        text: `${this.localize.t('exportFailed')} ${error instanceof ApiError ? errorMessage(this.localize, error) : ''}`,
      };
    } finally {
      this.exportProgress = null;
    }
  }

  override render(): TemplateResult {
    return html`${renderNotice(this.localize, this.notice, () => (this.notice = null))}
    ${this.caseId ? this.renderDetailView() : this.creating ? this.renderNewCase() : this.renderListView()} ${this.renderGlossary()}`;
  }

  private renderListView(): TemplateResult {
    const l = this.localize;
    const statusLabels = l.table('caseStatus');
    const value = this.list.value;
    const filter = (event: Event, set: (value: string) => void) => {
      set((event.target as HTMLInputElement | HTMLSelectElement).value);
      this.page = 1;
    };
    return html`<div class="toolbar" part="toolbar">
        ${renderSearch({ id: 'search', label: l.t('caseSearchLabel'), placeholder: l.t('caseSearchPlaceholder'), value: this.q, onSearch: this.search })}
        <div class="field">
          <label for="status">${l.t('caseStatusFilter')}</label>
          <select id="status" @change=${(event: Event) => filter(event, (v) => (this.status = v))}>
            <option value="" ?selected=${!this.status}>${l.t('caseAll')}</option>
            ${caseStatuses.map((code) => html`<option value=${code} ?selected=${this.status === code}>${statusLabels[code]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="from">${l.t('caseFrom')}</label>
          <input
            id="from"
            type="date"
            .value=${this.from}
            max=${this.to || nothing}
            @change=${(event: Event) => filter(event, (v) => (this.from = v))}
          />
        </div>
        <div class="field">
          <label for="to">${l.t('caseTo')}</label>
          <input
            id="to"
            type="date"
            .value=${this.to}
            min=${this.from || nothing}
            @change=${(event: Event) => filter(event, (v) => (this.to = v))}
          />
        </div>
        <span class="spacer"></span>
        ${renderExportMenu(l, {
          onExport: (format) => void this.exportList(format),
          progress: this.exportProgress,
          disabled: !value || value.total === 0 || this.exportProgress !== null,
        })}
        <button
          class="button"
          data-variant="primary"
          part="button new"
          type="button"
          @click=${() => {
            this.creating = true;
            this.errors = {};
            this.focusAfterUpdate('#new-title');
          }}
        >
          ${l.t('caseNew')}
        </button>
      </div>
      ${this.list.render({
        loading: () => renderLoading(l, 5),
        error: (error) => renderError(l, error, () => void this.list.reload()),
        complete: (page, refreshing) => this.renderList(page, refreshing),
      })}`;
  }

  private renderList(page: CasePage, refreshing: boolean): TemplateResult {
    const l = this.localize;
    const lang = l.code;
    const labels = l.table('caseColumns');
    const filtered = Boolean(this.q || this.status || this.from || this.to);
    const clear = () => {
      this.q = this.status = this.from = this.to = '';
      this.page = 1;
    };
    return html`<div class="summary" part="summary">
        <span class="count" role="status">${l.t('count', page.total)}</span>
        ${refreshing ? html`<span>${l.t('refreshing')}</span>` : nothing}
      </div>
      ${
        page.items.length === 0
          ? renderEmpty(l, { filtered, message: filtered ? undefined : l.t('caseEmpty'), onClear: clear })
          : html`<div class="table-wrap" part="table">
              <table aria-label=${l.t('caseListLabel')} aria-busy=${refreshing ? 'true' : 'false'}>
                <thead>
                  <tr>
                    ${columns.map((column) =>
                      renderSortHeader({
                        column,
                        label: labels[column],
                        sort: this.sort,
                        onSort: (sort) => {
                          this.sort = sort;
                          this.page = 1;
                        },
                      }),
                    )}
                    <th scope="col"><span class="visually-hidden">${l.t('caseOpenShort')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${page.items.map(
                    (row) =>
                      html`<tr part="row" data-id=${row.id}>
                        <td>${formatDateTime(row.createdAt, lang)}</td>
                        <td>${row.id}</td>
                        <td>
                          ${renderBadge(l.table('caseStatus')[row.status], statusTone[row.status], l.table('caseStatusMeaning')[row.status])}
                        </td>
                        <td>${row.primaryEmail}</td>
                        <td class="title">${row.shortDescription}</td>
                        <td>${renderOpenButton(row.id, l.t('caseOpenShort'), l.t('caseOpen', row.id), () => this.open(row))}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${renderPager(l, { page: this.page, pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize), total: page.total, onPage: (p) => (this.page = p) })}`;
  }

  private renderDetailView(): TemplateResult {
    const l = this.localize;
    const head = html`<div class="head">
      <button class="button" part="button back" type="button" @click=${this.back}>← ${l.t('caseBack')}</button>
      <h2 id="detail-title" tabindex="-1">${l.t('caseDetailTitle', this.caseId)}</h2>
    </div>`;
    return html`<section part="detail" aria-labelledby="detail-title">
      ${this.detail.render({
        loading: () => html`${head} ${renderLoading(l, 4)}`,
        error: (error) => html`${head} ${renderError(l, error, () => void this.detail.reload())}`,
        complete: (value) =>
          html`${head}
          ${value?.id === this.caseId && formsModule ? formsModule.renderCaseDetail(this.formsView(), value.item) : renderLoading(l, 4)}`,
      })}
    </section>`;
  }

  /** The element's state and actions, as the forms module reads them. */
  private formsView(): CaseDetailView {
    return {
      l: this.localize,
      editing: this.editing,
      errors: this.errors,
      draft: this.draft,
      busy: this.busy,
      newCase: this.newCase,
      setNewCase: (newCase) => (this.newCase = newCase),
      create: () => void this.create(),
      setEditing: (editing) => {
        const toggled = !this.editing !== !editing;
        this.editing = editing;
        this.errors = {};
        // Opening the form focuses its first field; closing it, the Edit button again (after the render they cause).
        if (toggled) this.focusAfterUpdate(editing ? '#edit-primaryEmail' : 'button[part~="edit"]');
      },
      setDraft: (draft) => this.setDraft(draft),
      saveEdit: () => void this.saveEdit(),
      send: () => void this.send(),
      addFiles: (input) => this.addFiles(input),
      download: (attachment) => void this.download(attachment),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((this.caseId || this.creating) && !formsModule) void loadForms().then(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The forms' styles join the element's once their module is here (constructable stylesheets: allowed by a strict CSP).
    const sheet = formsModule?.caseFormStyles.styleSheet;
    const root = this.shadowRoot;
    if (sheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private renderNewCase(): TemplateResult {
    const l = this.localize;
    return html`<section aria-labelledby="new-title">
      <div class="head">
        <button class="button" part="button back" type="button" @click=${this.back}>← ${l.t('caseBack')}</button>
        <h2 id="new-title" tabindex="-1">${l.t('caseNewTitle')}</h2>
      </div>
      ${formsModule ? formsModule.renderNewCaseForm(this.formsView()) : renderLoading(l, 3)}
    </section>`;
  }

  private renderGlossary(): TemplateResult {
    const l = this.localize;
    const labels = l.table('caseStatus');
    const meanings = l.table('caseStatusMeaning');
    return html`<details class="glossary" part="glossary">
      <summary>${l.t('caseGlossary')}</summary>
      <dl>
        ${caseStatuses.map(
          (code) =>
            html`<dt>${renderBadge(labels[code], statusTone[code])}</dt>
              <dd>${meanings[code]}</dd>`,
        )}
      </dl>
    </details>`;
  }
}
