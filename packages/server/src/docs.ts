import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { HttpProblem, problemResponse } from './http.js';

/**
 * `/api/docs`: the contract's OpenAPI document rendered by Swagger UI (`swagger-ui-dist`, served from this server, no
 * CDN), under the demo portal's strict policy: no inline script or style, Trusted Types enforced. Only the allowed
 * policy names differ: the page has no Lit, and Swagger UI writes its rendered markdown with `innerHTML`, so a
 * `default` policy passes every such string through DOMPurify (and DOMPurify's own policies are allowed).
 */
export const docsPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default dompurify dompurify#comptoir',
].join('; ');

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const purifyFile = require.resolve('dompurify/purify.min.js');

const assets: Record<string, () => string | Buffer> = {
  // The only way a string becomes HTML on this page: sanitized first.
  'trusted-types.js': () =>
    `if (window.trustedTypes) trustedTypes.createPolicy('default', { createHTML: (value) => DOMPurify.sanitize(value) });`,
  'init.js': () => `SwaggerUIBundle({ url: 'openapi.json', dom_id: '#swagger-ui', deepLinking: true, defaultModelsExpandDepth: 0 });`,
  'swagger-ui.css': () => readFileSync(join(swaggerDir, 'swagger-ui.css')),
  'swagger-ui-bundle.js': () => readFileSync(join(swaggerDir, 'swagger-ui-bundle.js')),
  'purify.js': () => readFileSync(purifyFile),
  'docs.css': () => `body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1c2330; }
.intro { max-width: 1420px; margin: 1rem auto 0; padding: 0.5rem 1rem; background: #f5f6f8; border-left: 4px solid #49cc90; }
.intro p { margin: 0; }
.intro code { font: 13px ui-monospace, monospace; }`,
};

const page = () =>
  html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Comptoir REST contract</title>
        <link rel="stylesheet" href="docs/swagger-ui.css" />
        <link rel="stylesheet" href="docs/docs.css" />
      </head>
      <body>
        <div class="intro">
          <p>
            Machine-readable: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1). Authenticate with
            <code>Authorization: Bearer &lt;token&gt;</code> (the Authorize button); the demo accounts use
            <code>demo-token-centre</code> and <code>demo-token-quais</code>. Check your own implementation with
            <code>npx comptoir-conformance --base-url URL --token T --other-token T2</code>.
          </p>
        </div>
        <div id="swagger-ui"><noscript>This page needs JavaScript; the document itself is at openapi.json.</noscript></div>
        <script src="docs/purify.js" data-tt-policy-suffix="comptoir"></script>
        <script src="docs/trusted-types.js"></script>
        <script src="docs/swagger-ui-bundle.js"></script>
        <script src="docs/init.js"></script>
      </body>
    </html>`;

/** The docs page and its assets, to mount on the API's router (relative URLs: it works wherever the API is mounted). */
export function docsRoutes() {
  const docs = new Hono();
  const cache = new Map<string, string | Buffer>();
  docs.use(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', docsPolicy);
    c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  docs.get('/docs', (c) => c.html(page()));
  docs.get('/docs/:asset', (c) => {
    const name = c.req.param('asset');
    const load = assets[name];
    if (!load) return problemResponse(c, new HttpProblem(404, 'Not Found', `No route for GET ${c.req.path}.`, { code: 'not-found' }));
    if (!cache.has(name)) cache.set(name, load());
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
    return c.body(cache.get(name) as string, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' });
  });
  return docs;
}
