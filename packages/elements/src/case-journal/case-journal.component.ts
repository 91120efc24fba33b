import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CaseDetail, CasePage, type CasePrefill, type CaseSortField, type CaseSummary } from '@comptoir/contract/cases';
import { MAX_PAGE_SIZE, type SortParam } from '@comptoir/contract/common';
import { ComptoirItemElement } from '../runtime/item-element.js';
import { listDetailStyles } from '../runtime/table-styles.js';
import { ListQuery } from '../runtime/list-query.js';
import { ListDetailFocus } from '../runtime/list-detail-focus.js';
import { searchOf, renderError, renderLoading, renderNotice, renderPager, type ExportFormat, type Notice } from '../runtime/views.js';
import { Localizer } from '../runtime/localize.js';
import type { CaseTerms } from './case-journal.l10n.js';
import type { CaseFormsLocalizer } from './case-journal.forms.l10n.js';
import type { CaseDetailView } from './case-journal.detail.js';
import type { CaseActionsHost } from './case-journal.actions.js';
import './case-journal.l10n.js';
import { renderCaseGlossary, renderCaseList, renderCaseToolbar, type CaseListView } from './case-journal.list.js';
import { caseStyles } from './case-journal.styles.js';
import { emptyNewCase, type Draft, type Editing, type NewCase } from './case-journal.shared.js';

export type { CaseOpenDetail, CaseCreateDetail, CaseSendDetail } from './case-journal.events.js';

/** The forms and an open case's detail: loaded when a case opens or a new one starts, while the case is fetched. */
type FormsModule = typeof import('./case-journal.detail.js');
let formsModule: FormsModule | undefined;
let formsLoading: Promise<FormsModule> | undefined;
const loadForms = (l: Localizer<CaseTerms>) =>
  (formsLoading ??= import('./case-journal.detail.js').then(async (module) => {
    // The forms' terms come with them.
    await module.prepareFormTerms(l);
    return (formsModule = module);
  }));

