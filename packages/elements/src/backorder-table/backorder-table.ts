import { BackorderTable } from './backorder-table.component.js';

export { BackorderTable };
export type { BackorderSelectDetail, BackorderCancelDetail } from './backorder-table.component.js';

BackorderTable.define('backorder-table');

declare global {
  interface HTMLElementTagNameMap {
    'backorder-table': BackorderTable;
  }
}
