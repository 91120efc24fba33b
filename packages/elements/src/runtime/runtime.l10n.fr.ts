import { formatNumber } from './format.js';
import type { RuntimeTerms, Translation } from './localize.js';

function httpMessage(status: number): string {
  if (status === 401) return 'Vous n’êtes pas connecté, ou votre session a expiré. Reconnectez-vous, puis réessayez.';
  if (status === 403) return 'Votre compte n’a pas accès à ces informations.';
  if (status === 404) return 'Rien n’a été trouvé à cette adresse.';
  if (status === 409) return 'Ces données ont été modifiées entre-temps. Rechargez, puis réessayez.';
  if (status === 429) return 'Trop de demandes en peu de temps.';
  return status >= 500
    ? 'Le serveur a rencontré un problème. Réessayez dans un instant.'
    : `Le serveur a refusé la demande (HTTP ${status}).`;
}

const fr: Translation & RuntimeTerms = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  loading: 'Chargement…',
  refreshing: 'Mise à jour…',
  retry: 'Réessayer',
  empty: 'Rien à afficher pour l’instant.',
  emptyFiltered: 'Aucun élément ne correspond à ces filtres.',
  clearFilters: 'Effacer les filtres',
  technicalDetail: 'Détails techniques',
  errorNetwork: 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre.',
  errorAborted: 'La demande a été annulée.',
  errorInvalid: 'La réponse du serveur n’a pas la forme attendue.',
  errorLimit: 'Plus de 200 000 lignes : affinez la liste (recherche, filtre).',
  errorConfig: (attribute) => `Ce composant est mal configuré : vérifiez « ${attribute} » (voir le détail technique).`,
  errorHttp: httpMessage,
  errorRetryAfter: (seconds) => `Vous pourrez réessayer dans ${seconds} s.`,
  search: 'Rechercher',
  searchPlaceholder: 'Rechercher…',
  pagerLabel: 'Pages',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  count: (count) => (count <= 1 ? `${count} élément` : `${formatNumber(count, 'fr')} éléments`),
  export: 'Exporter',
  exportCsv: 'CSV (Excel, LibreOffice…)',
  exportXlsx: 'Classeur Excel (.xlsx)',
  exporting: (done, total) => `Export : ${done} sur ${total}…`,
  exportFailed: 'L’export a échoué.',
  columns: 'Colonnes',
  printHeading: (title, filters, day) => `${title}${filters && ` — ${filters}`} — imprimé le ${day}`,
  printFilter: (label, value) => `${label} : ${value}`,
  printSearch: 'Recherche',
  daysLeft: (days) =>
    days < 0 ? 'date de purge dépassée' : days === 0 ? 'aujourd’hui' : days === 1 ? '1 jour restant' : `${days} jours restants`,
  dismiss: 'Fermer',
};
export default fr;
