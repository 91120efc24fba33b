// An XLSX workbook of one sheet, written here and zipped with fflate's synchronous streaming deflate. Not
// write-excel-file: its browser build deflates in Web Workers made from `blob:` URLs, which a strict CSP (worker-src,
// Trusted Types) refuses once a sheet passes 160 kB, and it has no public synchronous path. Here nothing needs more than
// `lit-html` from a host's policy, and the sheet is deflated in slices that give the page back between them.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { ExportColumn } from './export.js';

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ROWS_PER_SLICE = 2000;
const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkg = 'http://schemas.openxmlformats.org/package/2006';

// Styles: 0 text, 1 bold header, 2 day, 3 day and time, 4 money (#,##0.00). Days use Excel's built-in formats 14 and
// 22, which Excel shows in the reader's own convention (15/09/2026 in French, 9/15/2026 in US English).
const styles = `${head}<styleSheet xmlns="${main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** Text for XML: escaped, and without the control characters XML 1.0 cannot carry. */
// eslint-disable-next-line no-control-regex
const xml = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, escape);
const escape = (c: string) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;');

/** Column letters: 0 → A, 26 → AA. */
function letters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's serial day number of a date and time given by its parts (as the reader's clock shows them). */
const serial = (year: number, month: number, day: number, hours = 0, minutes = 0) =>
  Date.UTC(year, month - 1, day, hours, minutes) / 86_400_000 + 25_569;

function cell(ref: string, value: ReturnType<ExportColumn<unknown>['value']>, money: boolean, style = 0): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${money ? ' s="4"' : ''}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'object') {
    if ('day' in value) {
      const [y, m, d] = value.day.split('-').map(Number) as [number, number, number];
      return `<c r="${ref}" s="2"><v>${serial(y, m, d)}</v></c>`;
    }
    const at = new Date(value.at);
    if (Number.isNaN(at.getTime())) return '';
    const local = serial(at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes());
    return `<c r="${ref}" s="3"><v>${local}</v></c>`;
  }
  // An inline string is text, never a formula: no guard character is needed (or shown).
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** The workbook: one sheet named after the list, its header row bold and frozen, typed cells, the columns' widths. */
export async function toXlsx<Row>(title: string, columns: readonly ExportColumn<Row>[], rows: readonly Row[]): Promise<Blob> {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else parts.push(data);
  });
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  const sheetName = xml(title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1');
  add(
    '[Content_Types].xml',
    `${head}<Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  add(
    '_rels/.rels',
    `${head}<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    'xl/workbook.xml',
    `${head}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `${head}<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
  );
  add('xl/styles.xml', styles);

  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  const refs = columns.map((_, i) => letters(i));
  const widths = columns.map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width ?? 16}" customWidth="1"/>`);
  const header = columns.map((column, i) => cell(`${refs[i]}1`, column.header, false, 1)).join('');
  sheet.push(
    strToU8(
      `${head}<worksheet xmlns="${main}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${widths.join('')}</cols><sheetData><row r="1">${header}</row>`,
    ),
  );
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    let chunk = '';
    for (let i = start; i < Math.min(rows.length, start + ROWS_PER_SLICE); i++) {
      const r = i + 2;
      chunk += `<row r="${r}">`;
      for (let c = 0; c < columns.length; c++) chunk += cell(`${refs[c]}${r}`, columns[c]!.value(rows[i]!), columns[c]!.format === 'money');
      chunk += '</row>';
    }
    sheet.push(strToU8(chunk));
    // Give the page its frames back between slices of a long list.
    await nextTask();
  }
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  if (failure) throw failure;
  return new Blob(parts as BlobPart[], { type: MIME });
}
