import { browser, type Browser } from 'wxt/browser';
import { CONTENT_PORT, parseMessage, PortRequestSchema, type Message, type MessageOf, type MessageType } from '../messages';

export type Sender = Browser.runtime.MessageSender;
type Handler<T extends MessageType> = (msg: MessageOf<T>, sender: Sender) => Promise<unknown> | unknown;
export type Handlers = { [T in MessageType]?: Handler<T> };

/** Where a message may come from: the page's content script or our own pages. */
export function isExtensionPage(sender: Sender): boolean {
  // Our pages may sit in a tab (the locker, options) or in the popup; what
  // makes them ours is their URL, which the browser sets, not the sender.
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export function isContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && !isExtensionPage(sender);
}

export type Reply = { ok: true; data?: unknown } | { ok: false; error: string };

/**
 * Parse, authorise and dispatch one message. Never throws: a malformed or
 * unknown message is answered with a reason and logged, so one bad sender
 * cannot take the worker down.
 */
export async function route(raw: unknown, sender: Sender, handlers: Handlers): Promise<Reply> {
  if (sender.id !== browser.runtime.id) return reject('sender is not this extension', raw);
  const parsed = parseMessage(raw);
  if (!parsed.ok) return reject(parsed.reason, raw);
  const msg: Message = parsed.message;
  const handler = handlers[msg.type] as Handler<typeof msg.type> | undefined;
  if (!handler) return reject(`no handler for ${msg.type}`, raw);
  try {
    const data = await handler(msg as never, sender);
    return { ok: true, data };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    console.warn('[opg] handler failed', msg.type, error);
    return { ok: false, error };
  }
}

function reject(reason: string, raw: unknown): Reply {
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type) : '?';
  console.warn('[opg] rejected message', type, reason);
  return { ok: false, error: reason };
}

/**
 * Answer a content script's requests on its port through the same router
 * (same parsing, same sender checks). A port from anything but our content
 * script, or a request that is not `{ id, message }`, is closed.
 */
export function servePort(port: Browser.runtime.Port, handlers: Handlers): void {
  if (port.name !== CONTENT_PORT) return;
  const sender = port.sender;
  if (!sender || !isContentScript(sender)) {
    console.warn('[opg] refused a port from', sender?.url ?? 'an unknown sender');
    port.disconnect();
    return;
  }
  port.onMessage.addListener((raw: unknown) => {
    const req = PortRequestSchema.safeParse(raw);
    if (!req.success) {
      console.warn('[opg] closed a port: malformed request');
      port.disconnect();
      return;
    }
    void route(req.data.message, sender, handlers).then((reply) => {
      try {
        port.postMessage({ id: req.data.id, reply });
      } catch {
        // the frame went away while we worked
      }
    });
  });
}
