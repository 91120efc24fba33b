// Opens a page of the running demo in headless Chromium and saves a screenshot: `node scripts/screenshot.js URL FILE [WIDTH] [HEIGHT]`.
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-chrome.js';

const [url = 'http://localhost:8080/', file = 'screenshot.png', width = '1400', height = '1000'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: [...chromeArgs],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on('pageerror', (error) => errors.push(String(error)));
page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: file, fullPage: true });
await browser.close();
if (errors.length) console.error('page errors:\n' + errors.join('\n'));
console.log(`saved ${file}`);
