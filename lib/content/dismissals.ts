/**
 * "This is not inducement", remembered locally per site for that exact text,
 * so a false alarm never comes back on the same page text. The content script
 * only fingerprints; the background keeps the list (lib/background/dismissals-store.ts).
 */

/** FNV-1a, 2×32 bits: a compact fingerprint of the text, not a security boundary. */
export function fingerprint(kind: string, value: string, message: string): string {
  const s = `${kind}\u0000${value}\u0000${message}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