/**
 * The support case log ("journal des cas"): every case with its date, number, status, owner and subject; the detail
 * of one with its summary, an edit form (owner e-mail, copies, subject), a reply form with up to 3 attachments that
 * never loses what was typed, and the history of messages, each one folding; a new case form; CSV and Excel export.
 *
 * @tag case-journal
 * @summary Cases: list with search, status, period, sort, paging and export; detail, edit, reply with attachments, history.
 *
 * @event {CustomEvent<CaseOpenDetail>} case-open - A case's detail was opened. `detail.case` (its summary).
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
  static override styles = [...listDetailStyles, caseStyles];
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
  @property({ reflect: true }) sort: SortParam<CaseSortField> = '-createdAt';
  /** Cases per page (at most 200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;
  /** ID of the open case; empty for the list. Reflected: the personal link of a support e-mail lands here. */
  @property({ attribute: 'case', reflect: true }) caseId = '';

  @state() private notice: Notice | null = null;
  @state() private creating = false;
  @state() private editing: Editing | null = null;
  @state() private newCase: NewCase = emptyNewCase();
  @state() private errors: Record<string, string> = {};
  @state() private busy = false;
  /** What was typed in each case's reply form, kept until it is sent (across visits to other cases). */
  @state() private drafts = new Map<string, Draft>();

  protected override readonly localize = new Localizer<CaseTerms>(this);
  private readonly search = searchOf(this);

  private readonly query = new ListQuery(this, {
    schema: CasePage,
    key: (item) => item.id,
    query: () => {
      const { q, status, from, to, sort, page, pageSize } = this;
      return { q, status, from, to, sort, page, pageSize };
    },
  });

  private readonly list = this.pageResource(this.query);

  private readonly detail = this.itemResource(() => this.caseId, CaseDetail);

  private readonly viewFocus = new ListDetailFocus(this, {
    heading: '#detail-title',
    isOpen: () => this.caseId !== '',
    isShown: () => this.detail.value?.id === this.caseId && formsModule !== undefined,
  });

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
    this.emit('case-open', { case: summary });
  }

  /**
   * Opens the new case form with what another element asked for ("Contact support about this order", "Report" a
   * missing item: their `support-request` event's `detail.prefill`): its topic, order, instrument, subject and text.
   * What the reader had typed in the form and the prefill does not set is kept.
   */
  startNewCase(prefill: CasePrefill = {}): void {
    const given = Object.fromEntries(Object.entries(prefill).filter(([, value]) => typeof value === 'string' && value !== ''));
    this.newCase = { ...this.newCase, ...given };
    this.caseId = '';
    this.creating = true;
    this.errors = {};
    this.focusAfterUpdate('#new-title');
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

  private async exportList(format: ExportFormat): Promise<void> {
    const value = this.list.value;
    if (!value || value.total === 0 || this.exportProgress) return;
    this.notice = null;
    // The export's columns and the exporters load on the first export.
    const failed = await this.exportAll(this.query, value.total, async (items) =>
      (await import('./case-journal.export.js')).exportCases(format, items, {
        title: this.localize.t('caseTitle'),
        lang: this.localize.code,
        labels: this.localize.table('caseColumns'),
        statusLabels: this.localize.table('caseStatus'),
        about: {
          category: this.localize.t('caseCategory'),
          orderRef: this.localize.t('caseOrderRef'),
          serialNumber: this.localize.t('caseSerialNumber'),
          categories: this.localize.table('caseCategories'),
        },
      }),
    );
    if (failed) this.notice = { tone: 'danger', text: failed };
  }

  override render(): TemplateResult {
    return html`${renderNotice(this.localize, this.notice, () => (this.notice = null))}
    ${this.caseId ? this.renderDetailView() : this.creating ? this.renderNewCase() : this.renderListView()}
    ${renderCaseGlossary(this, this.localize)}`;
  }

  private renderListView(): TemplateResult {
    const view: CaseListView = {
      l: this.localize,
      host: this,
      q: this.q,
      status: this.status,
      from: this.from,
      to: this.to,
      sort: this.sort,
      onSearch: this.search,
      onFilter: (name, value) => {
        this[name] = value;
        this.page = 1;
      },
      onSort: (sort) => {
        this.sort = sort;
        this.page = 1;
      },
      onClear: () => {
        this.q = this.status = this.from = this.to = '';
        this.page = 1;
      },
      onExport: (format) => void this.exportList(format),
      progress: this.exportProgress,
      canExport: Boolean(this.list.value?.total),
      onNew: () => this.startNewCase(),
      onOpen: (row) => this.open(row),
    };
    return html`${renderCaseToolbar(view)}
    ${this.list.render({
      loading: () => renderLoading(view.l, 5),
      error: (error) => renderError(view.l, error, () => void this.list.reload()),
      complete: (page, refreshing) =>
        html`${renderCaseList(page, refreshing, view)}
        ${renderPager(view.l, { page: this.page, pageSize: Math.min(MAX_PAGE_SIZE, this.pageSize), total: page.total, onPage: (p) => (this.page = p) })}`,
    })}`;
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

  /** The element as the forms' actions (case-journal.actions.ts) read and change it: its private state included. */
  private get actionsHost(): CaseActionsHost {
    return this as unknown as CaseActionsHost;
  }

  /** The element's state and actions, as the forms module reads them. */
  private formsView(): CaseDetailView {
    return {
      l: this.localize as unknown as CaseFormsLocalizer,
      editing: this.editing,
      errors: this.errors,
      draft: this.draft,
      busy: this.busy,
      newCase: this.newCase,
      setNewCase: (newCase) => (this.newCase = newCase),
      create: () => void formsModule!.create(this.actionsHost),
      setEditing: (editing) => {
        const toggled = !this.editing !== !editing;
        this.editing = editing;
        this.errors = {};
        // Opening the form focuses its first field; closing it, the Edit button again (after the render they cause).
        if (toggled) this.focusAfterUpdate(editing ? '#edit-primaryEmail' : 'button[part~="edit"]');
      },
      setDraft: (draft) => this.setDraft(draft),
      saveEdit: () => void formsModule!.saveEdit(this.actionsHost),
      send: () => void formsModule!.send(this.actionsHost),
      addFiles: (input) => formsModule!.addFiles(this.actionsHost, input),
      download: (attachment) => void formsModule!.downloadAttachment(this.actionsHost, attachment),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((this.caseId || this.creating) && !formsModule) void loadForms(this.localize).then(() => this.requestUpdate());
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
}
