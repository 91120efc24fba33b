// End to end: the built demo portal served by the real server (`npm start`'s process) on a fresh database,
// driven in Chromium. Run after `npm run build`.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.js';
import { portalDays, seedRowsAsOf } from '@comptoir/contract/fixtures';
import { demoPages, serverArgs, serverEnv, startDemoServer } from '../scripts/demo-server.js';

let server: ChildProcess;
let browser: Browser;
let base = '';
const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-e2e-'));
const problems: string[] = [];
const run = promisify(execFile);

// The server runs on Interforum's day: the seed rows are then exactly as its screens showed them.
const TODAY = portalDays.interforum;
const dossier = seedRowsAsOf(TODAY).order;
const frenchDay = (day: string) => day.split('-').reverse().join('/');

before(async () => {
  ({ server, base } = await startDemoServer(dataDir, ['--today', TODAY]));
  browser = await chromium.launch({
    executablePath: findChrome(),
    args: [...chromeArgs],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // Any CSP refusal, Trusted Types refusal, page error or failed request is a failure of the test that made it.
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(base + path);
  return page;
}

describe('demo portal against the reference server', () => {
  it('shows the seed backorder line found by EAN, as the portal did, under a strict CSP', async () => {
    const page = await open('/#notes');
    const table = page.locator('backorder-table');
    await table.getByLabel('Rechercher (EAN, référence, n°, titre)').fill('9782725639420');
    const row = table.locator('.body [role="row"]').first();
    await row.filter({ hasText: 'ENSEIGNER' }).waitFor();
    const cells = (await row.locator('[role="gridcell"]').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    assert.match(cells[0]!, /^Réimpression en cours/);
    assert.deepEqual(cells.slice(1, 9), [
      '27/07/2021',
      '28/10/2021',
      '71512001 05389480',
      '11525939',
      '9782725639420',
      '3',
      "ENSEIGNER L'ANGLAIS CE1- CE2",
      'RETZ',
    ]);
    assert.equal(await table.locator('.count').textContent(), '1 élément');
    // The host keeps the search in the address bar.
    await page.waitForURL(/q=9782725639420/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [hash, tag, title] of [
    ['notes', 'backorder-table', 'Suivi des notés'],
    ['logistique', 'shipment-tracker', 'Suivi logistique'],
  ] as const) {
    it(`exports the whole "${title}" to Excel under the demo's CSP with Trusted Types, and the file reads back`, async () => {
      const page = await open(`/#${hash}`);
      const element = page.locator(tag);
      const count = element.locator('.count').first();
      await count.waitFor();
      const total = Number((await count.textContent())!.replace(/\D/g, ''));
      assert.ok(total > 1000, `${title}: ${total} lines, a sheet past the size where workers would start`);
      await element.locator('details.export summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        element.locator('.export .menu button', { hasText: '.xlsx' }).click(),
      ]);
      assert.match(download.suggestedFilename(), new RegExp(`^${title.toLowerCase().replace(/ /g, '-')}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
      const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
      const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
      assert.equal(sheet.match(/<row /g)?.length, total + 1, 'the header and every line');
      assert.doesNotMatch(sheet, /<f>/);
      assert.deepEqual(problems, [], 'no CSP or Trusted Types refusal');
      await page.close();
    });
  }

  it('keeps a cancelled backorder line and an unfollowed title cancelled when the page reloads at once', async () => {
    const page = await open('/#notes');
    const table = page.locator('backorder-table');
    const cancel = table.locator('button.cancel:not([disabled])').first();
    await cancel.waitFor();
    const id = await cancel.evaluate((button) => button.closest<HTMLElement>('[data-id]')!.dataset.id!);
    await cancel.click();
    await table.locator('dialog[open]').getByRole('button', { name: 'Annuler', exact: true }).click();
    await page.reload();
    const api = (path: string) =>
      page.evaluate(async (url) => (await fetch(url, { headers: { Authorization: 'Bearer demo-token-centre' } })).status, path);
    assert.equal(await api(`/api/backorders/${encodeURIComponent(id)}`), 404, `line ${id} cancelled on the server`);

    await page.goto(`${base}/#alertes`);
    const list = page.locator('availability-watchlist');
    const unfollow = list.locator('tbody tr button[part~="unfollow"]').first();
    await unfollow.waitFor();
    const ean = await unfollow.evaluate((button) => button.closest('tr')!.dataset.ean!);
    await unfollow.click();
    await page.reload();
    const followed = await page.evaluate(
      async () =>
        (await (await fetch('/api/watchlist?pageSize=200', { headers: { Authorization: 'Bearer demo-token-centre' } })).json()).items as {
          ean13: string;
        }[],
    );
    assert.ok(followed.length > 0 && !followed.some((item) => item.ean13 === ean), `${ean} unfollowed on the server`);
    await list.locator('tbody tr').first().waitFor();
    assert.equal(await list.locator(`tr[data-ean="${ean}"]`).count(), 0, 'and not back in the list');
    // The one 404 the browser reports is this test's own look-up of the cancelled line.
    assert.deepEqual(
      problems.splice(0).filter((text) => !/status of 404/.test(text)),
      [],
    );
    await page.close();
  });

  it('restores a deep link and sorts on the server', async () => {
    const page = await open('/?status=reprint-under-study&sort=title#notes');
    const table = page.locator('backorder-table');
    await table.locator('.body [role="row"]').first().waitFor();
    const titles = await table.locator('.body [role="row"] [role="gridcell"]:nth-child(8)').allTextContents();
    assert.ok(titles.length > 3);
    assert.deepEqual(titles, [...titles].sort());
    const statuses = await table.locator('.body [role="row"] .badge').allTextContents();
    assert.ok(statuses.every((status) => status.startsWith('Réimpression à l’étude')));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('follows a title from the unavailable catalog, and the server keeps it', async () => {
    const page = await open('/#alertes');
    const list = page.locator('availability-watchlist');
    await list.locator('tr[data-ean="9782221249482"]').waitFor();
    assert.match((await list.locator('tr[data-ean="9782221249482"]').textContent())!, /Mail envoyé le 11\/11\/2021/);
    // At 1,400 px every column fits (long texts wrap): neither the page nor the list scrolls sideways.
    assert.deepEqual(
      await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]),
      await page.evaluate(() => [document.documentElement.clientWidth, document.documentElement.clientWidth]),
    );
    const wrap = await list.evaluate((el) => {
      const box = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      return { scroll: box.scrollWidth, client: box.clientWidth };
    });
    assert.ok(wrap.scroll <= wrap.client + 1, `the list scrolls sideways: ${wrap.scroll} > ${wrap.client}`);
    await list.getByLabel('Titre, auteur, éditeur ou EAN').fill('maison');
    const follow = list.locator('.results button').first();
    await follow.waitFor();
    const label = (await follow.getAttribute('aria-label'))!;
    await follow.click();
    await list.locator('.notice', { hasText: '1 titre ajouté' }).waitFor();
    const followed = await page.evaluate(
      async () =>
        (await (await fetch('/api/watchlist?pageSize=200', { headers: { Authorization: 'Bearer demo-token-centre' } })).json()).items,
    );
    const title = label.replace(/^Suivre « (.*) »$/, '$1');
    assert.ok(
      followed.some((item: { title: string }) => item.title === title),
      title,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('searches the catalogue from the header, and its top navigation leads to pages or is no link', async () => {
    const page = await open('/#notes');
    await page.locator('backorder-table .body [role="row"]').first().waitFor();
    // The weekly processing's next run shows under the list's count (a Monday, after Interforum's 2 December 2021).
    assert.equal(
      (await page.locator('backorder-table [part="next-run"]').textContent())!.trim(),
      'Prochain traitement hebdomadaire : lundi 6 décembre.',
    );
    const search = page.getByRole('searchbox', { name: 'Rechercher dans le catalogue des titres indisponibles' });
    await search.fill('maison');
    await search.press('Enter');
    await page.waitForURL(/#alertes$/);
    const list = page.locator('availability-watchlist');
    await list.locator('.results li').first().waitFor();
    assert.equal(await list.getByLabel('Titre, auteur, éditeur ou EAN').inputValue(), 'maison');
    assert.match((await list.locator('.results').textContent())!, /MAISON/i);

    // Every link of the top navigation opens a page of the demo that shows its element.
    const links = page.locator('nav.topnav a');
    const targets = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    assert.deepEqual(targets, ['?nature=restock#logistique', '?step=quote#dossier', '#cas', '#notes']);
    assert.deepEqual(await page.locator('nav.topnav .unlinked').allTextContents(), ['À paraître']);
    await page.getByRole('link', { name: 'Réassort' }).click();
    const tracker = page.locator('shipment-tracker');
    await tracker.locator('tbody tr').first().waitFor();
    assert.equal(await tracker.getAttribute('nature'), 'restock');
    const natures = await tracker.locator('tbody tr td[data-column="nature"]').allTextContents();
    assert.ok(natures.length > 0 && natures.every((nature) => nature.trim() === 'Réassort'), natures.join(' | '));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('finds the shipment of the missing-item letter by EAN, and lists its missing item first', async () => {
    const page = await open('/#logistique');
    const tracker = page.locator('shipment-tracker');
    await tracker.locator('tbody tr').first().waitFor();
    await tracker.getByLabel('N° commande, votre référence, n° envoi, code EAN').fill('9782266291200');
    await tracker.locator('.count', { hasText: '1 élément' }).waitFor();
    await page.waitForURL(/q=9782266291200/);
    await tracker.getByRole('button', { name: 'Voir le détail de l’envoi 88138989' }).click();
    await page.waitForURL(/shipment=88138989/);
    const missing = tracker.locator('[part="missing"]');
    await missing.waitFor();
    assert.equal(await missing.locator('h3').textContent(), '1 article manquant');
    const cells = (await missing.locator('tbody tr td').allTextContents()).map((text) => text.trim());
    assert.deepEqual(cells, ['9782266291200', '000705041', 'PRISONNIERS DE LA LIBERT', '2', '2', 'Non']);
    assert.deepEqual(await tracker.locator('[part="parcel"] h3').allTextContents(), ['Colis 1 · Colissimo', 'Colis 2 · Colissimo']);
    // The detail is a deep link: reloading the address shows it again.
    await page.reload();
    await tracker.locator('[part="missing"]').waitFor();
    // Reported to support: the cases' page opens on a new case about the delivery, prefilled.
    await tracker.getByRole('button', { name: 'Signaler au support' }).click();
    await page.waitForURL(/#cas$/);
    const journal = page.locator('case-journal');
    await journal.locator('#new-orderRef').waitFor();
    assert.equal(await journal.locator('#new-category').inputValue(), 'delivery-problem');
    assert.equal(await journal.locator('#new-shortDescription').inputValue(), 'Articles manquants dans l’envoi 88138989');
    assert.match(await journal.locator('#new-text').inputValue(), /^9782266291200 PRISONNIERS DE LA LIBERT : 2 manquant\(s\)$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('opens the portal’s order dossier by your reference and downloads its delivery note with the account’s token', async () => {
    const page = await open('/#dossier');
    const timeline = page.locator('order-timeline');
    await timeline.locator('tbody tr').first().waitFor();
    await timeline.getByLabel('Notre réf., votre réf. ou n° de série').fill('P020044G-01');
    await timeline.getByRole('button', { name: 'Afficher le dossier' }).click();
    await page.waitForURL(/order=45KL89G00E/);
    const steps = timeline.locator('.steps li');
    await steps.first().waitFor();
    assert.equal(await steps.count(), 7);
    assert.equal(await timeline.locator('.steps li[data-state="done"]').count(), 7);
    assert.equal(
      (await timeline.locator('ol.history li').first().textContent())!.replace(/\s+/g, ' ').trim(),
      // Granuloshop's dossier keeps its intervals: paid 40 days after it was opened, moved to this day's calendar.
      `${frenchDay(dossier.history[0]!.at)} La commande est payée (par Manager)`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), timeline.getByRole('link', { name: 'BL' }).click()]);
    assert.equal(download.suggestedFilename(), '45KL89G00E-delivery-note.pdf');
    const path = await download.path();
    assert.equal(readFileSync(path).subarray(0, 8).toString('latin1'), '%PDF-1.4');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('lists the offers from the navigation; reserves one (kept after a reload), refuses what the stock lacks, places an order', async () => {
    const page = await open('/#notes');
    await page.getByRole('link', { name: 'Offres commerciales' }).click();
    await page.waitForURL(/\?step=quote#dossier$/);
    const timeline = page.locator('order-timeline');
    await timeline.locator('tbody tr').first().waitFor();
    assert.equal(await timeline.getAttribute('step'), 'quote');
    assert.equal(await timeline.locator('tbody tr').count(), 4);
    assert.match((await timeline.locator('tr[data-id="41OF06G60E"]').textContent())!, /Expirée/);
    const confirm = async (action: string) => {
      await timeline.locator(`[part~="offer-action"][part~="${action}"]`).click();
      await timeline.locator('dialog[open] button[data-variant="primary"]').click();
    };

    await timeline.getByRole('button', { name: 'Ouvrir le dossier 41OF04G40E' }).click();
    await page.waitForURL(/order=41OF04G40E/);
    await timeline.locator('[part~="offer"]').waitFor();
    await confirm('reserve');
    // The server's day: a week from its clock's today (2 December 2021), within the offer's validity.
    await timeline.locator('[part="notice"]', { hasText: 'Offre 41OF04G40E réservée sur stock jusqu’au 09/12/2021.' }).waitFor();
    await page.reload();
    await timeline.locator('[part~="offer"]', { hasText: 'Quantités réservées sur stock jusqu’au 09/12/2021' }).waitFor();

    await timeline.getByRole('button', { name: /Toutes vos affaires/ }).click();
    await timeline.getByRole('button', { name: 'Ouvrir le dossier 41OF07G70E' }).click();
    await timeline.locator('[part~="offer"]').waitFor();
    await confirm('reserve');
    const refusal = timeline.locator('[part="notice"][role="alert"]');
    await refusal.waitFor();
    assert.match(
      (await refusal.textContent())!,
      /« Réserver sur stock » n’a pas abouti : Stock insuffisant pour « Terminal de paiement mobile 4G » : 1 disponible\(s\) pour 3 demandé\(s\)\./,
    );
    // The browser reports the refused request (409) in its console; nothing else may.
    assert.deepEqual(
      problems.splice(0).filter((text) => !/status of 409/.test(text)),
      [],
    );

    await timeline.getByRole('button', { name: /Toutes vos affaires/ }).click();
    await timeline.getByRole('button', { name: 'Ouvrir le dossier 41OF04G40E' }).click();
    await timeline.locator('[part~="offer"]').waitFor();
    await confirm('order');
    await timeline.locator('[part="notice"]', { hasText: 'Commande passée : le dossier 41OF04G40E est à l’étape Commande.' }).waitFor();
    assert.match((await timeline.locator('.steps li[aria-current="step"]').textContent())!, /Commande/);
    await timeline.getByRole('button', { name: /Toutes vos affaires/ }).click();
    await timeline.locator('tbody tr').first().waitFor();
    await page.waitForFunction(() => document.querySelector('order-timeline')!.shadowRoot!.querySelectorAll('tbody tr').length === 3);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('opens a dossier as a guest: by an e-mail’s link, or by its identifier and contact e-mail, kept after a reload, that dossier only', async () => {
    // The link an e-mail would carry, printed by the server's command line on the same database.
    const printed = await run(process.execPath, serverArgs(dataDir, ['--today', TODAY, '--guest-link', '45KL89G00E']), {
      env: serverEnv(dataDir),
    });
    const link = printed.stdout.trim();
    assert.match(link, /^\/suivi\.html#order=45KL89G00E&access=g1\./);
    const page = await open(link);
    const timeline = page.locator('order-timeline');
    await timeline.locator('.steps li').first().waitFor();
    assert.equal(await timeline.locator('[part~="back"]').count(), 0);
    assert.match((await timeline.locator('.refs').textContent())!, /45KL89G00E/);

    // Without a link: the look-up. A wrong e-mail gets the one answer for anything wrong.
    await page.goto(`${base}/suivi.html`);
    await timeline.getByLabel('Identifiant (offre, commande, SAV ou n° de série)').fill('41OF05G50E');
    await timeline.getByLabel('E-mail du contact').fill('quelquun@example.org');
    await timeline.getByRole('button', { name: 'Afficher le dossier' }).click();
    await timeline.locator('[part="notice"]', { hasText: 'Aucun dossier ne correspond à cet identifiant et à cet e-mail.' }).waitFor();
    assert.deepEqual(
      problems.splice(0).filter((text) => !/status of 404/.test(text)),
      [],
    );
    await timeline.getByLabel('E-mail du contact').fill('claire.moreau@librairie-du-centre.fr');
    await timeline.getByRole('button', { name: 'Afficher le dossier' }).click();
    await timeline.locator('[part~="offer"]').waitFor();
    await page.waitForURL(/suivi\.html#order=41OF05G50E&access=g1\./);
    await page.reload();
    await timeline.locator('[part~="offer"]').waitFor();
    // The token opens that dossier, and nothing else of the account.
    const token = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('access')!;
    const statuses = await page.evaluate(
      async (bearer) =>
        Promise.all(
          ['/api/orders/41OF05G50E', '/api/orders', '/api/orders/45KL89G00E', '/api/backorders'].map(
            async (path) => (await fetch(path, { headers: { Authorization: `Bearer ${bearer}` } })).status,
          ),
        ),
      token,
    );
    assert.deepEqual(statuses, [200, 403, 403, 403]);
    problems.splice(0); // the refused fetches above, reported by the browser
    await page.close();
  });

  it('contacts support about an order from its dossier: the new case form opens prefilled, and the case keeps the order and instrument', async () => {
    const page = await open('/#dossier');
    const timeline = page.locator('order-timeline');
    await timeline.getByRole('button', { name: 'Ouvrir le dossier 41KL01G10E' }).click();
    await timeline.getByRole('button', { name: 'Contacter le support' }).click();
    await page.waitForURL(/#cas$/);
    const journal = page.locator('case-journal');
    await journal.locator('#new-orderRef').waitFor();
    assert.equal(await journal.locator('#new-orderRef').inputValue(), '41KL01G10E');
    // The dossier has two instruments: the reader says which.
    assert.equal(await journal.locator('#new-serialNumber').inputValue(), '');
    await journal.locator('#new-serialNumber').fill('sn-110042');
    assert.equal(await journal.locator('#new-shortDescription').inputValue(), 'À propos de la commande 41KL01G10E');
    await journal.locator('#new-category').selectOption('planned-maintenance');
    await journal.getByLabel('E-mail principal').fill('claire.moreau@librairie-du-centre.fr');
    await journal.getByLabel('Message').fill('Pouvez-vous planifier la maintenance annuelle ?');
    await journal.getByRole('button', { name: 'Créer le cas' }).click();
    const summary = journal.locator('dl.summary');
    await summary.waitFor();
    const text = (await summary.textContent())!.replace(/\s+/g, ' ');
    assert.match(text, /Maintenance planifiée/);
    assert.match(text, /Commande concernée\s*41KL01G10E/);
    assert.match(text, /N° de série de l’instrument\s*SN-110042/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('replies to a case with a PDF attachment: the server stores it, and it downloads back', async () => {
    const page = await open('/#cas');
    const journal = page.locator('case-journal');
    await journal.locator('tbody tr').first().waitFor();
    await journal.locator('button[data-open]').first().click();
    await journal.locator('dl.summary').waitFor();
    await page.waitForURL(/case=/);
    const before = await journal.locator('ol.history > li').count();
    await journal.getByLabel('Message').fill('Voici le bon de livraison signé.');
    // A text file renamed .png: the server refuses it by its content, and says so in French (its code, not its detail).
    await journal
      .getByLabel('Pièces jointes')
      .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await journal.getByRole('button', { name: 'Envoyer' }).click();
    const refusal = journal.locator('.notice[role="alert"]');
    await refusal.waitFor();
    assert.equal(
      (await refusal.locator('p, span').first().textContent())?.trim(),
      'Le message n’est pas parti : « fake.png » n’est pas un vrai fichier PNG. Votre texte et vos pièces jointes sont conservés.',
    );
    assert.equal(await journal.getByLabel('Message').inputValue(), 'Voici le bon de livraison signé.');
    // The browser reports the refused request (400) in its console; nothing else may.
    assert.deepEqual(
      problems.splice(0).filter((text) => !/status of 400/.test(text)),
      [],
    );
    await journal.getByRole('button', { name: 'Retirer fake.png' }).click();
    await journal
      .getByLabel('Pièces jointes')
      .setInputFiles({ name: 'bon.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%e2e\n') });
    await journal.getByRole('button', { name: 'Envoyer' }).click();
    await journal.locator('.notice', { hasText: 'Message envoyé.' }).waitFor();
    await journal.locator('ol.history > li').nth(before).waitFor();
    const newest = journal.locator('ol.history > li').first();
    assert.match((await newest.textContent())!, /Voici le bon de livraison signé\./);
    const [download] = await Promise.all([page.waitForEvent('download'), newest.getByRole('button', { name: 'bon.pdf' }).click()]);
    assert.equal(download.suggestedFilename(), 'bon.pdf');
    assert.equal(readFileSync(await download.path()).toString('latin1'), '%PDF-1.4\n%e2e\n');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe("the README's snippet, after `npm start`", () => {
  it('works as it is in a page of another local origin: CDN file from /comptoir/, API across origins, the token', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Use it in a page'));
    const snippet = /```html\n([\s\S]*?)```/.exec(section)![1]!;
    assert.match(snippet, /http:\/\/localhost:8080\/comptoir\/comptoir\.js/);
    // Verbatim but for the port: this test's server listens on a free port, not on 8080.
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CMS page</title></head><body>${snippet.replaceAll('http://localhost:8080', base)}</body></html>`;
    const cms = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(html);
    });
    await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`http://127.0.0.1:${(cms.address() as { port: number }).port}/`);
      const rows = page.locator('backorder-table .body [role="row"]');
      await rows.first().waitFor();
      assert.ok((await rows.count()) > 10, 'the demo account’s lines show');
      assert.match((await page.locator('backorder-table').locator('.count').textContent())!, /éléments/);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      cms.close();
    }
  });
});

describe('demo pages', () => {
  it('cannot be framed or sniffed, and keep their addresses from other sites', async () => {
    for (const path of ['/', '/index.html']) {
      const response = await fetch(base + path);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('Content-Security-Policy')!, /frame-ancestors 'none'/);
      assert.equal(response.headers.get('X-Frame-Options'), 'DENY');
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(response.headers.get('Referrer-Policy'), 'strict-origin-when-cross-origin');
    }
    // An unknown API path is a problem, not the portal's page.
    const unknown = await fetch(`${base}/api/nothing-here`, { headers: { Authorization: 'Bearer demo-token-centre' } });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers.get('Content-Type'), 'application/problem+json');
  });

  it('renders the API docs with Swagger UI under a strict policy: every operation, its parameters, no refusal', async () => {
    const openapi = await (await fetch(`${base}/api/openapi.json`)).json();
    const operations = Object.values(openapi.paths as Record<string, object>).flatMap((methods) => Object.keys(methods));
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const refusals: string[] = [];
    page.on('console', (message) => message.type() === 'error' && refusals.push(message.text()));
    page.on('pageerror', (error) => refusals.push(String(error)));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP refused ${event.violatedDirective}: ${event.blockedURI}`),
      ),
    );
    await page.goto(`${base}/api/docs`);
    await page.locator('.opblock-summary').first().waitFor();
    assert.equal(await page.locator('.opblock').count(), operations.length);
    // The rendered markdown went through the sanitizing policy: descriptions with code spans show.
    await page.locator('.opblock-summary', { hasText: '/backorders' }).first().click();
    await page.locator('.parameters', { hasText: 'Words to search' }).waitFor();
    assert.ok(await page.locator('.opblock-description-wrapper code').count());
    // "Try it out" with a demo token calls the API from the page.
    await page.click('button.authorize');
    await page.fill('.auth-container input', 'demo-token-centre');
    await page.click('.auth-btn-wrapper button.authorize');
    await page.click('button.btn-done');
    await page.click('button.try-out__btn');
    await page.click('button.execute');
    await page.locator('.live-responses-table pre.microlight', { hasText: '"items"' }).waitFor();
    assert.equal((await page.locator('.live-responses-table .response-col_status').nth(1).textContent())!.trim(), '200');
    assert.deepEqual(refusals, []);
    await page.close();
  });
});

// Issue 11: every page of the built demo, under its CSP, at the widths of two phones, a tablet, a small and a large
// desktop, in the light and dark schemes, in French and in English: the page never scrolls sideways, no button, badge or
// date is cut, and axe finds nothing in any element (axe runs through the debugging protocol, which the page's CSP does
// not govern).
describe('demo pages at every width and scheme', () => {
  const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  const tags: Record<string, string> = demoPages;
  for (const width of [320, 390, 768, 1024, 1400])
    for (const [colorScheme, lang] of [
      ['light', 'fr'],
      ['dark', 'en'],
      ['dark', 'fr'],
      ['light', 'en'],
    ] as const)
      it(`${width} px, ${colorScheme}, ${lang}: no sideways scroll, nothing cut, axe clean on each page`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        // The demo's language switch, as a reader left it.
        await page.addInitScript((code) => localStorage.setItem('comptoir-demo-prefs', JSON.stringify({ lang: code })), lang);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`${base}/#notes`);
        await page.evaluate(axeSource);
        const found: string[] = [];
        for (const [hash, tag] of Object.entries(tags)) {
          await page.evaluate((h) => (location.hash = h), hash);
          const element = page.locator(tag);
          await element.waitFor();
          // Its rows (or its empty state) are there: no skeleton left.
          await page.waitForFunction((t) => {
            const shadow = document.querySelector(t)?.shadowRoot;
            return !!shadow && !shadow.querySelector('[data-state="loading"]') && shadow.childElementCount > 0;
          }, tag);
          const [scrollWidth, clientWidth] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            document.documentElement.clientWidth,
          ]);
          if (scrollWidth > clientWidth) found.push(`#${hash}: the page is ${scrollWidth} px wide`);
          const cut = await page.evaluate(
            (t) =>
              [...document.querySelector(t)!.shadowRoot!.querySelectorAll<HTMLElement>('button, summary, [part~="badge"], time')]
                .filter((node) => node.offsetParent && node.scrollWidth > node.clientWidth + 1)
                .map((node) => `${node.tagName.toLowerCase()} “${node.textContent!.trim()}” (${node.scrollWidth} > ${node.clientWidth})`),
            tag,
          );
          for (const node of cut) found.push(`#${hash} <${tag}>: ${node} is cut`);
          const violations = await page.evaluate(async (t) => {
            const result = await (
              window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
            ).axe.run({ include: [[t]] }, { resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
          }, tag);
          for (const violation of violations) found.push(`#${hash} <${tag}>: ${violation}`);
        }
        assert.deepEqual(found, []);
        assert.deepEqual(errors, []);
        await page.close();
      });
});
