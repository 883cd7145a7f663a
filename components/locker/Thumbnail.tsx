import { useEffect, useState } from 'preact/hooks';
import { getFile, openLocker } from '@/lib/evidence/locker';

/** A record's screenshot, read lazily and released when it leaves the page. */
export function Thumbnail({ recordId, alt, large }: { recordId: string; alt: string; large?: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    void getFile(openLocker(), recordId, 'screenshot').then((blob) => {
      if (!live || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [recordId]);
  return url ? <img class={large ? 'shot' : 'thumb'} src={url} alt={alt} loading="lazy" /> : <div class={large ? 'shot empty' : 'thumb empty'} />;
}
