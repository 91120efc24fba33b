import { html, raw } from 'hono/html';

type Json = Record<string, unknown>;

/** A plain, self-contained page that lists the contract's routes and their schemas (no CDN, no script). */
export function docsPage(document: Json) {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Comptoir REST contract</title>
        <style>
          body {
            font:
              15px/1.5 system-ui,
              sans-serif;
            max-width: 70rem;
            margin: 2rem auto;
            padding: 0 1rem;
            color: #1c2330;
          }
          code,
          pre {
            font:
              13px ui-monospace,
              monospace;
          }
          pre {
            background: #f5f6f8;
            padding: 0.75rem;
            overflow: auto;
            max-height: 24rem;
          }
          .method {
            display: inline-block;
            min-width: 4.5rem;
            font-weight: 700;
            text-transform: uppercase;
          }
          details {
            border-top: 1px solid #d5d9e0;
            padding: 0.5rem 0;
          }
        </style>
      </head>
      <body>
        <h1>Comptoir REST contract</h1>
        <p>${(document.info as Json).description as string}</p>
        <p>
          Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Authenticate with
          <code>Authorization: Bearer &lt;token&gt;</code>; the demo accounts use <code>demo-token-centre</code> and
          <code>demo-token-quais</code>.
        </p>
        ${operations.map(
          ({ path, method, operation }) =>
            html`<details>
              <summary><span class="method">${method}</span> <code>/api${path}</code> — ${operation.summary as string}</summary>
              ${
                operation.requestBody
                  ? html`<h3>Request body</h3>
                      <pre>${JSON.stringify(operation.requestBody, null, 2)}</pre>`
                  : raw('')
              }
              ${
                (operation.parameters as unknown[]).length
                  ? html`<h3>Parameters</h3>
                      <pre>${JSON.stringify(operation.parameters, null, 2)}</pre>`
                  : raw('')
              }
              <h3>Responses</h3>
              <pre>${JSON.stringify(operation.responses, null, 2)}</pre>
            </details>`,
        )}
      </body>
    </html>`;
}
