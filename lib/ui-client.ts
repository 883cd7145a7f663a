import { browser } from 'wxt/browser';
import type { Message } from './messages';
import type { Reply } from './background/router';

/** Send a protocol message from an extension page or content script and unwrap the reply. */
export async function send<T = unknown>(msg: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(msg)) as Reply | undefined;
  if (!reply) throw new Error('no reply from the extension');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}
