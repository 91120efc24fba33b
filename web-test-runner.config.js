import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

// papaparse ships CommonJS/UMD only; Vite converts it at build time, the test server here.
const commonjs = fromRollup(rollupCommonjs);
import { findChrome } from './scripts/find-chrome.js';

export default {
  files: ['packages/elements/src/**/*.test.ts', 'packages/elements/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    commonjs({ include: /node_modules\/papaparse\//, ignore: ['stream'], strictRequires: false }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
        ],
      },
    }),
  ],
  // An unhandled rejection in a test page fails the run.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script>
      window.__unhandled = [];
      window.addEventListener('unhandledrejection', (event) => {
        window.__unhandled.push(String(event.reason && (event.reason.stack || event.reason)));
      });
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
