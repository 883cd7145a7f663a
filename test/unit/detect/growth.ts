/** Time growth of detection, for the linear-time tests. */
import { detect } from '../../../lib/detect/index';

function timeOf(text: string): number {
  const t = performance.now();
  detect(text);
  return performance.now() - t;
}

/**
 * detect() time on `large` over its time on `small`, each the best of `runs`. The two are timed in turns
 * (small, large, small, large…), so a stall of a shared machine, which lasts longer than one run, slows both
 * alike instead of all the runs of one. The small time counts as at least 2 ms (timer resolution).
 */
export function growthRatio(small: string, large: string, runs = 5): number {
  detect(small);
  let ts = Infinity;
  let tl = Infinity;
  for (let i = 0; i < runs; i++) {
    ts = Math.min(ts, timeOf(small));
    tl = Math.min(tl, timeOf(large));
  }
  return tl / Math.max(ts, 2);
}
