import { browser, type Browser } from 'wxt/browser';
import { CONTENT_PORT, PortReplySchema, type Message } from '../messages';

interface Pending {
  message: unknown;
  resolve: (data: unknown) => void;
  reject: (err: Error) => void;
  /** Sent again once after the port dropped (the background worker was stopped). */
  retried: boolean;
}

/**
 * The content script's requests to the background, over one long-lived port
 * (see CONTENT_PORT). The worker may be stopped at any time (MV3): the port
 * then disconnects, and what was in flight is sent once more on a new port,
 * which wakes the worker. (A request the worker finished but could not answer
 * is then handled twice: reports raise a counter, captures become addenda.)
 */
export class ContentPort {
  private port: Browser.runtime.Port | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;

  /** The reply's data, or a rejection with the router's error. */
  request<T = unknown>(message: Message): Promise<T> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { message, resolve: resolve as (data: unknown) => void, reject, retried: false });
      this.post(id);
    });
  }

  close(): void {
    const port = this.port;
    this.port = null;
    port?.disconnect();
    this.failAll(new Error('the content script was stopped'));
  }

  private post(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    try {
      this.connect().postMessage({ id, message: p.message });
    } catch (err) {
      this.pending.delete(id);
      p.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private connect(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: CONTENT_PORT });
    this.port = port;
    port.onMessage.addListener((raw: unknown) => {
      const r = PortReplySchema.safeParse(raw);
      if (!r.success) return;
      const p = this.pending.get(r.data.id);
      if (!p) return;
      this.pending.delete(r.data.id);
      if (r.data.reply.ok) p.resolve(r.data.reply.data);
      else p.reject(new Error(r.data.reply.error));
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      // In flight when the worker stopped: once more on a fresh port.
      for (const [id, p] of [...this.pending]) {
        if (p.retried) {
          this.pending.delete(id);
          p.reject(new Error('the background stopped answering'));
        } else {
          p.retried = true;
          this.post(id);
        }
      }
    });
    return port;
  }

  private failAll(err: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(err);
  }
}
