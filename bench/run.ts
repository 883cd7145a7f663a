/**
 * `npm run --silent bench`: every benchmark module, one JSON line per
 * measurement (design contract 4). Pass names to run a subset:
 * `npm run --silent bench -- detect`.
 */
type Line = Record<string, unknown>;
type Module = { run(): Promise<Line[]> };

const MODULES: Record<string, () => Promise<Module>> = {
  detect: () => import('./detect'),
  evidence: () => import('./evidence'),
  export: () => import('./export'),
  ocr: () => import('./ocr'),
  qr: () => import('./qr'),
  scan: () => import('./scan'),
  worker: () => import('./worker'),
};

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  let failed = false;
  for (const [name, load] of Object.entries(MODULES)) {
    if (only.length && !only.includes(name)) continue;
    try {
      for (const line of await (await load()).run()) console.log(JSON.stringify(line));
    } catch (err) {
      failed = true;
      console.error(`bench ${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
