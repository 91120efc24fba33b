import { expect } from '@open-wc/testing';
import type { WatchItem } from '@comptoir/contract';
import { generateCatalog, generateWatchlist, seedWatchlist } from '@comptoir/contract/fixtures';
import './availability-watchlist.js';
import type { AvailabilityWatchlist } from './availability-watchlist.component.js';
import { parseEanList } from './availability-watchlist.paste.js';
import { createWatchlistFake } from '../../test/watchlist-fake.js';
import { chooseExport, delay, downloads, json, problem, shadowText, stateOf, stubFetch, until, type Handler } from '../../test/helpers.js';
import { clearCache } from '../runtime/api-client.js';

const catalog = generateCatalog(21, 30, '2026-11-22');
const listPage = (items: WatchItem[]) => ({ items, total: items.length, page: 1, pageSize: 200 });

/** The contract's watchlist routes in memory (shared with the stories). */
const server = (initial: WatchItem[] = seedWatchlist) => createWatchlistFake({ initial, catalog });

async function watchlist(handler: Handler, lang = 'fr') {
  const fetchStub = stubFetch(handler);
  const el = document.createElement('availability-watchlist');
  el.endpoint = '/api/watchlist';
  el.lang = lang;
  el.fetch = fetchStub;
  document.body.append(el);
  await el.updateComplete; // the first render, before which the shadow root is empty
  await until(() => stateOf(el) !== 'loading' && !el.hasAttribute('loading'), 4000, 'list');
  return { el, fetchStub };
}

