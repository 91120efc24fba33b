import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ListDetailFocusOptions {
  /** Selector of the detail's heading (with `tabindex="-1"`). */
  heading: string;
  /** Whether the detail view is open (its id attribute is set). */
  isOpen: () => boolean;
  /** Whether the open detail's own data shows (not a loading state). */
  isShown: () => boolean;
}

/**
 * Focus between a list and the detail of one of its rows: the detail's heading once the detail shows, and the row's
 * open button (`data-open="<id>"`) when the list comes back, so a keyboard or screen-reader user never starts over.
 */
export class ListDetailFocus implements ReactiveController {
  private headingDue = false;
  private row = '';
  private wasOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly options: ListDetailFocusOptions,
  ) {
    host.addController(this);
  }

  /** The detail is being opened from the row whose open button has `data-open="<id>"`. */
  opened(id: string): void {
    this.row = id;
    this.headingDue = true;
  }

  hostUpdated(): void {
    const open = this.options.isOpen();
    if (this.headingDue && open && this.options.isShown()) {
      this.headingDue = false;
      this.host.renderRoot.querySelector<HTMLElement>(this.options.heading)?.focus();
    }
    if (!open && this.wasOpen && this.row) {
      this.host.renderRoot.querySelector<HTMLElement>(`button[data-open="${CSS.escape(this.row)}"]`)?.focus();
      this.row = '';
    }
    this.wasOpen = open;
  }
}
