import '@comptoir/elements/all';
import { configure } from '@comptoir/elements/runtime';

// The portal's own session would supply the token; the demo signs in as the first demo account.
configure({ headers: { Authorization: 'Bearer demo-token-centre' } });

const pages = [...document.querySelectorAll<HTMLElement>('[data-page]')];
const links = [...document.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')];

function show(): void {
  const id = location.hash.slice(1) || 'notes';
  for (const page of pages) page.hidden = page.dataset.page !== id;
  for (const link of links) {
    if (link.hash === `#${id}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${document.querySelector(`[data-page="${id}"] h1`)?.textContent ?? 'Espace libraire'} — Comptoir Livres`;
}
addEventListener('hashchange', show);
show();

// The host keeps the deep link: the table's search, filter, sort and page live in the address bar.
const table = document.querySelector('backorder-table');
if (table) {
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'status', 'sort', 'page']) {
    const value = params.get(name);
    if (value) table.setAttribute(name, value);
  }
  new MutationObserver(() => {
    const next = new URLSearchParams();
    for (const name of ['q', 'status', 'sort', 'page']) {
      const value = table.getAttribute(name);
      if (value && !(name === 'page' && value === '1') && !(name === 'sort' && value === '-notedAt')) next.set(name, value);
    }
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }).observe(table, { attributes: true, attributeFilter: ['q', 'status', 'sort', 'page'] });
  table.addEventListener('backorder-select', (event) => {
    const status = document.querySelector('#selection');
    if (status) status.textContent = `Sélection : ${event.detail.line.title} (EAN ${event.detail.line.ean13})`;
  });
}
