import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM only. Lit's styleMap writes a `style` attribute on first render,
 * which a strict Content-Security-Policy (no 'unsafe-inline' styles) refuses; CSSOM writes are always allowed.
 * Use in element position: `<div ${styleProps({ height: '40px', '--_height': 'calc(…)' })}>`.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes in element position');
  }

  render(_props: Record<string, string>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): unknown {
    const style = (part.element as HTMLElement).style;
    const next = new Map(Object.entries(props).map(([name, value]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value]));
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    for (const [name, value] of next) style.setProperty(name, value);
    this.previous = new Set(next.keys());
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
