/**
 * The content script's view of the detection engine, which runs in the
 * background worker (lib/background/detect.ts says why). Replies are parsed
 * like any message; explanations are kept per rule, so the warning card for
 * any finding, however it was found, can be written without asking again.
 */
import type { Explanation } from '../detect/rule';
import type { Finding } from '../detect/types';
import type { Lang } from '../i18n';
import {
  DetectPayloadsReplySchema,
  DetectUnitsReplySchema,
  ExplainReplySchema,
  MAX_THREAD_TEXT,
  MAX_UNIT_TEXT,
  threadOnWire,
  type DetectUnit,
  type DetectUnitsReply,
  type FindingsReport,
  type Message,
} from '../messages';

/** Units sent in one request: the protocol's cap. */
const UNITS_PER_REQUEST = 100;
/**
 * Characters sent in one request. The worker reads a request in one go, and
 * every tab's text, captures and badge wait behind it: about 40 ms of reading
 * at the engine's measured few MB/s.
 */
export const CHARS_PER_REQUEST = 200_000;

export type UnitResult = Omit<DetectUnitsReply['found'][number], 'unit'>;
const NOTHING: UnitResult = Object.freeze({ findings: [], thread: [] });

export class RemoteDetector {
  private explanations = new Map<string, Explanation>();
  /** One request of this frame in flight at a time: a page that floods text waits for its own answers, not the others. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly send: (msg: Message) => Promise<unknown>,
    private readonly lang: Lang,
  ) {}

  /**
   * The findings of each text (with its thread window, when it has one), in order. Calls are answered in the
   * order they were made: each waits for the one before.
   */
  units(units: ReadonlyArray<{ text: string; thread?: readonly string[] }>, report?: () => FindingsReport | undefined): Promise<UnitResult[]> {
    const run = this.tail.then(() => this.request(units, report));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** `report`: findings waiting to be reported, asked for as the first request leaves, which carries them. */
  private async request(units: ReadonlyArray<{ text: string; thread?: readonly string[] }>, report?: () => FindingsReport | undefined): Promise<UnitResult[]> {
    const out: UnitResult[] = [];
    for (const chunk of chunks(units.map(cutUnit))) {
      const carried = report?.();
      report = undefined;
      const wire: DetectUnit[] = chunk.map((u, i) => (u.thread ? { text: u.text, thread: threadOnWire(chunk, i, u.thread) } : { text: u.text }));
      const reply = DetectUnitsReplySchema.parse(
        await this.send({ type: 'detect/units', lang: this.lang, units: wire, ...(carried ? { report: carried } : {}) }),
      );
      this.keep(reply.explanations);
      const results: UnitResult[] = chunk.map(() => NOTHING);
      for (const { unit, ...result } of reply.found) {
        if (unit >= chunk.length) throw new Error('the engine answered for a text that was not sent');
        results[unit] = result;
      }
      out.push(...results);
    }
    return out;
  }

  /** Per code read in an image: its findings against this page's host. */
  async payloads(payloads: string[], pageHost: string): Promise<Finding[][]> {
    if (payloads.length === 0) return [];
    const reply = DetectPayloadsReplySchema.parse(
      await this.send({ type: 'detect/payloads', lang: this.lang, pageHost, payloads: payloads.slice(0, 16).map((p) => p.slice(0, 8_192)) }),
    );
    this.keep(reply.explanations);
    return reply.results;
  }

  /** Fetch the explanations of rules not seen yet (findings made elsewhere, e.g. text read in an image). */
  async learn(rules: Iterable<string>): Promise<void> {
    const missing = [...new Set(rules)].filter((r) => !this.explanations.has(r)).slice(0, 50);
    if (missing.length === 0) return;
    const reply = ExplainReplySchema.parse(await this.send({ type: 'detect/explain', lang: this.lang, rules: missing }));
    this.keep(reply.explanations);
  }

  explain(rule: string): Explanation | undefined {
    return this.explanations.get(rule);
  }

  private keep(explanations: Record<string, Explanation>): void {
    for (const [rule, e] of Object.entries(explanations)) this.explanations.set(rule, e);
  }
}

/** A unit cut to the protocol's lengths; a window of the message alone is not sent. */
interface CutUnit {
  text: string;
  thread?: string[];
}

function cutUnit(u: { text: string; thread?: readonly string[] }): CutUnit {
  const text = u.text.slice(0, MAX_UNIT_TEXT);
  return u.thread && u.thread.length > 1 ? { text, thread: u.thread.map((t) => t.slice(0, MAX_THREAD_TEXT)) } : { text };
}

function* chunks(units: CutUnit[]): Generator<CutUnit[]> {
  let chunk: CutUnit[] = [];
  let chars = 0;
  for (const u of units) {
    const size = u.text.length + (u.thread?.reduce((n, t) => n + t.length, 0) ?? 0);
    if (chunk.length && (chunk.length >= UNITS_PER_REQUEST || chars + size > CHARS_PER_REQUEST)) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
    chunk.push(u);
    chars += size;
  }
  if (chunk.length) yield chunk;
}
