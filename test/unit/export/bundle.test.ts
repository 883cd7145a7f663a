import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundleWithInfo, bundleFileName } from '../../../lib/export/bundle';
import { importBundle, openImportDb } from '../../../lib/export/import';
import type { Manifest } from '../../../lib/export/manifest';
import { loadBundleSource } from '../../../lib/export/source';
import { verifyBundle } from '../../../lib/export/verify';
import { streamToBytes } from '../../../lib/export/zip';
import { FakeLocker, fakePng } from './fake-locker';

const HOSTILE = '<img src=x onerror=alert(1)>';
let locker: FakeLocker;
let zip: Uint8Array;
let manifest: Manifest;
let name: string;

beforeAll(async () => {
  locker = await FakeLocker.create();
  await locker.capture({ caseId: 'c1', message: '加我微信 mm_8866 私下转账', screenshot: fakePng(5000, 1) });
  await locker.capture({ caseId: 'other', message: 'another case', screenshot: fakePng(300, 2) });
  await locker.capture({ caseId: 'c1', message: `点这里 ${HOSTILE} 再加 mm_8866`, author: HOSTILE, screenshot: fakePng(4000, 3) });
  await locker.capture({ caseId: 'c1', message: '扫码付款更便宜', screenshot: fakePng(3000, 4) });
  await locker.capture({ caseId: 'c1', message: 'deleted later', screenshot: fakePng(100, 5) });
  await locker.delete('rec-5');
  locker.cases.set('c1', '小美服饰 / 微信转账');
  const built = await buildBundleWithInfo(await loadBundleSource(locker, 'c1', new Date(2024, 4, 2)));
  zip = await streamToBytes(built.stream);
  manifest = built.manifest;
  name = built.name;
});

function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
function repack(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]])));
}
function editManifest(edit: (m: Manifest) => void): Uint8Array {
  const files = unpack(zip);
  const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
  edit(m);
  files['manifest.json'] = strToU8(JSON.stringify(m));
  return repack(files);
}

describe('bundle', () => {
  it('is named after the case and the date, safe characters only', () => {
    expect(name).toBe('opg-evidence_小美服饰_微信转账_2024-05-02.zip');
    expect(bundleFileName('../../etc/passwd <x>', new Date(2024, 0, 9))).toBe('opg-evidence_etc_passwd_x_2024-01-09.zip');
    expect(bundleFileName('', new Date(2024, 0, 9))).toBe('opg-evidence_case_2024-01-09.zip');
  });

  it('holds the manifest, report, drafts, VERIFY.txt and each record’s files', () => {
    const files = Object.keys(unpack(zip)).sort();
    expect(files).toEqual(
      [
        'VERIFY.txt',
        'complaint-12315.txt',
        'complaint-en.txt',
        'manifest.json',
        'platform-report.txt',
        'report.html',
        'records/000001-rec-1/page-text.txt',
        'records/000001-rec-1/screenshot.png',
        'records/000003-rec-3/page-text.txt',
        'records/000003-rec-3/screenshot.png',
        'records/000004-rec-4/page-text.txt',
        'records/000004-rec-4/screenshot.png',
      ].sort(),
    );
    expect(manifest.records.map((r) => r.seq)).toEqual([1, 3, 4]);
    // The whole chain travels (continuity), with content only for this case.
    expect(manifest.chain.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(JSON.stringify(manifest)).not.toContain('another case');
  });

  it('report escapes hostile text, has no script and a CSP', () => {
    const html = new TextDecoder().decode(unpack(zip)['report.html']);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(HOSTILE);
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain('src="records/000001-rec-1/screenshot.png"');
    expect(html).toContain('<mark>mm_8866</mark>');
  });

  it('drafts quote the records and leave blanks', () => {
    const t = new TextDecoder().decode(unpack(zip)['complaint-12315.txt']);
    expect(t).toContain('加我微信 mm_8866 私下转账');
    expect(t).toContain('小美服饰');
    expect(t).toContain('【请填写】');
    expect(t).toContain('records/000001-rec-1/screenshot.png');
  });

  it('verifies', async () => {
    const r = await verifyBundle(zip);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary).toMatchObject({ caseId: 'c1', records: 3, files: 6, chainEntries: 6 });
    expect((await verifyBundle(new Blob([zip as Uint8Array<ArrayBuffer>]))).ok).toBe(true);
  });
});

