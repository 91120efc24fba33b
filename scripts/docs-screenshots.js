// The screenshots of docs/screens/: each demo page on a phone (390 × 844) and on a desktop (1400 × 1000), what the
// reader sees first (not the whole page). Run against the demo: `npm start`, then `node scripts/docs-screenshots.js`.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-chrome.js';
import { demoPages } from './demo-server.js';

const base = process.argv[2] ?? 'http://localhost:8080/';
const pages = demoPages;
const screens = { phone: { width: 390, height: 844 }, desktop: { width: 1400, height: 1000 } };
mkdirSync('docs/screens', { recursive: true });
const browser = await chromium.launch({ executablePath: findChrome(), args: [...chromeArgs] });
for (const [hash, tag] of Object.entries(pages))
  for (const [name, viewport] of Object.entries(screens)) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}#${hash}`, { waitUntil: 'networkidle' });
    // The element itself, scrolled to the top of the page's view.
    await page.locator(tag).scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `docs/screens/${tag}-${name}.png` });
    await page.close();
    console.log(`docs/screens/${tag}-${name}.png`);
  }
// <backorder-table> with every column in a desktop's pane: the middle layout (columns dropped by priority), its second
// line focused, which shows the dropped fields.
{
  const page = await browser.newPage({ viewport: screens.desktop });
  await page.goto(`${base}#notes`, { waitUntil: 'networkidle' });
  const table = page.locator('backorder-table');
  await table.evaluate((el) => (el.columns = ''));
  await page.waitForTimeout(400);
  await table.evaluate((el) => el.shadowRoot.querySelectorAll('.body .row')[1].focus());
  await page.waitForTimeout(200);
  await table.screenshot({ path: 'docs/screens/backorder-table-every-column-desktop.png' });
  await page.close();
  console.log('docs/screens/backorder-table-every-column-desktop.png');
}
await browser.close();
