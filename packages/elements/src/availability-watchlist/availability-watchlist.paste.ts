// Reading a pasted list of EANs, and its report. Loaded on the first paste.
import { html, nothing, type TemplateResult } from 'lit';
import { ean13CheckDigit, isValidEan13 } from '@comptoir/contract/common';
import type { Localizer } from '../runtime/localize.js';
import type { WatchlistTerms } from './availability-watchlist.l10n.js';

export type PasteProblem = 'characters' | 'length' | 'check-digit';

export interface PasteReport {
  /** EANs to follow, in the order pasted, each once. */
  valid: string[];
  invalid: { line: number; value: string; reason: PasteProblem }[];
  /** Pasted more than once: followed once. */
  duplicates: string[];
  /** Already in the list: skipped. */
  alreadyFollowed: string[];
}

/**
 * Reads a pasted list of EANs: one per line, or separated by spaces, commas or semicolons; hyphens inside a code
 * (978-2-266-25823-4) are ignored; an ISBN-10 is read as its EAN-13. Each code is checked (13 digits, GS1 check digit)
 * and reported by line.
 */
export function parseEanList(text: string, followed: ReadonlySet<string>): PasteReport {
  const report: PasteReport = { valid: [], invalid: [], duplicates: [], alreadyFollowed: [] };
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((content, index) => {
    for (const token of content.split(/[\s,;]+/)) {
      if (!token) continue;
      let code = token.replace(/[-‐‑–.]/g, '');
      // An ISBN-10 (2-266-25823-0, or with X) is the EAN-13 978 + its first nine digits + a new check digit.
      if (/^\d{9}[\dXx]$/.test(code)) code = `978${code.slice(0, 9)}${ean13CheckDigit(`978${code.slice(0, 9)}`)}`;
      const line = index + 1;
      if (!/^\d+$/.test(code)) report.invalid.push({ line, value: token, reason: 'characters' });
      else if (code.length !== 13) report.invalid.push({ line, value: token, reason: 'length' });
      else if (!isValidEan13(code)) report.invalid.push({ line, value: token, reason: 'check-digit' });
      else if (seen.has(code)) {
        if (!report.duplicates.includes(code)) report.duplicates.push(code);
      } else {
        seen.add(code);
        if (followed.has(code)) report.alreadyFollowed.push(code);
        else report.valid.push(code);
      }
    }
  });
  return report;
}

/** What the paste did, line by line for what it could not read. */
export function renderPasteReport(l: Localizer<WatchlistTerms>, report: PasteReport): TemplateResult {
  const problems = l.table('watchPasteProblem');
  return html`<div role="status" part="paste-report">
    ${report.valid.length === 0 && report.invalid.length === 0 && !report.alreadyFollowed.length ? html`<p>${l.t('watchPasteNothing')}</p>` : nothing}
    ${report.duplicates.length ? html`<p>${l.t('watchPasteDuplicates', report.duplicates.length)}</p>` : nothing}
    ${report.alreadyFollowed.length ? html`<p>${l.t('watchPasteAlready', report.alreadyFollowed.length)}</p>` : nothing}
    ${
      report.invalid.length
        ? html`<ul class="report">
            ${report.invalid.map((problem) => html`<li>${l.t('watchPasteInvalid', problem.line, problem.value, problems[problem.reason])}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