describe('tampering is caught', () => {
  it('a byte flipped in a screenshot (inside the zip as it is)', async () => {
    const bad = zip.slice();
    // Stored entries: the screenshot's bytes appear verbatim; flip one in the middle of it.
    const shot = unpack(zip)['records/000003-rec-3/screenshot.png']!;
    const needle = shot.subarray(100, 140);
    const at = Buffer.from(bad).indexOf(Buffer.from(needle));
    expect(at).toBeGreaterThan(0);
    bad[at + 5]! ^= 0xff;
    const r = await verifyBundle(bad);
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.path === 'records/000003-rec-3/screenshot.png' && /SHA-256/.test(p.problem))).toBe(true);
  });

  it('a screenshot replaced and its manifest hash updated', async () => {
    const files = unpack(zip);
    const fake = fakePng(4000, 99);
    files['records/000003-rec-3/screenshot.png'] = fake;
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    const f = m.records[1]!.files.find((x) => x.role === 'screenshot')!;
    f.sha256 = Buffer.from(await crypto.subtle.digest('SHA-256', fake as Uint8Array<ArrayBuffer>)).toString('hex');
    files['manifest.json'] = strToU8(JSON.stringify(m));
    const r = await verifyBundle(repack(files));
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.path === 'records/000003-rec-3/screenshot.png' && /signed record/.test(p.problem))).toBe(true);
  });

  it('an edited report', async () => {
    const files = unpack(zip);
    files['report.html'] = strToU8(new TextDecoder().decode(files['report.html']).replace('mm_8866', 'nothing'));
    const r = await verifyBundle(repack(files));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path)).toContain('report.html');
  });

  it('a record edited in the manifest', async () => {
    const r = await verifyBundle(
      editManifest((m) => {
        (m.records[0]!.record as { message: string }).message = '我没说过';
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.record === '#1 rec-1' && /edited/.test(p.problem))).toBe(true);
  });

  it('a record edited with its hash recomputed', async () => {
    const { canonicalJson, sha256Hex } = await import('../../../lib/export/binding');
    const files = unpack(zip);
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    (m.records[0]!.record as { message: string }).message = '我没说过';
    m.records[0]!.recordHash = await sha256Hex(canonicalJson(m.records[0]!.record));
    files['manifest.json'] = strToU8(JSON.stringify(m));
    const r = await verifyBundle(repack(files));
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.record === '#1 rec-1' && /signed in chain entry/.test(p.problem))).toBe(true);
  });

  it('a record removed (with its files)', async () => {
    const files = unpack(zip);
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    m.records = m.records.filter((r) => r.id !== 'rec-3');
    delete files['records/000003-rec-3/screenshot.png'];
    delete files['records/000003-rec-3/page-text.txt'];
    files['manifest.json'] = strToU8(JSON.stringify(m));
    const r = await verifyBundle(repack(files));
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.record === '#3 rec-3' && /missing from the bundle/.test(p.problem))).toBe(true);
  });

  it('a record removed together with its chain entry', async () => {
    const r = await verifyBundle(
      editManifest((m) => {
        m.records = m.records.filter((x) => x.id !== 'rec-3');
        m.chain.entries = m.chain.entries.filter((e) => e.seq !== 3);
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => /chain entry 4/.test(p.problem))).toBe(true);
  });

  it('two records swapped', async () => {
    const r = await verifyBundle(
      editManifest((m) => {
        const [a, b] = [m.records[0]!, m.records[1]!];
        m.records[0] = b;
        m.records[1] = a;
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => /out of chain order/.test(p.problem))).toBe(true);
  });

  it('two records swapped with their sequence numbers', async () => {
    const r = await verifyBundle(
      editManifest((m) => {
        const [a, b] = [m.records[0]!, m.records[1]!];
        [a.seq, b.seq] = [b.seq, a.seq];
        m.records[0] = b;
        m.records[1] = a;
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => /swapped/.test(p.problem))).toBe(true);
  });

  it('a chain entry’s signature replaced', async () => {
    const r = await verifyBundle(
      editManifest((m) => {
        const e = m.chain.entries[1] as unknown as { sig: string };
        e.sig = (m.chain.entries[0] as unknown as { sig: string }).sig;
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => /signature/.test(p.problem))).toBe(true);
  });

  it('a different key swapped in', async () => {
    const other = await FakeLocker.create();
    const jwk = await other.publicKeyJwk();
    const r = await verifyBundle(
      editManifest((m) => {
        m.publicKeyJwk = { ...m.publicKeyJwk, x: jwk.x!, y: jwk.y! };
      }),
    );
    expect(r.ok).toBe(false);
  });

  it('an extra file in the zip', async () => {
    const files = unpack(zip);
    files['records/000001-rec-1/extra.png'] = fakePng(50);
    const r = await verifyBundle(repack(files));
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ path: 'records/000001-rec-1/extra.png', problem: 'is in the zip but not in the manifest' });
  });

  it('a malformed manifest', async () => {
    const files = unpack(zip);
    files['manifest.json'] = strToU8('{"format":"opg-evidence-bundle","version":99}');
    const r = await verifyBundle(repack(files));
    expect(r.ok).toBe(false);
    expect(r.readable).toBe(true);
    expect(r.problems[0]!.path).toBe('manifest.json');
  });

  it('a truncated zip', async () => {
    const r = await verifyBundle(zip.slice(0, Math.floor(zip.length * 0.7)));
    expect(r.ok).toBe(false);
    expect(r.readable).toBe(false);
  });

  it('not a zip at all', async () => {
    const r = await verifyBundle(strToU8('hello'));
    expect(r).toMatchObject({ ok: false, readable: false });
  });
});

