#!/usr/bin/env node
// comptoir-conformance: checks that an API implements the Comptoir REST contract as the elements expect.
//   npx comptoir-conformance --base-url https://portal.example.com/api --token T --other-token T2 [--origin O] [--writes]
// Prints each check, passed or failed with the request that failed; exits 1 on any failure, 2 on a usage error.
import { runConformance, type ConformanceOptions } from './checks.js';

const proc = (globalThis as unknown as { process: { argv: string[]; exitCode?: number; env: Record<string, string | undefined> } }).process;
const args = proc.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const usage = `Usage: comptoir-conformance --base-url URL --token TOKEN [--other-token TOKEN2] [--origin ORIGIN] [--writes]

  --base-url     the API's base URL (https://portal.example.com/api)
  --token        a bearer token of a test account with data (or COMPTOIR_TOKEN)
  --other-token  a bearer token of a second account: checks that accounts never see each other's items
  --origin       a portal origin: checks the CORS preflight
  --writes       also checks the write routes (follows and unfollows a title, creates a case)`;

const baseUrl = option('base-url');
const token = option('token') ?? proc.env.COMPTOIR_TOKEN;
if (args.includes('--help') || !baseUrl || !token) {
  console.log(usage);
  proc.exitCode = args.includes('--help') ? 0 : 2;
} else {
  const options: ConformanceOptions = {
    baseUrl,
    token,
    otherToken: option('other-token') ?? proc.env.COMPTOIR_OTHER_TOKEN,
    origin: option('origin'),
    writes: args.includes('--writes'),
  };
  console.log(`Comptoir contract conformance of ${baseUrl}${options.writes ? ' (with writes)' : ' (read-only)'}\n`);
  const results = await runConformance(options, (result) =>
    console.log(result.ok ? `  ✔ ${result.name}` : `  ✘ ${result.name}\n      ${result.detail}`),
  );
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  if (!options.otherToken) console.log('(no --other-token: account isolation was not checked)');
  proc.exitCode = failed ? 1 : 0;
}
