import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  /** The column chooser's button, and its list's name. */
  columns: string;
  /** The heading of a printed list: what it shows (its title, its filters as `label: value`) and the day. */
  printHeading: (title: string, filters: string, day: string) => string;
  printFilter: (label: string, value: string) => string;
  /** The label of a printed list's search words. */
  printSearch: string;
  daysLeft: (days: number) => string;
  dismiss: string;
}

/** A language's terms: `$code` (`fr`, `pt-BR`…), `$name`, `$dir`, then terms (strings, tables or functions). */
export type Translation = { $code: string; $name: string; $dir: 'ltr' | 'rtl' } & Partial<RuntimeTerms> & Record<string, unknown>;

/** A language's terms as a module (its default export), loaded the first time a page needs that language. */
export type TranslationLoader = () => Promise<{ default: Translation }>;

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
  /** The shipped languages of the runtime and of each element, by code, loaded on demand. */
  loaders?: Map<string, TranslationLoader[]>;
  /** Each loader once started: pending, then done or failed (a failed language falls back to the next one). */
  loads?: Map<TranslationLoader, { state: 'pending' | 'done' | 'failed'; promise: Promise<void> }>;
}
const registryKey = Symbol.for('comptoir.translations');
const registry: Registry = ((globalThis as typeof globalThis & { [registryKey]?: Registry })[registryKey] ??= {
  languages: new Map(),
  version: 0,
  hosts: new Set(),
});
// A registry made by an older copy of the library has no loaders yet.
type Load = { state: 'pending' | 'done' | 'failed'; promise: Promise<void> };
const loaders: Map<string, TranslationLoader[]> = (registry.loaders ??= new Map());
const loads: Map<TranslationLoader, Load> = (registry.loads ??= new Map());

const refresh = () => {
  registry.version++;
  for (const host of registry.hosts) host.requestUpdate();
};

/** Adds languages, or terms to a language already there (a page's own language, or terms it changes). */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) {
    const code = translation.$code.toLowerCase();
    registry.languages.set(code, { ...registry.languages.get(code), ...translation });
  }
  refresh();
}

/**
 * Declares the languages a part of the library ships (`{ en: () => import('./x.l10n.en.js'), fr: … }`). Nothing is
 * downloaded until an element shows in that language, so a page pays for its own language only.
 */
export function registerLoaders(languages: Record<string, TranslationLoader>): void {
  for (const [code, loader] of Object.entries(languages)) loaders.set(code, [...(loaders.get(code) ?? []), loader]);
  refresh();
}
registerLoaders({
  en: () => import('./runtime.l10n.en.js'),
  fr: () => import('./runtime.l10n.fr.js'),
  de: () => import('./runtime.l10n.de.js'),
});

/**
 * Starts loading what the language chain needs and returns what is still on its way (nothing when every term is
 * there). A shipped language is complete, so the chain stops at the first one that loaded; one that failed to load
 * falls back to the next (English last).
 */
function load(codes: readonly string[]): Promise<unknown> | undefined {
  const pending: Promise<void>[] = [];
  for (const code of codes) {
    const shipped = loaders.get(code);
    if (!shipped) continue;
    for (const loader of shipped) {
      let entry = loads.get(loader);
      if (!entry) {
        const started: Load = { state: 'pending', promise: Promise.resolve() };
        started.promise = loader().then(
          (module) => {
            started.state = 'done';
            registerTranslation(module.default);
          },
          (error: unknown) => {
            started.state = 'failed';
            console.warn(`[comptoir] The "${code}" terms could not be loaded: ${String(error)}`);
            refresh();
          },
        );
        loads.set(loader, (entry = started));
      }
      if (entry.state === 'pending') pending.push(entry.promise);
    }
    if (pending.length > 0) return Promise.all(pending);
    if (shipped.every((loader) => loads.get(loader)?.state === 'done')) return undefined;
  }
  return undefined;
}

/** The language a host resolves: its own `lang`, else the provider's, else `<html lang>`. */
export interface LangHost extends ReactiveControllerHost, HTMLElement {
  resolvedLang(): string;
  /** Told before each render whether the language's terms are still loading. */
  localizing(loading: boolean): void;
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

  /** Before each render: starts loading the language's terms; until they are there the host shows nothing. */
  hostUpdate(): void {
    this.host.localizing(this.loading() !== undefined);
  }

  /** The terms still loading for the host's language, if any. */
  loading(): Promise<unknown> | undefined {
    return load(this.codes());
  }

  /** Resolves once every term of the host's language is there (or could not be loaded). */
  async ready(): Promise<void> {
    for (let pending = this.loading(); pending; pending = this.loading()) await pending;
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

  /** The codes of the languages to read a term from, in order: regional, language, English. */
  private codes(): string[] {
    const lang = this.lang();
    return [...new Set([lang, lang.split('-')[0]!, 'en'])];
  }

  /** The languages to read a term from, in order: regional, language, English. */
  private languages(): Translation[] {
    const lang = this.lang();
    const key = `${registry.version}|${lang}`;
    if (this.chain.key !== key) {
      const languages = this.codes()
        .map((code) => registry.languages.get(code))
        .filter((found) => found !== undefined);
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
