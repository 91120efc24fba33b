import { html, nothing, type TemplateResult } from 'lit';
import { renderBadge, type Tone } from './views.js';

/** What each status of a list means: a disclosure of its badges and their meanings, with an optional closing note. */
export function renderGlossary<C extends string>(options: {
  title: string;
  codes: readonly C[];
  labels: Record<C, string>;
  meanings: Record<C, string>;
  tones: Record<C, Tone>;
  note?: string;
}): TemplateResult {
  return html`<details class="glossary" part="glossary">
    <summary>${options.title}</summary>
    <dl>
      ${options.codes.map(
        (code) =>
          html`<dt>${renderBadge(options.labels[code], options.tones[code])}</dt>
            <dd>${options.meanings[code]}</dd>`,
      )}
    </dl>
    ${options.note ? html`<p>${options.note}</p>` : nothing}
  </details>`;
}