describe('npm run verify', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'opg-verify-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (file: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', file], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });

  it('exits 0 with a summary for a good bundle, 1 naming failures, 2 for a non-zip', () => {
    const good = join(dir, 'good.zip');
    writeFileSync(good, zip);
    const ok = run(good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('OK');
    expect(ok.stdout).toContain('records: 3');

    const files = unpack(zip);
    files['records/000004-rec-4/screenshot.png']![10]! ^= 1;
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, repack(files));
    const failed = run(bad);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('records/000004-rec-4/screenshot.png');

    const junk = join(dir, 'junk.zip');
    writeFileSync(junk, 'not a zip');
    const j = run(junk);
    expect(j.status).toBe(2);
    expect(j.stderr).toMatch(/not a readable zip/);
    expect(run(join(dir, 'missing.zip')).status).toBe(2);
  }, 60_000);
});

describe('import', () => {
  it('imports a verified bundle, keeping hashes, entries and the signer key; once', async () => {
    const db = openImportDb(`opg-imports-test-${Math.random()}`);
    const r = await importBundle(db, zip);
    expect(r).toMatchObject({ ok: true, already: false, records: 3, caseId: 'c1' });
    const bundles = await db.bundles.toArray();
    expect(bundles).toHaveLength(1);
    expect(bundles[0]!.publicKeyJwk).toMatchObject({ kty: 'EC', crv: 'P-256', x: manifest.publicKeyJwk.x });
    const recs = (await db.records.toArray()).sort((a, b) => a.seq - b.seq);
    expect(recs.map((x) => x.recordHash)).toEqual(manifest.records.map((x) => x.recordHash));
    expect((recs[0]!.entry as { sig: string }).sig).toBe((manifest.chain.entries[0] as unknown as { sig: string }).sig);
    expect(await db.files.count()).toBe(6);
    expect((await importBundle(db, zip)).ok && (await importBundle(db, zip) as { already: boolean }).already).toBe(true);
    expect(await db.records.count()).toBe(3);
    db.close();
  });

  it('refuses a corrupt bundle and leaves the store unchanged', async () => {
    const db = openImportDb(`opg-imports-test-${Math.random()}`);
    const files = unpack(zip);
    files['records/000001-rec-1/screenshot.png']![200]! ^= 1;
    const r = await importBundle(db, repack(files));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/does not verify/);
    const t = await importBundle(db, zip.slice(0, 100));
    expect(t.ok).toBe(false);
    expect(await db.bundles.count()).toBe(0);
    expect(await db.records.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    db.close();
  });
});
