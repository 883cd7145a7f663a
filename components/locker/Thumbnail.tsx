import { useEffect, useRef, useState } from 'preact/hooks';
import { getFile, openLocker } from '@/lib/evidence/locker';

/** Width of list thumbnails in CSS pixels; made at twice that for sharp screens. */
const THUMB_WIDTH = 120;

/**
 * A small copy of a screenshot for the list: decoding a few hundred full
 * screenshots at once would cost hundreds of megabytes. Falls back to the
 * original where the browser cannot resize (or in tests).
 */
async function shrink(blob: Blob): Promise<Blob> {
  const g = globalThis as { createImageBitmap?: typeof createImageBitmap; OffscreenCanvas?: typeof OffscreenCanvas };
  if (!g.createImageBitmap || !g.OffscreenCanvas) return blob;
  try {
    const bmp = await g.createImageBitmap(blob, { resizeWidth: THUMB_WIDTH * 2, resizeQuality: 'medium' });
    const canvas = new g.OffscreenCanvas(bmp.width, bmp.height);
    canvas.getContext('2d')?.drawImage(bmp, 0, 0);
    bmp.close();
    return await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
  } catch {
    return blob;
  }
}

/** Calls `show` once the element comes near the viewport (at once where IntersectionObserver is missing). */
function whenVisible(el: Element, show: () => void): () => void {
  const IO = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (!IO) {
    show();
    return () => undefined;
  }
  const io = new IO(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        show();
      }
    },
    { rootMargin: '400px 0px' },
  );
  io.observe(el);
  return () => io.disconnect();
}

/**
 * A record's screenshot from its Blob in the locker, through an object URL
 * that is revoked when the component leaves the page. List thumbnails are
 * read and shrunk only when they scroll into view.
 */
export function Thumbnail({ recordId, alt, large, role = 'screenshot' }: { recordId: string; alt: string; large?: boolean; role?: 'screenshot' | 'image' }) {
  const [url, setUrl] = useState<string | null>(null);
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    const load = () => {
      void getFile(openLocker(), recordId, role)
        .then((blob) => (blob && live ? (large ? blob : shrink(blob)) : undefined))
        .then((blob) => {
          if (!live || !blob) return;
          made = URL.createObjectURL(blob);
          setUrl(made);
        });
    };
    const stop = large || !holder.current ? (load(), () => undefined) : whenVisible(holder.current, load);
    return () => {
      live = false;
      stop();
      if (made) URL.revokeObjectURL(made);
    };
  }, [recordId, large, role]);
  if (url) return <img class={large ? 'shot' : 'thumb'} src={url} alt={alt} decoding="async" data-testid={role === 'image' ? 'record-image' : undefined} />;
  return <div ref={holder} class={large ? 'shot empty' : 'thumb empty'} aria-hidden="true" />;
}
