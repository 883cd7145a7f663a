/**
 * The independent sets never tuned on (test/corpus/README.md): measured only as a whole, by corpus.test.ts's guards.
 * Tests that build cases from the corpora's lines (thread splits) leave them out, so that no failing case ever shows,
 * or asks a fix for, one of their lines.
 */
export const HELD_OUT: ReadonlySet<number> = new Set([
  5, 10, 11, 18, 31, 38, 45, 49, 50, 58, 59, 70, 74, 78, 79, 84, 87, 91, 96, 97, 102, 105, 107, 109, 111, 114, 121,
]);
