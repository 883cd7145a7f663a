/**
 * `npm run verify -- FILE.zip`: check an evidence bundle offline.
 * Exit 0 and a summary when everything checks; 1 naming each failing file
 * or record; 2 when FILE can't be read or isn't a zip.
 */
import { readFileSync } from 'node:fs';
import { verifyBundle } from '../lib/export/verify';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const file = args[0];
  if (!file || args.includes('--help') || args.includes('-h')) {
    console.error('usage: npm run verify -- FILE.zip');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    console.error(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const result = await verifyBundle(bytes);
  if (!result.readable) {
    console.error(`${file}: ${result.problems[0]?.problem ?? 'not a readable evidence bundle'}`);
    return 2;
  }
  const s = result.summary;
  if (result.ok) {
    console.log(`OK ${file}`);
    console.log(`  case: ${s.caseName ?? '?'}  bundle: ${s.bundleId ?? '?'}`);
    console.log(`  records: ${s.records}  files: ${s.files}  chain entries: ${s.chainEntries}  signatures: ${s.signatures}`);
    console.log(`  key fingerprint: ${s.keyFingerprint ?? '?'}`);
    return 0;
  }
  console.log(`FAILED ${file}: ${result.problems.length} problem(s)`);
  for (const p of result.problems) {
    const where = [p.path ? `file ${p.path}` : '', p.record ? `record ${p.record}` : ''].filter(Boolean).join(', ');
    console.log(`  - ${where ? `${where}: ` : ''}${p.problem}`);
  }
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);
