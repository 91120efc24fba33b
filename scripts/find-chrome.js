// Finds a Chrome or Chromium for the browser tests. Run as a command (first step of `npm test`): when there is none on
// a Debian or Ubuntu machine run as root, installs Debian's `chromium` with apt-get and says so, as CI does; elsewhere
// it stops with the one command to run.
import { execSync } from 'node:child_process';
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

const installCommand = 'apt-get update && apt-get install -y chromium';

function installWithApt() {
  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  if (!debian || !root) return false;
  console.log(`No Chrome or Chromium found: installing Debian's chromium (${installCommand}), as CI does…`);
  try {
    execSync('apt-get update -qq && apt-get install -y -qq chromium >/dev/null', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    console.error('apt-get could not install chromium.');
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChrome();
  if (!found && installWithApt()) found = findChrome();
  if (!found) {
    console.error(
      'No Chrome or Chromium found for the browser tests.\n' +
        `Fix: install one (Debian/Ubuntu, as root: \`${installCommand}\`) or set CHROME_PATH to its executable.`,
    );
    process.exit(1);
  }
  console.log(`browser tests use ${found}`);
}
