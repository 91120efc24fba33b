// Builds the packages: the contract (tsc), the elements for npm (dist/: modules, declarations, then the manifest and
// the typings generated from it), the React wrappers (tsc), then the elements' CDN files (cdn/): all of them in one file, then one file per
// element sharing chunks.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

const tsc = (...args) => execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', ...args], { stdio: 'inherit' });
rmSync('packages/contract/dist', { recursive: true, force: true });
tsc('-p', 'packages/contract/tsconfig.build.json');
console.log('built packages/contract/dist');

const configFile = new URL('../packages/elements/vite.config.ts', import.meta.url).pathname;
for (const mode of ['npm', 'cdn-all', 'cdn-elements']) {
  process.env.COMPTOIR_BUILD = mode;
  await build({ configFile, logLevel: 'warn' });
  if (mode === 'npm') {
    tsc('-p', 'packages/elements/tsconfig.build.json', '--emitDeclarationOnly');
    // The manifest, checked, and what is generated from it: framework typings in dist/types, editors' data.
    execFileSync(
      process.execPath,
      ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
      { stdio: 'inherit' },
    );
    execFileSync(process.execPath, ['scripts/manifest-outputs.js', '--typings'], { stdio: 'inherit' });
  }
  console.log(`built packages/elements/${mode === 'npm' ? 'dist' : 'cdn'} (${mode})`);
  if (mode === 'npm') {
    rmSync('packages/react/dist', { recursive: true, force: true });
    tsc('-p', 'packages/react/tsconfig.build.json');
    console.log('built packages/react/dist');
  }
}
