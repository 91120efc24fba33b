// The detail of one shipment: its facts, the lines with a missing quantity first, then each parcel with its carrier's
// tracking link and contents.
import { html, nothing, type TemplateResult } from 'lit';
import type { ShipmentDetail, ShipmentLine } from '@comptoir/contract/shipments';
import type { CasePrefill } from '@comptoir/contract/cases';
import { formatDateTime, formatDay, formatNumber } from '../runtime/format.js';
import type { Localizer } from '../runtime/localize.js';
import { isExternal, safeUrl } from '../runtime/url-guard.js';
import { renderBadge, renderExportMenu, type ExportFormat } from '../runtime/views.js';
import { renderFitCell } from '../runtime/table-views.js';
import type { ShipmentTerms } from './shipment-tracker.l10n.js';
import { missingOf, statusTone, type ShipmentLineColumn } from './shipment-tracker.columns.js';

export interface ShipmentView {
  l: Localizer<ShipmentTerms>;
  onBack: () => void;
  /** "Report" on the missing items: a new support case, prefilled. */
  onReport: (prefill: CasePrefill) => void;
  onExportLines: (format: ExportFormat, shipment: ShipmentDetail) => void;
}

export function renderShipment(shipment: ShipmentDetail, view: ShipmentView): TemplateResult {
  const l = view.l;
  const lang = l.code;
  const labels = l.table('shipColumns');
  const missing = shipment.lines.filter((line) => missingOf(line) > 0);
  const parcelNumbers = new Set(shipment.parcels.map((parcel) => parcel.number));
  // Lines packed in a parcel the list of parcels does not name still show, under "no parcel".
  const loose = shipment.lines.filter((line) => line.quantityShipped > 0 && (!line.parcelNumber || !parcelNumbers.has(line.parcelNumber)));
  return html`<div class="head">
      <button class="button" part="button back" type="button" @click=${view.onBack}>← ${l.t('shipBack')}</button>
      <h2 id="detail-title" tabindex="-1">${l.t('shipDetailTitle', shipment.shipmentNumber)}</h2>
      ${renderBadge(l.table('shipStatus')[shipment.status], statusTone[shipment.status])}
      <span class="spacer"></span>
      ${renderExportMenu(l, { onExport: (format) => view.onExportLines(format, shipment), disabled: shipment.lines.length === 0 })}
    </div>
    <dl class="facts">
      <div>
        <dt>${labels.orderedAt}</dt>
        <dd>${formatDay(shipment.orderedAt, lang)}</dd>
      </div>
      <div>
        <dt>${labels.yourReference}</dt>
        <dd>${shipment.yourReference}</dd>
      </div>
      <div>
        <dt>${labels.orderNumber}</dt>
        <dd>${shipment.orderNumber}</dd>
      </div>
      <div>
        <dt>${labels.nature}</dt>
        <dd>${l.table('shipNature')[shipment.nature]}</dd>
      </div>
      <div>
        <dt>${labels.parcelCount}</dt>
        <dd>${formatNumber(shipment.parcelCount ?? shipment.parcels.length, lang)}</dd>
      </div>
    </dl>
    ${
      missing.length
        ? html`<div class="missing" part="missing">
            <h3>${l.t('shipMissingTitle', missing.length)}</h3>
            ${renderLines(l, missing, l.t('shipMissingTitle', missing.length), true)}
            <p class="muted">${l.t('shipMissingNoted')}</p>
            <button
              class="button"
              part="button report"
              type="button"
              @click=${() =>
                view.onReport({
                  category: 'delivery-problem',
                  orderRef: shipment.orderNumber,
                  shortDescription: l.t('shipReportSubject', shipment.shipmentNumber),
                  text: missing.map((line) => l.t('shipReportLine', line.ean13, line.title, missingOf(line))).join('\n'),
                })}
            >
              ${l.t('shipReport')}
            </button>
          </div>`
        : shipment.status === 'preparing' || shipment.status === 'cancelled'
          ? nothing
          : html`<p>${l.t('shipMissingNone')}</p>`
    }
    ${shipment.parcels.length === 0 && shipment.status === 'preparing' ? html`<p>${l.t('shipNotShippedYet')}</p>` : nothing}
    ${shipment.parcels.map((parcel) => {
      const href = safeUrl(parcel.trackingUrl);
      const title = l.t('shipParcelTitle', parcel.number, parcel.carrier);
      return html`<div class="parcel" part="parcel">
        <h3>${title}</h3>
        <p class="parcel-meta">
          ${parcel.shippedAt ? html`<span>${l.t('shipShippedAt', formatDateTime(parcel.shippedAt, lang))}</span>` : nothing}
          ${
            href
              ? isExternal(href)
                ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${l.t('shipTrack', parcel.number)}</a>`
                : html`<a href=${href}>${l.t('shipTrack', parcel.number)}</a>`
              : html`<span>${l.t('shipNoTracking')}</span>`
          }
        </p>
        ${renderLines(
          l,
          shipment.lines.filter((line) => line.parcelNumber === parcel.number && line.quantityShipped > 0),
          l.t('shipLinesLabel', title),
          false,
        )}
      </div>`;
    })}
    ${
      loose.length
        ? html`<div class="parcel" part="parcel">
            <h3>${l.t('shipNoParcel')}</h3>
            ${renderLines(l, loose, l.t('shipLinesLabel', l.t('shipNoParcel')), false)}
          </div>`
        : nothing
    }`;
}

/** A shipment's line columns that drop first (3, then 2) when the element is too narrow for all. */
const linePriorities: Partial<Record<ShipmentLineColumn, 2 | 3>> = { articleCode: 3, noted: 3, ean13: 2 };

function renderLines(l: Localizer<ShipmentTerms>, lines: ShipmentLine[], label: string, missing: boolean): TemplateResult {
  const lang = l.code;
  const labels = l.table('shipLineColumns');
  const shown: readonly ShipmentLineColumn[] = missing
    ? ['ean13', 'articleCode', 'title', 'quantityOrdered', 'missing', 'noted']
    : ['ean13', 'articleCode', 'title', 'quantityOrdered', 'quantityShipped'];
  const align = (column: ShipmentLineColumn) =>
    (column.startsWith('quantity') || column === 'missing' ? 'end' : 'start') as 'start' | 'end';
  const columns = shown.map((key) => ({ key, label: labels[key], priority: linePriorities[key], align: align(key) }));
  const cellsOf = (line: ShipmentLine): Record<ShipmentLineColumn, string> => ({
    parcelNumber: line.parcelNumber ?? '',
    ean13: line.ean13,
    articleCode: line.articleCode,
    title: line.title,
    quantityOrdered: formatNumber(line.quantityOrdered, lang),
    quantityShipped: formatNumber(line.quantityShipped, lang),
    missing: formatNumber(missingOf(line), lang),
    noted: line.noted ? l.t('shipYes') : l.t('shipNo'),
  });
  // The lines fit the element's width like the list (TableFit): the codes drop under the title, then cards.
  return html`<div class="table-wrap" part="table">
    <table data-fit aria-label=${label}>
      <thead>
        <tr>
          ${columns.map(({ key, priority }) => html`<th scope="col" data-align=${align(key)} data-p=${priority ?? 1}>${labels[key]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${lines.map((line) => {
          const cells = cellsOf(line);
          return html`<tr>
            ${columns.map((column) => renderFitCell(columns, column, cells, column.key === 'title', column.key))}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
