// What the case log's forms do when sent: save the edit, send a reply, create a case, take attachments. Loaded with
// the forms (case-journal.detail.ts), the only way to reach them; the list needs none of it.
import { CaseCreateRequest, CaseDetail, CaseMessage, CasePatchRequest, type Attachment, type CaseSummary } from '@comptoir/contract/cases';
import { saveBlob } from '../runtime/save.js';
import { request } from '../runtime/api-client.js';
import type { ComptoirConfig } from '../runtime/config.js';
import type { Notice } from '../runtime/views.js';
import type { CaseFormsLocalizer } from './case-journal.forms.l10n.js';
import { emptyNewCase, type Draft, type Editing, type NewCase } from './case-journal.shared.js';
import { checkFields, checkFiles, splitEmails } from './case-journal.detail.js';

/** The element's state that the actions read and change, and what they need of it (handed over by <case-journal>). */
export interface CaseActionsHost {
  readonly localize: CaseFormsLocalizer;
  readonly caseId: string;
  readonly draft: Draft;
  readonly detail: { reload(): unknown };
  readonly list: { reload(): unknown };
  editing: Editing | null;
  errors: Record<string, string>;
  busy: boolean;
  notice: Notice | null;
  drafts: Map<string, Draft>;
  newCase: NewCase;
  creating: boolean;
  setDraft(draft: Draft): void;
  open(summary: CaseSummary): void;
  focusAfterUpdate(selector: string): void;
  emit(type: string, detail: unknown): boolean;
  itemUrl(id: string, ...rest: string[]): string;
  endpointUrl(): string;
  config(): ComptoirConfig;
}

/** Why an action failed, in the reader's language (the sentences load with the first failure). */
const reason = async (host: CaseActionsHost, error: unknown) => (await import('../runtime/problem.js')).reasonOf(host.localize, error);

/** An attachment of the open case, fetched with the element's credentials and saved; a failure says which and why. */
export async function downloadAttachment(host: CaseActionsHost, attachment: Attachment): Promise<void> {
  try {
    const { blob, fileName } = await (
      await import('../runtime/download.js')
    ).fetchBlob(host.itemUrl(host.caseId, 'attachments', attachment.id), host.config());
    saveBlob(blob, fileName ?? attachment.name);
  } catch (error) {
    host.notice = { tone: 'danger', text: host.localize.t('caseAttachmentFailed', attachment.name, await reason(host, error)) };
  }
}

export async function saveEdit(host: CaseActionsHost): Promise<void> {
  const edit = host.editing;
  if (!edit || host.busy) return;
  const l = host.localize;
  const body = { primaryEmail: edit.primaryEmail.trim(), cc: splitEmails(edit.cc), shortDescription: edit.shortDescription.trim() };
  const labels = l.table('caseColumns');
  host.errors = checkFields(l, CasePatchRequest, body, {
    primaryEmail: labels.primaryEmail,
    shortDescription: labels.shortDescription,
    cc: l.t('caseCc'),
  });
  if (Object.keys(host.errors).length) return;
  host.busy = true;
  try {
    await request({ url: host.itemUrl(host.caseId), method: 'PATCH', body, schema: CaseDetail, config: host.config() });
    host.editing = null;
    host.notice = { tone: 'info', text: l.t('caseSaved') };
    host.focusAfterUpdate('button[part~="edit"]');
    void host.detail.reload();
    void host.list.reload();
  } catch (error) {
    host.notice = { tone: 'danger', text: l.t('caseSaveFailed', await reason(host, error)) };
  } finally {
    host.busy = false;
  }
}

export function addFiles(host: CaseActionsHost, input: HTMLInputElement): void {
  const { files, problems } = checkFiles(host.localize, host.draft.files, input.files);
  input.value = '';
  host.setDraft({ ...host.draft, files });
  host.errors = problems.length ? { files: problems.join(' ') } : {};
}

export async function send(host: CaseActionsHost): Promise<void> {
  const l = host.localize;
  const draft = host.draft;
  const caseId = host.caseId;
  if (host.busy) return;
  if (!draft.text.trim()) {
    host.errors = { text: l.t('caseRequired', l.t('caseMessage')) };
    return;
  }
  host.errors = {};
  host.busy = true;
  const form = new FormData();
  form.set('text', draft.text);
  for (const file of draft.files) form.append('files', file, file.name);
  try {
    const message = await request({
      url: host.itemUrl(caseId, 'messages'),
      method: 'POST',
      body: form,
      schema: CaseMessage,
      config: host.config(),
    });
    const drafts = new Map(host.drafts);
    drafts.delete(caseId);
    host.drafts = drafts;
    host.notice = { tone: 'info', text: l.t('caseSent') };
    host.emit('case-send', { caseId, message });
    void host.detail.reload();
  } catch (error) {
    // The draft stays as it is: text and files.
    host.notice = { tone: 'danger', text: l.t('caseSendFailed', await reason(host, error)) };
  } finally {
    host.busy = false;
  }
}

export async function create(host: CaseActionsHost): Promise<void> {
  const l = host.localize;
  if (host.busy) return;
  const draft = host.newCase;
  const body = {
    primaryEmail: draft.primaryEmail.trim(),
    cc: splitEmails(draft.cc),
    shortDescription: draft.shortDescription.trim(),
    text: draft.text,
    category: draft.category,
    // What the case is about, when said: an order, an instrument.
    ...(draft.orderRef.trim() ? { orderRef: draft.orderRef.trim() } : {}),
    ...(draft.serialNumber.trim() ? { serialNumber: draft.serialNumber.trim() } : {}),
  };
  const labels = l.table('caseColumns');
  host.errors = checkFields(l, CaseCreateRequest, body, {
    primaryEmail: labels.primaryEmail,
    shortDescription: labels.shortDescription,
    text: l.t('caseMessage'),
    cc: l.t('caseCc'),
    orderRef: l.t('caseOrderRef'),
    serialNumber: l.t('caseSerialNumber'),
  });
  if (Object.keys(host.errors).length) return;
  host.busy = true;
  try {
    const created = await request({ url: host.endpointUrl(), method: 'POST', body, schema: CaseDetail, config: host.config() });
    host.newCase = emptyNewCase();
    host.creating = false;
    host.emit('case-create', { case: created });
    void host.list.reload();
    host.open(created);
  } catch (error) {
    host.notice = { tone: 'danger', text: l.t('caseCreateFailed', await reason(host, error)) };
  } finally {
    host.busy = false;
  }
}
