// Finds a Chrome or Chromium for the browser tests and says how to get one when there is none.
import { existsSync } from 'node:fs';

export const chromeCandidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

/** Flags for headless Chromium here: root needs --no-sandbox; the rest keeps it off a network it cannot reach. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function findChrome() {
  return chromeCandidates.find((path) => existsSync(path));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChrome();
  if (!found) {
    console.error(
      'No Chrome or Chromium found for the browser tests.\n' +
        'Fix: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  console.log(`browser tests use ${found}`);
}
