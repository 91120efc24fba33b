import {
  generateBackorders,
  generateCases,
  demoCustomers,
  equipmentCatalog,
  generateCatalog,
  generateOrders,
  generateServiceCase,
  generateShipments,
  generateWatchlist,
  seedOrderFor,
  seedRowsAsOf,
} from '@comptoir/contract/fixtures';
import { jobsRunMarks, markRunSql } from './jobs.js';
import { catchUpSorted } from './sorted.js';
import { backorderInserter, insertAccount, insertCase, insertOrder, insertShipment, insertTitle, insertWatch, type Db } from './db.js';

/** The two demo accounts: the first holds the portals' real rows; the second proves that accounts never see each other. */
export const demoAccounts = [
  { id: 'librairie-du-centre', name: 'Librairie du Centre', token: 'demo-token-centre', emailDomain: 'librairie-du-centre.fr', seed: 1 },
  { id: 'librairie-des-quais', name: 'Librairie des Quais', token: 'demo-token-quais', emailDomain: 'librairie-des-quais.fr', seed: 2 },
] as const;

export interface SeedSizes {
  backorders: number;
  shipments: number;
  catalog: number;
  watchlist: number;
  cases: number;
}

export const demoSizes: SeedSizes = { backorders: 1200, shipments: 1027, catalog: 600, watchlist: 24, cases: 45 };
export const testSizes: SeedSizes = { backorders: 96, shipments: 40, catalog: 60, watchlist: 6, cases: 12 };

/** Fills an empty database: both demo accounts, the seed rows in the first, generated rows in both. One transaction. */
export function seedDatabase(db: Db, options: { today: string; sizes?: SeedSizes }): void {
  const sizes = options.sizes ?? demoSizes;
  const { today } = options;
  db.transaction(() => {
    const insertBackorder = backorderInserter(db);
    // The supplier's articles and stock, shared by the accounts' offers and orders.
    const stock = db.prepare('INSERT INTO stock (sku, label, quantity, price_amount, price_currency) VALUES (?, ?, ?, ?, ?)');
    for (const article of equipmentCatalog) stock.run(article.sku, article.label, article.stock, article.price, 'EUR');
    const hold = db.prepare('INSERT INTO reservations (account_id, our_ref, sku, quantity, until) VALUES (?, ?, ?, ?, ?)');
    for (const account of demoAccounts) {
      insertAccount(db, { ...account, alertEmail: `commandes@${account.emailDomain}` });
      const catalog = generateCatalog(100 + account.seed, sizes.catalog, today);
      for (const title of catalog) insertTitle(db, { ...title, available: false });
      for (const line of generateBackorders(account.seed, sizes.backorders, today)) insertBackorder(account.id, line);
      for (const shipment of generateShipments(account.seed, sizes.shipments, today)) insertShipment(db, account.id, shipment);
      for (const item of generateWatchlist(account.seed, catalog, sizes.watchlist, today)) insertWatch(db, account.id, item);
      for (const detail of generateCases(account.seed, sizes.cases, today, account.emailDomain)) insertCase(db, account.id, detail);
      insertCase(db, account.id, generateServiceCase(account.seed, today, account.emailDomain));
      for (const dossier of generateOrders(account.seed, today)) {
        insertOrder(db, account.id, dossier, demoCustomers[account.seed].email);
        // What a reserved offer holds of the supplier's stock.
        if (dossier.offer?.reservedUntil)
          for (const line of dossier.lines) hold.run(account.id, dossier.ourRef, line.sku, line.quantity, dossier.offer.reservedUntil);
      }
    }
    // The portals' own rows, their dates moved to stand as far from today as they stood from the portal's day.
    const demo = demoAccounts[0].id;
    const rows = seedRowsAsOf(today);
    for (const line of rows.backorders) insertBackorder(demo, line);
    for (const shipment of rows.shipments) insertShipment(db, demo, shipment);
    for (const item of rows.watchlist) insertWatch(db, demo, item);
    const shop = demoCustomers[demoAccounts[0].seed];
    insertOrder(db, demo, seedOrderFor(rows.order, shop), shop.email);
    // Every "Mail envoyé le" of the seed is a mail of the outbox, sent that day.
    db.prepare(
      `INSERT INTO outbox (account_id, kind, subject_key, recipient, subject, body, created_at, sent_at, attempts)
       SELECT w.account_id, 'availability', w.ean13 || ':' || coalesce(w.available_at, ''), a.alert_email,
         'Titre disponible : ' || w.title, '(mail of the seed)', w.notified_at || 'T06:00:00.000Z', w.notified_at || 'T06:00:00.000Z', 1
       FROM watchlist w JOIN accounts a ON a.id = w.account_id WHERE w.notified_at IS NOT NULL`,
    ).run();
    // The seed is the portal after today's runs: the next purge is tomorrow's, the next weekly processing next week's.
    for (const [job, day] of jobsRunMarks(today)) db.prepare(markRunSql).run(`job:${job}`, day);
    db.prepare(markRunSql).run('seeded_at', today);
  })();
  // The seeded lines' words in title order, entered now rather than on the first search sorted by title (sorted.ts).
  catchUpSorted(db);
}

export function isSeeded(db: Db): boolean {
  return db.prepare("SELECT 1 FROM meta WHERE key = 'seeded_at'").get() !== undefined;
}
