import '@comptoir/elements/all';
import { configure } from '@comptoir/elements/runtime';

// The portal's own session would supply the token; the demo signs in as the first demo account.
configure({ headers: { Authorization: 'Bearer demo-token-centre' } });

// The reader's language and theme, remembered in this browser. The elements follow the provider's `lang`, and each one's
// `theme` (without it they follow the system, as the page does).
const provider = document.querySelector('comptoir-config');
const langSelect = document.querySelector<HTMLSelectElement>('#pref-lang');
const themeSelect = document.querySelector<HTMLSelectElement>('#pref-theme');
function applyPreferences(lang: string, theme: string): void {
  document.documentElement.lang = lang;
  provider?.setAttribute('lang', lang);
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  for (const element of document.querySelectorAll(
    'backorder-table, availability-watchlist, shipment-tracker, order-timeline, case-journal',
  )) {
    if (theme) element.setAttribute('theme', theme);
    else element.removeAttribute('theme');
  }
  localStorage.setItem('comptoir-demo-prefs', JSON.stringify({ lang, theme }));
}
const saved = (() => {
  try {
    return JSON.parse(localStorage.getItem('comptoir-demo-prefs') ?? '{}') as { lang?: string; theme?: string };
  } catch {
    return {};
  }
})();
if (langSelect && themeSelect) {
  langSelect.value = ['fr', 'en', 'de'].includes(saved.lang ?? '') ? saved.lang! : 'fr';
  themeSelect.value = ['light', 'dark'].includes(saved.theme ?? '') ? saved.theme! : '';
  applyPreferences(langSelect.value, themeSelect.value);
  const change = () => applyPreferences(langSelect.value, themeSelect.value);
  langSelect.addEventListener('change', change);
  themeSelect.addEventListener('change', change);
}

const pages = [...document.querySelectorAll<HTMLElement>('[data-page]')];
const links = [...document.querySelectorAll<HTMLAnchorElement>('nav a[href*="#"]')];

/** The page's links: one with a query ("Mes offres": `?step=quote#dossier`) is current while the address holds it. */
function markCurrent(): void {
  const id = location.hash.slice(1) || 'notes';
  const here = new URLSearchParams(location.search);
  const matches = (link: HTMLAnchorElement) => [...new URLSearchParams(link.search)].every(([name, value]) => here.get(name) === value);
  const narrowest = links.filter((link) => link.hash === `#${id}` && link.search && matches(link));
  for (const link of links) {
    const current = link.hash === `#${id}` && (narrowest.length ? narrowest.includes(link) : !link.search);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function show(): void {
  const id = location.hash.slice(1) || 'notes';
  for (const page of pages) page.hidden = page.dataset.page !== id;
  markCurrent();
  document.title = `${document.querySelector(`[data-page="${id}"] h1`)?.textContent ?? 'Espace libraire'} — Comptoir Livres`;
}
addEventListener('hashchange', show);
show();

// The host keeps the deep link: each element's state (search, filters, sort, page, open shipment) lives in the address
// bar while its page shows, and comes back from it.
const deepLinked: { page: string; element: HTMLElement; names: string[]; defaults: Record<string, string> }[] = [];

function writeAddress(): void {
  const id = location.hash.slice(1) || 'notes';
  const next = new URLSearchParams();
  for (const { page, element, names, defaults } of deepLinked) {
    if (page !== id) continue;
    for (const name of names) {
      const value = element.getAttribute(name);
      if (value && value !== (defaults[name] ?? '')) next.set(name, value);
    }
  }
  const query = next.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  markCurrent();
}

function keepInAddress(selector: string, page: string, names: string[], defaults: Record<string, string>): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) return;
  if ((location.hash.slice(1) || 'notes') === page) {
    const params = new URLSearchParams(location.search);
    for (const name of names) {
      const value = params.get(name);
      if (value) element.setAttribute(name, value);
    }
  }
  deepLinked.push({ page, element, names, defaults });
  new MutationObserver(writeAddress).observe(element, { attributes: true, attributeFilter: names });
}

keepInAddress('backorder-table', 'notes', ['q', 'status', 'sort', 'page'], { sort: '-notedAt', page: '1' });
keepInAddress('case-journal', 'cas', ['q', 'status', 'from', 'to', 'sort', 'page', 'case'], { sort: '-createdAt', page: '1' });
keepInAddress('order-timeline', 'dossier', ['q', 'step', 'page', 'order'], { page: '1' });
keepInAddress('shipment-tracker', 'logistique', ['q', 'status', 'nature', 'sort', 'page', 'shipment'], { sort: '-orderedAt', page: '1' });
addEventListener('hashchange', writeAddress);

document.querySelector('backorder-table')?.addEventListener('backorder-select', (event) => {
  const status = document.querySelector('#selection');
  if (status) status.textContent = `Sélection : ${event.detail.line.title} (EAN ${event.detail.line.ean13})`;
});

// The header's catalogue search opens the availability alerts' catalogue search with the words (the portal's whole
// catalogue is not part of the contract; its unavailable titles, which can be followed, are).
document.querySelector<HTMLFormElement>('#catalog-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const words = new FormData(event.target as HTMLFormElement).get('q')?.toString().trim() ?? '';
  const watchlist = document.querySelector('availability-watchlist');
  if (!words || !watchlist) return;
  watchlist.catalogQ = words;
  if (location.hash !== '#alertes') location.hash = '#alertes';
  requestAnimationFrame(() => watchlist.scrollIntoView({ block: 'start' }));
});

// "Contact support" in a dossier and "Report to support" on a shipment's missing items open the cases' page on a new
// case, prefilled with what they are about.
document.addEventListener('support-request', (event) => {
  const journal = document.querySelector('case-journal');
  if (!journal) return;
  if (location.hash !== '#cas') location.hash = '#cas';
  journal.startNewCase(event.detail.prefill);
  requestAnimationFrame(() => journal.scrollIntoView({ block: 'start' }));
});
