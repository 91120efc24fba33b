import { BackorderTable } from './backorder-table.component.js';

export { BackorderTable };
export type { BackorderSelectDetail, BackorderCancelDetail } from './backorder-table.component.js';
// A page that loads only this file can still configure every element and add languages.
export { configure } from '../runtime/config.js';
export { registerTranslation } from '../runtime/localize.js';

BackorderTable.define('backorder-table');

declare global {
  interface HTMLElementTagNameMap {
    'backorder-table': BackorderTable;
  }
}
