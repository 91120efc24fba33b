import { formatNumber } from './format.js';
import type { RuntimeTerms, Translation } from './localize.js';

/** The runtime's English: the fallback of every language, loaded when a page needs it. */
function httpMessage(status: number): string {
  if (status === 401) return 'You are not signed in, or your session has expired. Sign in again, then retry.';
  if (status === 403) return 'Your account is not allowed to see this.';
  if (status === 404) return 'Nothing was found at this address.';
  if (status === 409) return 'This was changed meanwhile by someone else. Reload, then try again.';
  if (status === 429) return 'Too many requests in a short time.';
  return status >= 500 ? 'The server had a problem. Try again in a moment.' : `The server refused the request (HTTP ${status}).`;
}

const en: Translation & RuntimeTerms = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  loading: 'Loading…',
  refreshing: 'Updating…',
  retry: 'Retry',
  empty: 'Nothing to show yet.',
  emptyFiltered: 'Nothing matches these filters.',
  clearFilters: 'Clear filters',
  technicalDetail: 'Technical details',
  errorNetwork: 'The server cannot be reached. Check your connection, then retry.',
  errorTimeout: 'The server took too long to answer.',
  errorAborted: 'The request was cancelled.',
  errorInvalid: 'The server’s answer is not in the expected form.',
  errorLimit: 'Over 200,000 lines: narrow the list (search, filter).',
  errorConfig: (attribute) => `This component is misconfigured: check “${attribute}” (see the technical detail).`,
  errorHttp: httpMessage,
  errorRetryAfter: (seconds) => `You can retry in ${seconds} s.`,
  search: 'Search',
  searchPlaceholder: 'Search…',
  pagerLabel: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  count: (count) => (count === 1 ? '1 line' : `${formatNumber(count, 'en')} lines`),
  export: 'Export',
  exportCsv: 'CSV (Excel, LibreOffice…)',
  exportXlsx: 'Excel workbook (.xlsx)',
  exporting: (done, total) => `Exporting ${done} of ${total}…`,
  exportFailed: 'The export failed.',
  columns: 'Columns',
  printHeading: (title, filters, day) => `${title}${filters && ` — ${filters}`} — printed on ${day}`,
  printFilter: (label, value) => `${label}: ${value}`,
  printSearch: 'Search',
  daysLeft: (days) => (days < 0 ? 'purge date passed' : days === 0 ? 'today' : days === 1 ? '1 day left' : `${days} days left`),
  dismiss: 'Dismiss',
};
export default en;
