import { CaseJournal } from './case-journal.component.js';

export { CaseJournal };
export type { CaseOpenDetail, CaseSendDetail } from './case-journal.component.js';

CaseJournal.define('case-journal');

declare global {
  interface HTMLElementTagNameMap {
    'case-journal': CaseJournal;
  }
}
