/**
 * Runs every end-to-end file with Node's test runner against the built
 * extension. Fails with one line when Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, ROOT } from './harness';

try {
  findChromium();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const dir = join(ROOT, 'test', 'e2e');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(dir, f));
const r = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    // E2E_GREP=flood npm run test:e2e runs only the tests whose names match.
    ...(process.env.E2E_GREP ? [`--test-name-pattern=${process.env.E2E_GREP}`] : []), '--test-concurrency=1', '--test-timeout=180000', '--test-reporter=spec',
    ...files,
  ],
  { stdio: 'inherit', cwd: ROOT },
);
process.exit(r.status ?? 1);
