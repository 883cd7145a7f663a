/**
 * Zip in and out. Writing streams with client-zip: entries come from an
 * async iterable, each file's bytes are pulled from its Blob only when the
 * zip reaches it, so a large case never sits in memory whole (files are
 * stored, not deflated: screenshots are PNG/JPEG already). Reading uses
 * fflate, which handles what other tools produce too (deflated entries).
 */
import { makeZip } from 'client-zip';
import { unzipSync } from 'fflate';

export interface ZipInput {
  name: string;
  /** Bytes, text, a Blob (read lazily) or a function giving one of those when the zip reaches it. */
  input: Uint8Array | string | Blob | (() => Promise<Uint8Array | string | Blob>);
  lastModified?: Date;
}

async function* materialise(entries: AsyncIterable<ZipInput> | Iterable<ZipInput>) {
  for await (const e of entries) {
    const input = typeof e.input === 'function' ? await e.input() : e.input;
    yield { name: e.name, input, lastModified: e.lastModified ?? new Date() };
  }
}

export function zipStream(entries: AsyncIterable<ZipInput> | Iterable<ZipInput>): ReadableStream<Uint8Array> {
  return makeZip(materialise(entries), { buffersAreUTF8: true });
}

export class ZipReadError extends Error {
  override name = 'ZipReadError';
}

/** Biggest unpacked bundle we agree to open (a guard against zip bombs). */
export const MAX_UNPACKED = 4 * 1024 ** 3;

export interface ZipContents {
  files: Map<string, Uint8Array>;
  /** Names that appear more than once (a second copy could hide behind the first). */
  duplicates: string[];
}

export async function toBytes(zip: Uint8Array | Blob | ArrayBuffer): Promise<Uint8Array> {
  if (zip instanceof Uint8Array) return zip;
  if (zip instanceof ArrayBuffer) return new Uint8Array(zip);
  return new Uint8Array(await zip.arrayBuffer());
}

export function readZip(bytes: Uint8Array): ZipContents {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  let total = 0;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter(info) {
        if (seen.has(info.name)) duplicates.push(info.name);
        seen.add(info.name);
        total += info.originalSize;
        if (total > MAX_UNPACKED) throw new ZipReadError('the zip unpacks to more than 4 GiB');
        return true;
      },
    });
  } catch (err) {
    if (err instanceof ZipReadError) throw err;
    throw new ZipReadError(`not a readable zip file (${err instanceof Error ? err.message : String(err)})`);
  }
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(raw)) {
    if (name.endsWith('/')) continue; // folder entries
    files.set(name, data);
  }
  return { files, duplicates };
}

/** Collect a stream (tests, the CLI, Node): the extension page hands the stream to a Blob instead. */
export async function streamToBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
