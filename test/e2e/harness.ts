import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; Playwright cannot download browsers here. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  }
  return found;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/**
 * Serves test/fixtures on 127.0.0.1 over HTTP and HTTPS (a self-signed test
 * certificate: real shop hosts such as facebook.com are HSTS-preloaded, so the
 * browser only goes there over HTTPS). Any host name maps here through the
 * browser's resolver rules.
 */
export interface Fixtures {
  server: Server;
  port: number;
  tlsPort: number;
  /** An https URL on `host` (use for real shop hosts), or http when `plain`. */
  url(host: string, path: string, plain?: boolean): string;
}

export async function serveFixtures(dir = FIXTURES): Promise<Fixtures> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  };
  const plain = createServer(handler);
  const tls = createTlsServer(
    { key: readFileSync(join(dir, 'tls', 'key.pem')), cert: readFileSync(join(dir, 'tls', 'cert.pem')) },
    handler,
  );
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
  const port = (plain.address() as { port: number }).port;
  const tlsPort = (tls.address() as { port: number }).port;
  // One handle closes both.
  const close = plain.close.bind(plain);
  plain.close = ((cb?: (err?: Error) => void) => {
    tls.close();
    return close(cb);
  }) as typeof plain.close;
  return {
    server: plain,
    port,
    tlsPort,
    url: (host, path, usePlain) =>
      usePlain
        ? `http://${host}:${port}/${path.replace(/^\//, '')}`
        : `https://${host}:${tlsPort}/${path.replace(/^\//, '')}`,
  };
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Every host name resolves to the fixture server, so site adapters see their real host names.
  '--host-resolver-rules=MAP * 127.0.0.1',
  // The fixture server's certificate is self-signed.
  '--ignore-certificate-errors',
];

export async function launchWithExtension(opts: { headless?: boolean; extDir?: string } = {}): Promise<Launched> {
  const extDir = opts.extDir ?? EXT_DIR;
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`no built extension at ${extDir}: run \`npm run build\` first`);
  const userDir = mkdtempSync(join(tmpdir(), 'opg-profile-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 860 },
    ignoreHTTPSErrors: true,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...LAUNCH_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/** The service worker, found again if Chromium restarted it. */
export async function currentWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const alive = context.serviceWorkers().find((w) => w.url().includes(extensionId));
  return alive ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export async function tabIdOf(launched: Launched, page: Page): Promise<number> {
  const url = page.url();
  const w = await currentWorker(launched.context, launched.extensionId);
  const id = await w.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return (tabs as { url?: string; id?: number }[]).find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

export interface StoredFinding {
  kind: string;
  severity: string;
  text: string;
  value: string;
  message: string;
  url: string;
  at: string;
  count?: number;
  hidden?: boolean;
}

export async function tabFindings(launched: Launched, tabId: number): Promise<StoredFinding[]> {
  const w = await currentWorker(launched.context, launched.extensionId);
  return w.evaluate(async (key: string) => {
    const got = await chrome.storage.session.get(key);
    return (got[key] ?? []) as never;
  }, `findings:${tabId}`);
}

/** Poll until `probe` returns a truthy value (or throw with the last value seen). */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}
