// The reader's sentence for a server's refusal: each problem `code` of the contract has one in every shipped language,
// so a reader never sees the server's English `detail` inside their own language. Loaded with the first refusal,
// with its language's sentences only.
import type { ProblemCode } from '@comptoir/contract/common';
import { ApiError } from './errors.js';
import type { Localizer } from './localize.js';
import { errorMessage } from './views.js';

export type ProblemParams = Readonly<Record<string, string | number | undefined>>;
/** A language's sentences, by problem code; a page may add its own language's as terms named `problem:<code>`. */
export type ProblemTerms = Record<ProblemCode, string | ((params: ProblemParams) => string)>;

const shipped: Record<string, () => Promise<{ default: ProblemTerms }>> = {
  en: () => import('./problem.l10n.en.js'),
  fr: () => import('./problem.l10n.fr.js'),
  de: () => import('./problem.l10n.de.js'),
};

/**
 * Why an action failed, for a notice: the sentence for the server's problem code in the element's language (a
 * language the page registered first, then the shipped ones: regional, language, English), else the element's
 * sentence for the error (an unknown code, another server's problem, a network failure).
 */
export async function reasonOf(l: Localizer, error: unknown): Promise<string> {
  if (!(error instanceof ApiError)) return String(error);
  const code = error.problem?.code;
  if (code) {
    const params = (error.problem?.params ?? {}) as ProblemParams;
    const registered = l.term(`problem:${code}`, params);
    if (registered !== `problem:${code}`) return String(registered);
    const lang = l.lang();
    for (const candidate of new Set([lang, lang.split('-')[0]!, 'en'])) {
      const load = shipped[candidate];
      if (!load) continue;
      try {
        const term = (await load()).default[code as ProblemCode];
        if (term) return typeof term === 'function' ? term(params) : term;
        break; // a shipped language has every code of the contract: this one is another server's
      } catch {
        // This language's file did not load: the next one.
      }
    }
  }
  return errorMessage(l, error);
}
