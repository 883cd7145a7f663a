/**
 * Loading an image the content script found in the page: only http(s) URLs
 * and data: URLs of raster images, fetched without the user's cookies,
 * refused unless the server calls it an image and its bytes are one, and
 * cut off past the size cap. A hostile page can at most make the extension
 * fetch an image it could have shown anyway.
 */
import { imageSize } from 'image-size';
import { IMAGE_LIMITS } from './limits';

export type SrcCheck = { ok: true; scheme: 'http' | 'https' | 'data' } | { ok: false; reason: string };

const DATA_IMAGE = /^data:(image\/(?:png|jpeg|jpg|gif|webp|bmp|avif));base64,/i;
/** Raster formats createImageBitmap decodes; SVG is refused (a document, not pixels). */
const RASTER = new Set(['png', 'jpg', 'gif', 'webp', 'bmp', 'avif', 'heif']);

export function checkImageSrc(src: string): SrcCheck {
  if (src.length > IMAGE_LIMITS.maxSrcChars) return { ok: false, reason: 'source too long' };
  if (/^data:/i.test(src)) return DATA_IMAGE.test(src) ? { ok: true, scheme: 'data' } : { ok: false, reason: 'data: URL is not a base64 raster image' };
  if (src.length > 8_192) return { ok: false, reason: 'URL too long' };
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `scheme ${url.protocol} is not allowed` };
  if (url.username || url.password) return { ok: false, reason: 'URL carries credentials' };
  return { ok: true, scheme: url.protocol === 'https:' ? 'https' : 'http' };
}

export interface LoadedImage {
  bytes: Uint8Array<ArrayBuffer>;
  mime: string;
  width: number;
  height: number;
}

/** The image's format and size from its header, or a reason to refuse it. */
export function sniffImage(bytes: Uint8Array): { type: string; width: number; height: number } {
  let s: ReturnType<typeof imageSize>;
  try {
    s = imageSize(bytes);
  } catch {
    throw new Error('not an image');
  }
  const type = s.type ?? '';
  if (!RASTER.has(type)) throw new Error(`image type ${type || 'unknown'} is not read`);
  const width = s.width ?? 0;
  const height = s.height ?? 0;
  if (!width || !height) throw new Error('image has no size');
  if (width * height > IMAGE_LIMITS.maxPixels) throw new Error(`image is ${width}×${height}, over ${IMAGE_LIMITS.maxPixels / 1e6} MP`);
  return { type, width, height };
}

const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp', avif: 'image/avif', heif: 'image/heif' };

function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function readCapped(res: Response, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) throw new Error(`image is ${declared} bytes, over ${max}`);
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new Error(`image is over ${max} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

export async function loadImage(src: string, fetchImpl: typeof fetch = fetch): Promise<LoadedImage> {
  const check = checkImageSrc(src);
  if (!check.ok) throw new Error(check.reason);
  let bytes: Uint8Array<ArrayBuffer>;
  if (check.scheme === 'data') {
    bytes = decodeBase64(src.slice(src.indexOf(',') + 1));
    if (bytes.byteLength > IMAGE_LIMITS.maxBytes) throw new Error('image is too large');
  } else {
    // No cookies: the page cannot make us read what only a logged-in user sees.
    const res = await fetchImpl(src, { credentials: 'omit', cache: 'force-cache', redirect: 'follow' });
    if (!res.ok) throw new Error(`image fetch failed: HTTP ${res.status}`);
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    if (!type.startsWith('image/')) throw new Error(`not an image (content-type ${type || 'none'})`);
    bytes = await readCapped(res, IMAGE_LIMITS.maxBytes);
  }
  const s = sniffImage(bytes);
  return { bytes, mime: MIME[s.type] ?? 'application/octet-stream', width: s.width, height: s.height };
}
