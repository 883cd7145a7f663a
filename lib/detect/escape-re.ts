/** A string as a regex that matches it literally. A module of its own so normalise.ts can use it: scan.ts imports normalise.ts. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
