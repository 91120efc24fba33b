import { CaseJournal } from './case-journal.component.js';

export { CaseJournal };
export type { CaseOpenDetail, CaseSendDetail, CaseCreateDetail } from './case-journal.component.js';
// A page that loads only this file can still configure every element and add languages.
export { configure } from '../runtime/config.js';
export { registerTranslation } from '../runtime/localize.js';

CaseJournal.define('case-journal');

declare global {
  interface HTMLElementTagNameMap {
    'case-journal': CaseJournal;
  }
}
