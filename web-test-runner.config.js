import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
/**
 * papaparse ships only a UMD file; Vite converts it at build time. Here the test server wraps it as an ES module:
 * the UMD takes its CommonJS branch with the `module`/`exports` the wrapper gives it.
 */
const papaparseAsModule = {
  name: 'papaparse-as-module',
  transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;` };
  },
};
import { chromeArgs, findChrome } from './scripts/find-chrome.js';

export default {
  files: ['packages/elements/src/**/*.test.ts', 'packages/elements/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['comptoir-source', 'browser', 'development'] },
  plugins: [papaparseAsModule, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [...chromeArgs],
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
