import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { ApiError, isAbort } from './errors.js';
import type { ComptoirElement } from './base-element.js';

export interface ResourceOptions<T, A extends readonly unknown[]> {
  /** Reactive inputs; a change starts a new request and aborts the previous one. */
  args: () => A;
  /** Loads with the given signal (aborted when the args change or the element leaves the page). */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** How many items a value holds, for `comptoir-load`; without it the resource is auxiliary and emits no event. */
  count?: (value: T) => number;
}

export interface ResourceRenderers<T> {
  loading: () => unknown;
  complete: (value: T, refreshing: boolean) => unknown;
  error: (error: ApiError) => unknown;
}

/**
 * Data for an element, on @lit/task: a request per change of args with an AbortSignal, stale answers dropped,
 * removal aborts and reconnection reloads, the last data kept (refreshing) while a reload runs,
 * a reflected `loading` attribute and the common `comptoir-load` / `comptoir-error` events.
 */
export class Resource<T, A extends readonly unknown[]> implements ReactiveController {
  private readonly task: Task<A, T>;
  private connection = new AbortController();
  private wasDisconnected = false;

  constructor(
    private readonly host: ComptoirElement,
    private readonly options: ResourceOptions<T, A>,
  ) {
    host.addController(this);
    this.task = new Task<A, T>(host, {
      args: options.args,
      task: async (args, { signal }) => {
        const combined = AbortSignal.any([signal, this.connection.signal]);
        try {
          const value = await options.load(args, combined);
          if (!combined.aborted && options.count) this.host.emit('comptoir-load', { count: options.count(value) });
          return value;
        } catch (cause) {
          const error = cause instanceof ApiError ? cause : new ApiError({ kind: 'network', url: '', cause });
          if (!combined.aborted && !isAbort(error) && options.count) {
            this.host.emit('comptoir-error', { kind: error.kind, status: error.status, message: error.message });
          }
          throw error;
        }
      },
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }
  get value(): T | undefined {
    return this.task.value;
  }
  get error(): ApiError | undefined {
    return this.task.status === TaskStatus.ERROR ? (this.task.error as ApiError) : undefined;
  }
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Runs the request again with the same args (Retry, or after a write). */
  reload(): Promise<void> {
    return this.task.run();
  }

  hostConnected(): void {
    if (this.wasDisconnected) {
      this.wasDisconnected = false;
      this.connection = new AbortController();
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.wasDisconnected = true;
    this.connection.abort();
  }

  hostUpdated(): void {
    // Only the element's main data (the resource that reports a count) drives the `loading` attribute.
    if (this.options.count) this.host.toggleAttribute('loading', this.pending);
  }

  render(renderers: ResourceRenderers<T>): unknown {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return renderers.loading();
      case TaskStatus.PENDING:
        return this.task.value === undefined ? renderers.loading() : renderers.complete(this.task.value, true);
      case TaskStatus.COMPLETE:
        return renderers.complete(this.task.value as T, false);
      case TaskStatus.ERROR:
        return renderers.error(this.task.error as ApiError);
    }
  }
}
