import { formatNumber } from './format.js';
import type { RuntimeTerms, Translation } from './localize.js';

function httpMessage(status: number): string {
  if (status === 401)
    return 'Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es noch einmal.';
  if (status === 403) return 'Ihr Konto hat keinen Zugriff auf diese Informationen.';
  if (status === 404) return 'Unter dieser Adresse wurde nichts gefunden.';
  if (status === 409) return 'Diese Daten wurden inzwischen geändert. Laden Sie neu und versuchen Sie es noch einmal.';
  if (status === 429) return 'Zu viele Anfragen in kurzer Zeit.';
  return status >= 500
    ? 'Der Server hatte ein Problem. Versuchen Sie es gleich noch einmal.'
    : `Der Server hat die Anfrage abgelehnt (HTTP ${status}).`;
}

const de: Translation & RuntimeTerms = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',
  loading: 'Wird geladen…',
  refreshing: 'Wird aktualisiert…',
  retry: 'Erneut versuchen',
  empty: 'Noch nichts anzuzeigen.',
  emptyFiltered: 'Nichts entspricht diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',
  technicalDetail: 'Technische Details',
  errorNetwork: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet.',
  errorAborted: 'Die Anfrage wurde abgebrochen.',
  errorInvalid: 'Die Antwort des Servers hat nicht die erwartete Form.',
  errorLimit: 'Mehr als 200.000 Zeilen: Grenzen Sie die Liste ein (Suche, Filter).',
  errorConfig: (attribute) => `Diese Komponente ist falsch konfiguriert: prüfen Sie „${attribute}“ (siehe technische Details).`,
  errorHttp: httpMessage,
  errorRetryAfter: (seconds) => `Sie können es in ${seconds} s erneut versuchen.`,
  search: 'Suchen',
  searchPlaceholder: 'Suchen…',
  pagerLabel: 'Seiten',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageOf: (page, pages) => `Seite ${page} von ${pages}`,
  count: (count) => (count === 1 ? '1 Zeile' : `${formatNumber(count, 'de')} Zeilen`),
  export: 'Exportieren',
  exportCsv: 'CSV (Excel, LibreOffice…)',
  exportXlsx: 'Excel-Arbeitsmappe (.xlsx)',
  exporting: (done, total) => `Export: ${done} von ${total}…`,
  exportFailed: 'Der Export ist fehlgeschlagen.',
  columns: 'Spalten',
  printHeading: (title, filters, day) => `${title}${filters && ` — ${filters}`} — gedruckt am ${day}`,
  printFilter: (label, value) => `${label}: ${value}`,
  printSearch: 'Suche',
  daysLeft: (days) => (days < 0 ? 'Löschdatum überschritten' : days === 0 ? 'heute' : days === 1 ? 'noch 1 Tag' : `noch ${days} Tage`),
  dismiss: 'Schließen',
};
export default de;
