// The demo portal's pages (hash → the element on it), and the reference server started on a data folder of its own
// (a fresh database seeded with the demo's rows), serving the built demo: used by the end-to-end tests, the
// interactions benchmark and the screenshots.
import { spawn } from 'node:child_process';

export const demoPages = {
  notes: 'backorder-table',
  alertes: 'availability-watchlist',
  logistique: 'shipment-tracker',
  dossier: 'order-timeline',
  cas: 'case-journal',
};

/** The reference server's command line on a data folder, from its sources (for `process.execPath`). */
export const serverArgs = (dataDir, args = []) => [
  '--conditions=comptoir-source',
  '--import',
  'tsx',
  'packages/server/src/main.ts',
  '--data-dir',
  dataDir,
  ...args,
];

/** Starts the server on a free port (`args`: more of its options, `--today` say); resolves with its process and base URL once it listens. */
export async function startDemoServer(dataDir, args = []) {
  const server = spawn(process.execPath, serverArgs(dataDir, ['--port', '0', '--quiet', ...args]), {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += String(chunk);
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve(`http://localhost:${match[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { server, base };
}