const rows = (el: AvailabilityWatchlist) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const cellsOf = (row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
const button = (el: AvailabilityWatchlist, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text)!;

afterEach(() => {
  document.querySelectorAll('availability-watchlist').forEach((el) => el.remove());
  clearCache();
});

describe('<availability-watchlist>: the seed rows', () => {
  it('shows the two followed titles as the portal did, accessibly', async () => {
    const { el } = await watchlist(server().handler);
    const found = rows(el).map(cellsOf);
    const dune = found.find((cells) => cells[1] === '9782221249482')!;
    expect(dune[9]).to.match(/^Ajouter — Modifier votre référence/);
    expect(dune.slice(1, 9)).to.deep.equal([
      '9782221249482',
      '05/11/2021',
      'DUNE - EDITION COLLECTOR (TRADUCTION REVUE ET CORRIGEE)',
      'Dispo.',
      'le 11/11/2021',
      'Mail envoyé le 11/11/2021',
      'Robert Laffont',
      '24,90 €', // white space folded here; the no-break space itself is checked below
    ]);
    const duneRow = rows(el).find((row) => row.dataset.ean === '9782221249482')!;
    expect(duneRow.cells[8]!.textContent!.trim()).to.equal('24,90\u00a0€');
    expect(found.find((cells) => cells[1] === '9782368464304')![8]).to.equal('19,00 €');
    expect(shadowText(el)).to.contain('2 éléments');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme too', async () => {
    const { el } = await watchlist(server().handler);
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('exports the list as shown (filtered and sorted) to CSV, localized, named after the list and the day', async () => {
    const mixed = generateWatchlist(3, catalog, 12, '2026-11-22');
    const { el } = await watchlist(server(mixed).handler);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#availability')!;
    select.value = 'unavailable';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const shown = rows(el).map((row) => row.dataset.ean);
    let name = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      const [blob] = await downloads(() => chooseExport(el, 'csv'));
      const csv = (await blob!.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(csv[0]).to.equal('EAN13;Date inscription;Titre;Auteur;Dispo.;Info dispo.;Info mail;Éditeur;Prix;Vos références');
      expect(csv.slice(1).map((line) => line.split(';')[0])).to.deep.equal(shown);
      expect(csv.slice(1).every((line) => line.split(';')[4] === 'Indispo.')).to.equal(true);
      // The author is there, and prices read as French numbers (decimal comma).
      const authors = csv.slice(1).map((line) => line.split(';')[3]);
      expect(authors.some((author) => author !== '')).to.equal(true);
      expect(csv.slice(1).every((line) => /^(\d+,\d{2})?$/.test(line.split(';')[8]!))).to.equal(true);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(name).to.match(/^alertes-disponibilite-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('shows a loading state until the list arrives, then the list, accessibly in both', async () => {
    let answer!: () => void;
    const fake = server();
    const fetchStub = stubFetch(async (url, init) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return fake.handler(url, init);
    });
    const el = document.createElement('availability-watchlist');
    el.endpoint = '/api/watchlist';
    el.lang = 'fr';
    el.fetch = fetchStub;
    document.body.append(el);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('loading');
    expect(el.hasAttribute('loading')).to.equal(true);
    expect(rows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    // The request leaves once the list's loader is here (runtime/list-all.ts, loaded on demand).
    await until(() => answer !== undefined);
    answer();
    await until(() => rows(el).length === seedWatchlist.length);
    expect(el.hasAttribute('loading')).to.equal(false);
  });

  it('keeps the list, marked busy, while it reloads (new settings), then shows the new one', async () => {
    const fake = server();
    let hold: Promise<void> | null = null;
    let release!: () => void;
    const { el } = await watchlist(async (url, init) => {
      if (hold) await hold;
      return fake.handler(url, init);
    });
    hold = new Promise<void>((resolve) => (release = resolve));
    el.headers = { 'X-Portal': 'other' }; // a change of what requests depend on reloads the list
    await until(() => shadowText(el).includes('Mise à jour…'));
    expect(rows(el)).to.have.length(seedWatchlist.length);
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    release();
    await until(() => !shadowText(el).includes('Mise à jour…'));
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('says when filters hide every title, and Clear filters brings them back', async () => {
    const unavailable = seedWatchlist.map((item) => ({ ...item, available: false, availableAt: null }));
    const { el } = await watchlist(server(unavailable).handler);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#availability')!;
    select.value = 'available';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(shadowText(el)).to.contain('Aucun élément ne correspond à ces filtres.');
    expect(shadowText(el)).not.to.contain('Vous ne suivez aucun titre');
    await expect(el).to.be.accessible();
    button(el, 'Effacer les filtres').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(unavailable.length);
    expect(select.value).to.equal('');
  });

  it('invites to search or paste when the list is empty', async () => {
    const { el } = await watchlist(server([]).handler);
    expect(shadowText(el)).to.contain('Vous ne suivez aucun titre');
    await expect(el).to.be.accessible();
  });

  it('filters by availability and sorts by title', async () => {
    const mixed = generateWatchlist(3, catalog, 12, '2026-11-22');
    const { el } = await watchlist(server(mixed).handler, 'en');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#availability')!;
    select.value = 'unavailable';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).length).to.equal(mixed.filter((i) => !i.available).length);
    expect(rows(el).every((row) => cellsOf(row)[4] === 'Unavailable')).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('th[data-column="title"] button')!.click();
    await el.updateComplete;
    const ownText = (cell: HTMLElement) =>
      [...cell.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
    const titles = rows(el).map((row) => ownText(row.cells[3]!));
    expect(titles).to.deep.equal([...titles].sort());
    expect(el.shadowRoot!.querySelector('th[data-column="title"]')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('puts titles with no date and no price last, ascending and descending', async () => {
    const mixed = generateWatchlist(3, catalog, 12, '2026-11-22').map((item, i) =>
      i % 3 === 0 ? { ...item, availableAt: null, price: null } : item,
    );
    const { el } = await watchlist(server(mixed).handler, 'en');
    for (const [column, cell] of [
      ['availableAt', 5],
      ['price', 8],
    ] as const) {
      const header = () => el.shadowRoot!.querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`)!;
      for (const direction of ['ascending', 'descending']) {
        header().click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector(`th[data-column="${column}"]`)!.getAttribute('aria-sort')).to.equal(direction);
        const values = rows(el).map((row) => cellsOf(row)[cell]);
        const firstEmpty = values.indexOf('');
        expect(firstEmpty, `${column} ${direction}: ${values.join(' | ')}`).to.be.greaterThan(0);
        expect(
          values.slice(firstEmpty).every((value) => value === ''),
          `${column} ${direction}: ${values.join(' | ')}`,
        ).to.equal(true);
      }
    }
  });
});

describe('<availability-watchlist>: find and follow', () => {
  it('searches the unavailable catalog and follows a result at once', async () => {
    const api = server();
    const { el } = await watchlist(api.handler);
    const added: CustomEvent[] = [];
    el.addEventListener('watchlist-add', (event) => added.push(event));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#catalog-search')!;
    const title = catalog[0]!.title.split(' ').slice(0, 2).join(' ');
    input.value = title;
    input.dispatchEvent(new InputEvent('input'));
    await until(() => el.shadowRoot!.querySelectorAll('.results li').length > 0);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.results button')!.click();
    await el.updateComplete;
    expect(rows(el).some((row) => row.hasAttribute('data-pending'))).to.equal(true); // optimistic
    await until(() => added.length === 1);
    await el.updateComplete;
    expect(rows(el).some((row) => row.hasAttribute('data-pending'))).to.equal(false);
    expect(api.items()).to.have.length(3);
    expect(shadowText(el)).to.contain('1 titre ajouté');
  });

  it('searches the catalog from the host (catalog-q, a header search), the field showing the words', async () => {
    const api = server();
    const title = catalog[0]!.title.split(' ').slice(0, 2).join(' ');
    const { el } = await watchlist(api.handler);
    el.setAttribute('catalog-q', title);
    await until(() => el.shadowRoot!.querySelectorAll('.results li').length > 0, 3000, 'results');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#catalog-search')!.value).to.equal(title);
    expect(el.shadowRoot!.querySelector('.results')!.textContent).to.contain(catalog[0]!.title);
    // Set again later, as a second header search would.
    el.catalogQ = catalog[1]!.title;
    await until(() => el.shadowRoot!.querySelector('.results')?.textContent?.includes(catalog[1]!.title) ?? false, 3000, 'new results');
    await expect(el).to.be.accessible();
  });

  it('follows a pasted list, reporting bad lines, duplicates and already-followed titles', async () => {
    const api = server();
    const { el } = await watchlist(api.handler);
    const good = catalog.slice(1, 4).map((t) => t.ean13);
    const text = [`${good[0]}, ${good[1]}`, 'abc', `978-2-221-24948-2`, `${good[2]};${good[0]}`, '9782266258235', '123'].join('\n');
    const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste')!;
    textarea.value = text;
    textarea.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    button(el, 'Suivre ces titres').click();
    await until(() => api.items().length === 5);
    await until(() => rows(el).length === 5 && !rows(el).some((row) => row.hasAttribute('data-pending')));
    const report = el.shadowRoot!.querySelector('[part="paste-report"]')!.textContent!.replace(/\s+/g, ' ');
    expect(report).to.contain('Ligne 2 : « abc » — caractères non numériques');
    expect(report).to.contain('Ligne 5 : « 9782266258235 » — clé de contrôle fausse');
    expect(report).to.contain('Ligne 6 : « 123 » — un EAN a 13 chiffres');
    expect(report).to.contain('1 EAN en double');
    expect(report).to.contain('1 EAN déjà suivi');
    // Bad lines were reported: the text stays, to be corrected.
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste')!.value).to.equal(text);
    await expect(el).to.be.accessible();
  });

  it('reads ISBN-10 codes as their EAN-13, and shows a partial success as a warning with counts', async () => {
    const api = server();
    const { el } = await watchlist(api.handler);
    const title = catalog[6]!;
    // The ISBN-10 of a 978 EAN: its nine digits after 978, and any check character (the EAN's is recomputed).
    const isbn10 = `${title.ean13.slice(3, 4)}-${title.ean13.slice(4, 7)}-${title.ean13.slice(7, 12)}-X`;
    expect(parseEanList(`${isbn10}\n2266258230`, new Set()).valid).to.deep.equal([title.ean13, '9782266258234']);
    const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste')!;
    // One known title (as an ISBN-10) and two valid EANs the catalog does not have.
    textarea.value = [isbn10, '9780000000002', '9780000000019'].join('\n');
    textarea.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    button(el, 'Suivre ces titres').click();
    await until(() => api.items().some((item) => item.ean13 === title.ean13));
    await until(() => el.shadowRoot!.querySelector('.notice') !== null);
    const notice = el.shadowRoot!.querySelector('.notice')!;
    expect(notice.getAttribute('data-tone')).to.equal('warning');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent)
      .to.contain('1 titre ajouté à la liste.')
      .and.contain('2 inconnus du catalogue, non suivis : 9780000000002, 9780000000019');
    await expect(el).to.be.accessible();
  });

  it('keeps focus in the element after a paste is sent: back on the pasted text, never on the page', async () => {
    const api = server();
    const { el } = await watchlist(api.handler);
    const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste')!;
    textarea.value = catalog[5]!.ean13;
    textarea.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const submit = button(el, 'Suivre ces titres');
    submit.focus();
    submit.click();
    await until(() => api.items().length === seedWatchlist.length + 1);
    await until(() => el.shadowRoot!.activeElement?.id === 'paste', 2000, 'focus on the pasted text');
    expect(document.activeElement).to.equal(el);
    expect(textarea.value).to.equal('');
  });

  it('puts focus on the element’s first control when a notice is dismissed, never on the page', async () => {
    const { el } = await watchlist(server().handler);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="unfollow"]')!.click();
    await until(() => Boolean(el.shadowRoot!.querySelector('.notice')));
    const dismiss = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.notice button')].find(
      (b) => b.textContent!.trim() === 'Fermer',
    )!;
    dismiss.focus();
    dismiss.click();
    await until(() => !el.shadowRoot!.querySelector('.notice'));
    await until(() => el.shadowRoot!.activeElement !== null, 2000, 'focus inside the element');
    expect(document.activeElement).to.equal(el);
    // The first control of the element (the finder's scope).
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input'));
  });

  it('keeps the pasted list and rolls back when the server refuses', async () => {
    const api = server();
    // The refusal takes a moment, as a real server's would: the placeholder rows show meanwhile.
    api.fail.POST = () =>
      delay(300).then(() =>
        problem(400, 'Invalid request', { code: 'invalid-ean', params: { count: 2 }, detail: 'Some EAN-13 codes are not valid.' }),
      );
    const { el } = await watchlist(api.handler);
    const text = catalog
      .slice(5, 8)
      .map((t) => t.ean13)
      .join('\n');
    const textarea = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste')!;
    textarea.value = text;
    textarea.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    button(el, 'Suivre ces titres').click();
    await until(() => rows(el).length === 5, 1000, 'placeholder rows');
    await until(() => rows(el).length === 2);
    await until(
      () => el.shadowRoot!.querySelector('.notice[role="alert"]')?.textContent?.includes('2 codes EAN ne sont pas valides.') ?? false,
    );
    expect(el.shadowRoot!.querySelector('.notice[role="alert"]')!.textContent).to.not.contain('Some EAN-13');
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#paste')!.value).to.equal(text);
  });

  // Its speed is measured by the benchmarks, not here.
  it('parses 1 000 pasted lines of mixed garbage exactly', () => {
    const valid = generateCatalog(99, 400, '2026-11-22').map((t) => t.ean13);
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 5 === 0) lines.push('n/a');
      else if (i % 7 === 0) lines.push(`${valid[i % 400]} ; ${valid[(i + 1) % 400]}`);
      else lines.push(valid[i % 400]!);
    }
    const report = parseEanList(lines.join('\n'), new Set([valid[3]!]));
    expect(report.invalid.filter((p) => p.value === 'n/a')).to.have.length(200);
    expect(report.invalid[0]).to.deep.equal({ line: 1, value: 'n/a', reason: 'characters' });
    expect(new Set(report.valid).size).to.equal(report.valid.length);
    expect(report.valid).to.not.include(valid[3]);
    expect(report.alreadyFollowed).to.deep.equal([valid[3]]);
    const pasted = new Set(lines.flatMap((line) => line.split(/[\s;]+/)).filter((token) => /^\d{13}$/.test(token)));
    expect(report.valid.length + report.alreadyFollowed.length).to.equal(pasted.size);
  });
});

describe('<availability-watchlist>: edit and unfollow', () => {
  it('edits your reference inline from the keyboard, and rolls back with a message when refused', async () => {
    const api = server();
    const { el } = await watchlist(api.handler);
    const label = (element: HTMLElement) => element.textContent!.replace(/\s+/g, ' ').trim();
    const editFor = (ean: string) =>
      rows(el)
        .find((row) => row.dataset.ean === ean)!
        .querySelector<HTMLElement>('.ref button, .ref input')!;
    editFor('9782221249482').click();
    await el.updateComplete;
    const input = editFor('9782221249482') as HTMLInputElement;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    input.value = 'RAYON SF';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    expect(label(editFor('9782221249482'))).to.match(/^RAYON SF —/);
    // Focus returns to the row's button, never to the page.
    await until(() => el.shadowRoot!.activeElement === editFor('9782221249482'));
    await until(() => api.items().find((i) => i.ean13 === '9782221249482')!.yourReference === 'RAYON SF');

    api.fail.PATCH = () => problem(500, 'Boom');
    editFor('9782221249482').click();
    await el.updateComplete;
    (editFor('9782221249482') as HTMLInputElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await until(() => el.shadowRoot!.activeElement === editFor('9782221249482') && editFor('9782221249482').tagName === 'BUTTON');
    editFor('9782221249482').click();
    await el.updateComplete;
    const again = editFor('9782221249482') as HTMLInputElement;
    again.value = 'AUTRE';
    again.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    expect(label(editFor('9782221249482'))).to.match(/^AUTRE —/);
    await until(() => label(editFor('9782221249482')).startsWith('RAYON SF —'));
    expect(el.shadowRoot!.querySelector('.notice[role="alert"]')!.textContent).to.contain('n’a pas pu être enregistrée');
  });

  it('unfollows several through a selection, with Undo', async () => {
    const api = server(generateWatchlist(4, catalog, 6, '2026-11-22'));
    const { el } = await watchlist(api.handler);
    const removed: CustomEvent[] = [];
    el.addEventListener('watchlist-remove', (event) => removed.push(event));
    const boxes = rows(el).map((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    boxes[0]!.click();
    boxes[1]!.click();
    await el.updateComplete;
    const chosen = [rows(el)[0]!.dataset.ean, rows(el)[1]!.dataset.ean];
    const third = rows(el)[2]!.dataset.ean;
    const before = api.items().filter((item) => chosen.includes(item.ean13));
    button(el, 'Ne plus suivre la sélection (2)').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(4);
    // On the server at once: a reload now loses nothing.
    await until(() => api.items().length === 4, 2000, 'the removal on the server');
    // Focus never falls to the page: the removed rows' place goes to the next title, Undo's to the titles back.
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await until(() => focused()?.closest('tr')?.dataset.ean === third, 1000, 'focus on the next title');
    expect(focused()!.getAttribute('part')).to.contain('unfollow');
    button(el, 'Annuler').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(6);
    await until(() => chosen.includes(focused()?.closest('tr')?.dataset.ean), 1000, 'focus on a title back');
    // Undo follows them again on the server, with their first day and your reference.
    await until(() => api.items().length === 6, 2000, 'the titles followed again');
    for (const item of before) {
      const back = api.items().find((i) => i.ean13 === item.ean13)!;
      expect([back.subscribedAt, back.yourReference]).to.deep.equal([item.subscribedAt, item.yourReference]);
    }

    const gone = rows(el)[0]!.dataset.ean!;
    rows(el)[0]!.querySelector<HTMLButtonElement>('button[part~="unfollow"]')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(5);
    await until(() => api.items().length === 5);
    expect(removed.map((event) => event.detail.items.length)).to.deep.equal([2, 1]);
    // The detail holds the titles themselves, as the contract types them.
    expect(removed[1]!.detail.items.map((item: WatchItem) => item.ean13)).to.deep.equal([gone]);
    expect(removed[1]!.detail.items[0]).to.not.have.property('pending');
  });

  it('puts a title back with a message when the server refuses to unfollow it', async () => {
    const api = server();
    api.fail.DELETE = () => problem(500, 'Boom');
    const { el } = await watchlist(api.handler);
    rows(el)[0]!.querySelector<HTMLButtonElement>('button[part~="unfollow"]')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(1);
    await until(() => rows(el).length === 2 && Boolean(el.shadowRoot!.querySelector('.notice[role="alert"]')));
  });

  it('never leaves the list wrong after two quick actions on one title', async () => {
    const api = server();
    const { el } = await watchlist(api.handler);
    const row = () => rows(el).find((r) => r.dataset.ean === '9782368464304');
    row()!.querySelector<HTMLButtonElement>('.ref button')!.click();
    await el.updateComplete;
    const input = row()!.querySelector<HTMLInputElement>('.ref input')!;
    input.value = 'X1';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    row()!.querySelector<HTMLButtonElement>('button[part~="unfollow"]')!.click();
    await el.updateComplete;
    expect(row()).to.equal(undefined);
    el.remove();
    await until(() => api.items().every((i) => i.ean13 !== '9782368464304'));
    expect(api.items()).to.have.length(1);
  });
});

describe('<availability-watchlist>: faults', () => {
  const faults: [string, Handler, string][] = [
    ['network', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    ['401', () => problem(401, 'Unauthorized'), 'http'],
    ['500', () => problem(500, 'Boom'), 'http'],
    ['a price of the wrong type', () => json(listPage([{ ...seedWatchlist[0]!, price: '24,90 €' as never }])), 'invalid-response'],
    ['a date of the wrong type', () => json(listPage([{ ...seedWatchlist[0]!, subscribedAt: 20211105 as never }])), 'invalid-response'],
  ];
  for (const [name, handler, kind] of faults) {
    it(`shows one error state for ${name}`, async () => {
      const { el } = await watchlist(handler);
      await until(() => stateOf(el) === 'error', 8000);
      expect(el.shadowRoot!.querySelector('[data-state="error"]')!.getAttribute('data-kind')).to.equal(kind);
      await expect(el).to.be.accessible();
    });
  }

  it('renders an XSS payload in every text field as text', async () => {
    const payload = '<img src=x onerror="window.__xss2=1">';
    const item: WatchItem = { ...seedWatchlist[0]!, title: payload, publisher: payload, author: payload, yourReference: payload };
    const { el } = await watchlist(() => json(listPage([item])));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x');
    expect((window as unknown as { __xss2?: number }).__xss2).to.equal(undefined);
  });
});
