/**
 * Where the warning card goes. Beside the message when there is one calm
 * message to point at and room on screen; in the corner for chats (messages
 * keep arriving and scroll away), for bursts of findings, and when the message
 * is off screen or the card would cover it.
 */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Placement = { mode: 'corner' } | { mode: 'beside'; top: number; left: number };

export const CORNER: Placement = { mode: 'corner' };
const GAP = 8;
const MARGIN = 8;

export function placeCard(
  anchor: Box | null,
  viewport: { width: number; height: number },
  card: { width: number; height: number },
  opts: { chat: boolean; burst: boolean },
): Placement {
  if (!anchor || opts.chat || opts.burst) return CORNER;
  const onScreen = anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > 0 && anchor.left < viewport.width;
  if (!onScreen) return CORNER;
  if (card.width + 2 * MARGIN > viewport.width) return CORNER;
  const left = Math.min(Math.max(MARGIN, anchor.left), viewport.width - card.width - MARGIN);
  if (anchor.bottom + GAP + card.height + MARGIN <= viewport.height) return { mode: 'beside', top: anchor.bottom + GAP, left };
  if (anchor.top - GAP - card.height >= MARGIN) return { mode: 'beside', top: anchor.top - GAP - card.height, left };
  return CORNER;
}

/** Findings arriving this close together make a burst: the card stays in the corner. */
export const BURST_MS = 4_000;
export const BURST_COUNT = 3;

export function isBurst(times: readonly number[], now: number): boolean {
  return times.filter((t) => now - t < BURST_MS).length >= BURST_COUNT;
}
