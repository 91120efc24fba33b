// What each status of a list means: the content of its "What do the statuses mean?" disclosure, loaded when a reader
// first opens it.
import { html, nothing, type TemplateResult } from 'lit';
import { renderBadge, type Tone } from './views.js';

/** The statuses' badges and their meanings, with an optional closing note. */
export function renderGlossary<C extends string>(options: {
  codes: readonly C[];
  labels: Record<C, string>;
  meanings: Record<C, string>;
  tones: Record<C, Tone>;
  note?: string;
}): TemplateResult {
  return html`<dl>
      ${options.codes.map(
        (code) =>
          html`<dt>${renderBadge(options.labels[code], options.tones[code])}</dt>
            <dd>${options.meanings[code]}</dd>`,
      )}
    </dl>
    ${options.note ? html`<p>${options.note}</p>` : nothing}`;
}
