import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatNumber } from './format.js';

/**
 * The runtime's own terms. Elements add theirs with `registerTranslation` (it merges per language),
 * and a host page may register more languages the same way.
 */
export interface RuntimeTerms {
  loading: string;
  refreshing: string;
  retry: string;
  empty: string;
  emptyFiltered: string;
  clearFilters: string;
  technicalDetail: string;
  errorNetwork: string;
  errorTimeout: string;
  errorAborted: string;
  errorInvalid: string;
  errorLimit: string;
  errorConfig: (attribute: string) => string;
  errorHttp: (status: number) => string;
  errorRetryAfter: (seconds: number) => string;
  search: string;
  searchPlaceholder: string;
  pagerLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, pages: number) => string;
  count: (count: number) => string;
  export: string;
  exportCsv: string;
  exportXlsx: string;
  exporting: (done: number, total: number) => string;
  exportFailed: string;
  daysLeft: (days: number) => string;
  dismiss: string;
}

/** A language's terms: `$code` (`fr`, `pt-BR`…), `$name`, `$dir`, then terms (strings, tables or functions). */
export type Translation = { $code: string; $name: string; $dir: 'ltr' | 'rtl' } & Partial<RuntimeTerms> & Record<string, unknown>;

const httpMessages = {
  en: {
    401: 'You are not signed in, or your session has expired. Sign in again, then retry.',
    403: 'Your account is not allowed to see this.',
    404: 'Nothing was found at this address.',
    409: 'This was changed meanwhile by someone else. Reload, then try again.',
    429: 'Too many requests in a short time.',
    server: 'The server had a problem. Try again in a moment.',
    other: (status: number) => `The server refused the request (HTTP ${status}).`,
  },
  fr: {
    401: 'Vous n’êtes pas connecté, ou votre session a expiré. Reconnectez-vous, puis réessayez.',
    403: 'Votre compte n’a pas accès à ces informations.',
    404: 'Rien n’a été trouvé à cette adresse.',
    409: 'Ces données ont été modifiées entre-temps. Rechargez, puis réessayez.',
    429: 'Trop de demandes en peu de temps.',
    server: 'Le serveur a rencontré un problème. Réessayez dans un instant.',
    other: (status: number) => `Le serveur a refusé la demande (HTTP ${status}).`,
  },
} as const;

function httpMessage(lang: 'en' | 'fr', status: number): string {
  const table = httpMessages[lang];
  if (status === 401 || status === 403 || status === 404 || status === 409 || status === 429) return table[status];
  return status >= 500 ? table.server : table.other(status);
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
  errorConfig: (attribute) => `This component is misconfigured: “${attribute}” is not a valid address.`,
  errorHttp: (status) => httpMessage('en', status),
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
  daysLeft: (days) => (days < 0 ? 'purge date passed' : days === 0 ? 'today' : days === 1 ? '1 day left' : `${days} days left`),
  dismiss: 'Dismiss',
};

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
  errorConfig: (attribute) => `Ce composant est mal configuré : « ${attribute} » n’est pas une adresse valide.`,
  errorHttp: (status) => httpMessage('fr', status),
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
  daysLeft: (days) =>
    days < 0 ? 'date de purge dépassée' : days === 0 ? 'aujourd’hui' : days === 1 ? '1 jour restant' : `${days} jours restants`,
  dismiss: 'Fermer',
};

/**
 * The translations of the page, kept on `globalThis`: every copy of the library on a page (two bundles, two versions,
 * per-element files) reads and adds to the same languages, and a language a page registers reaches all of them.
 */
interface Registry {
  languages: Map<string, Translation>;
  /** Bumped by every registration, so that cached lookups see languages and terms added later. */
  version: number;
  hosts: Set<ReactiveControllerHost>;
  observer?: MutationObserver;
}
const registryKey = Symbol.for('comptoir.translations');
const registry: Registry = ((globalThis as typeof globalThis & { [registryKey]?: Registry })[registryKey] ??= {
  languages: new Map(),
  version: 0,
  hosts: new Set(),
});

/** Adds languages, or terms to a language already there (elements add theirs to the runtime's). */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) {
    const code = translation.$code.toLowerCase();
    registry.languages.set(code, { ...registry.languages.get(code), ...translation });
  }
  registry.version++;
  for (const host of registry.hosts) host.requestUpdate();
}
registerTranslation(en, fr);

/** The language a host resolves: its own `lang`, else the provider's, else `<html lang>`. */
export interface LangHost extends ReactiveControllerHost, HTMLElement {
  resolvedLang(): string;
}

/**
 * Terms in the host's language. A term missing in a regional language (`fr-CA`) comes from the language (`fr`), and
 * one missing there, or in a language nobody registered (`es`), from English: never a raw key. A change of
 * `<html lang>` or `dir` updates every element.
 */
export class Localizer<Terms extends object = RuntimeTerms> implements ReactiveController {
  constructor(private readonly host: LangHost) {
    host.addController(this);
  }

  hostConnected(): void {
    registry.hosts.add(this.host);
    if (!registry.observer && typeof MutationObserver !== 'undefined') {
      registry.observer = new MutationObserver(() => {
        for (const host of registry.hosts) host.requestUpdate();
      });
      registry.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
  }

  hostDisconnected(): void {
    registry.hosts.delete(this.host);
  }

  // Lookups run for every cell of a table: the language check (an Intl.Locale) and the languages to read are cached.
  private checked = { raw: '', lang: 'en' };
  private chain = { key: '', languages: [] as Translation[] };

  lang(): string {
    const raw = this.host.resolvedLang();
    if (raw !== this.checked.raw) {
      const lang = raw.toLowerCase().replace(/_/g, '-');
      let valid = 'en';
      try {
        new Intl.Locale(lang);
        valid = lang;
      } catch {
        // Not a language tag: English.
      }
      this.checked = { raw, lang: valid };
    }
    return this.checked.lang;
  }

  /** The languages to read a term from, in order: regional, language, English. */
  private languages(): Translation[] {
    const lang = this.lang();
    const key = `${registry.version}|${lang}`;
    if (this.chain.key !== key) {
      const codes = [lang, lang.split('-')[0]!, 'en'];
      const languages = [...new Set(codes)].map((code) => registry.languages.get(code)).filter((found) => found !== undefined);
      this.chain = { key, languages };
    }
    return this.chain.languages;
  }

  /** A term by name, with its arguments when it is a function; the key itself only if no language has it. */
  term(key: string, ...args: unknown[]): unknown {
    for (const language of this.languages()) {
      const value = language[key];
      if (value !== undefined) return typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(...args) : value;
    }
    return key;
  }

  /** A typed term: `t('count', 4)`. */
  t<K extends keyof (Terms & RuntimeTerms)>(key: K, ...args: (Terms & RuntimeTerms)[K] extends (...a: infer P) => string ? P : []): string {
    return String(this.term(key as string, ...args));
  }

  /** A term that is a table (status labels…), as registered. */
  table<K extends keyof (Terms & RuntimeTerms)>(key: K): (Terms & RuntimeTerms)[K] {
    return this.term(key as string) as (Terms & RuntimeTerms)[K];
  }

  /** Short language code used by the formatters ("fr", "en"…). */
  get code(): string {
    return this.lang();
  }
}
