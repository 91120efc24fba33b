// `prepack` / `postpack` of each published package (run in the package's folder):
// - prepack copies the repository's CHANGELOG.md beside package.json and rewrites package.json for the tarball: the
//   workspace-only `comptoir-source` export condition and the `./src/...` sideEffects globs point at files the tarball
//   does not ship (it ships dist/), so they are left out; the original is kept in package.json.workspace;
// - postpack puts the original package.json back.
// test/hosts.test.ts checks the packed package.json: every export target and sideEffects glob matches a shipped file.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const saved = 'package.json.workspace';
const mode = process.argv[2];

if (mode === 'prepack') {
  copyFileSync('../../CHANGELOG.md', 'CHANGELOG.md');
  if (existsSync(saved)) renameSync(saved, 'package.json'); // an interrupted earlier pack
  const source = readFileSync('package.json', 'utf8');
  const manifest = JSON.parse(source);
  const forTarball = (value) => {
    if (Array.isArray(value)) return value.map(forTarball);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'comptoir-source')
        .map(([key, inner]) => [key, forTarball(inner)]),
    );
  };
  manifest.exports = forTarball(manifest.exports);
  if (Array.isArray(manifest.sideEffects)) manifest.sideEffects = manifest.sideEffects.filter((glob) => !glob.startsWith('./src/'));
  delete manifest.scripts;
  writeFileSync(saved, source);
  writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');
} else if (mode === 'postpack') {
  if (existsSync(saved)) renameSync(saved, 'package.json');
  rmSync('CHANGELOG.md', { force: true });
} else {
  console.error('usage: node pack-manifest.js prepack|postpack');
  process.exit(2);
}
