import { useEffect, useMemo, useState } from 'preact/hooks';
import { ExportButton } from '@/components/export/ExportButton';
import { ImportView } from '@/components/export/ImportView';
import { VerifyView } from '@/components/export/VerifyView';
import { KINDS } from '@/lib/detect/types';
import { listCases, listRecords, MIN_FREE_BYTES, openLocker, storageUsage, verifyLocker } from '@/lib/evidence/locker';
import type { CaseRow, RecordRow } from '@/lib/evidence/schema';
import { currentLang, type Lang } from '@/lib/i18n';
import { KIND_LABELS } from '@/lib/kind-labels';
import { RecordDetail } from './RecordDetail';
import { LOCKER_STRINGS } from './strings';
import { Thumbnail } from './Thumbnail';
import { LOCKER_CSS } from './style';

export const PAGE_SIZE = 100;

/** A date input's day (local time) as an ISO instant, or undefined when empty or invalid. */
function dayBound(day: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}${time}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

type Integrity = { state: 'checking' } | { state: 'done'; ok: boolean; entries: number; problems: string[] };

function RecordItem({ row, lang, onOpen }: { row: RecordRow; lang: Lang; onOpen(): void }) {
  const s = LOCKER_STRINGS[lang];
  const c = row.content!;
  const hasShot = c.files.some((f) => f.role === 'screenshot');
  return (
    <li data-testid="evidence-item" data-record={row.id} class="item" onClick={onOpen} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && onOpen()}>
      {hasShot ? <Thumbnail recordId={row.id} alt={c.message.slice(0, 80)} /> : (
        <div class="thumb empty placeholder" data-testid="no-screenshot" title={c.screenshotError ?? s.noShot}>
          {s.noShot}
        </div>
      )}
      <div class="meta">
        <div class="line1">
          {[...new Set(c.findings.map((f) => f.kind))].map((k) => (
            <span class="chip" key={k}>
              {KIND_LABELS[lang][k]}
            </span>
          ))}
          <span class="muted small" data-testid="item-time">
            {c.localTime.replace('T', ' ').slice(0, 19)} ({s.local}) · {c.capturedAt.replace('T', ' ').slice(0, 19)} {s.utc}
          </span>
        </div>
        <div class="muted small">
          {row.platform}
          {c.page.seller ? ` · ${c.page.seller}` : ''}
        </div>
        <div class="msg">{c.message.length > 140 ? c.message.slice(0, 140) + '…' : c.message}</div>
        {!hasShot && c.screenshotError ? <div class="muted small">{c.screenshotError}</div> : null}
      </div>
    </li>
  );
}

export function Locker({ lang = currentLang() }: { lang?: Lang }) {
  const s = LOCKER_STRINGS[lang];
  const db = openLocker();
  const [cases, setCases] = useState<CaseRow[]>([]);
  const [caseId, setCaseId] = useState<string | undefined>(undefined);
  const [platform, setPlatform] = useState('');
  const [kind, setKind] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [rows, setRows] = useState<RecordRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [open, setOpen] = useState<RecordRow | null>(null);
  const [note, setNote] = useState('');
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const [integrity, setIntegrity] = useState<Integrity>({ state: 'checking' });
  const [tick, setTick] = useState(0);
  const [deep, setDeep] = useState(false);

  const refresh = () => setTick((t) => t + 1);

  useEffect(() => {
    void listCases(db).then((list) => {
      setCases(list);
      // A case whose last record was deleted leaves the list: fall back to all cases.
      setCaseId((id) => (id && !list.some((c) => c.id === id) ? undefined : id));
    });
    void storageUsage().then(setUsage, () => setUsage(null));
  }, [tick]);

  useEffect(() => {
    let live = true;
    const fromIso = dayBound(from, 'T00:00:00');
    const toIso = dayBound(to, 'T23:59:59.999');
    void listRecords(db, {
      ...(caseId ? { caseId } : {}),
      ...(platform ? { platform } : {}),
      ...(kind ? { kind } : {}),
      ...(fromIso ? { from: fromIso } : {}),
      ...(toIso ? { to: toIso } : {}),
      limit,
    }).then((r) => {
      // A slower answer to older filters must not overwrite a newer one.
      if (!live) return;
      setRows(r.rows);
      setTotal(r.total);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [caseId, platform, kind, from, to, limit, tick]);

  useEffect(() => {
    // After the first paint: checking signatures of a big locker takes a moment.
    setIntegrity({ state: 'checking' });
    const t = setTimeout(() => {
      void verifyLocker(db, { files: deep }).then(
        (v) => setIntegrity({ state: 'done', ok: v.ok, entries: v.entries, problems: v.problems.map((p) => `${p.seq ? `#${p.seq} ` : ''}${p.problem}`) }),
        (e: unknown) => setIntegrity({ state: 'done', ok: false, entries: 0, problems: [String(e)] }),
      );
    }, 50);
    return () => clearTimeout(t);
  }, [tick, deep]);

  const platforms = useMemo(() => [...new Set(cases.map((c) => c.platform))].sort(), [cases]);
  const current = cases.find((c) => c.id === caseId);
  const low = usage && usage.quota > 0 && usage.quota - usage.usage < MIN_FREE_BYTES * 2;

  return (
    <div class="locker">
      <style>{LOCKER_CSS}</style>
      <header>
        <h1>{s.title}</h1>
        <p class="muted">{s.intro}</p>
        <div class="status">
          {usage ? (
            <span data-testid="storage-used">
              {s.used((usage.usage / 1048576).toFixed(1))}
              {usage.quota > 0 ? ` · ${s.storageFree((Math.max(0, usage.quota - usage.usage) / 1048576).toFixed(0))}` : ''}
            </span>
          ) : null}
          <span
            data-testid="integrity-status"
            {...(integrity.state === 'done' ? { 'data-ok': String(integrity.ok) } : {})}
            class={integrity.state === 'done' ? (integrity.ok ? 'ok' : 'bad') : 'muted'}
          >
            {integrity.state === 'checking' ? (deep ? s.checkingFiles : s.checking) : integrity.ok ? s.intact(integrity.entries) : s.broken(integrity.problems.length)}
          </span>
          {!deep && integrity.state === 'done' ? (
            <button class="link small" data-testid="check-files" onClick={() => setDeep(true)}>
              {s.checkFiles}
            </button>
          ) : null}
        </div>
        {integrity.state === 'done' && !integrity.ok ? (
          // A long list of problems stays folded so the evidence itself remains in view.
          <details class="problems bad small" data-testid="integrity-problems" open={integrity.problems.length <= 3}>
            <summary>{s.showProblems(integrity.problems.length)}</summary>
            <ul>
              {integrity.problems.slice(0, 50).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
              {integrity.problems.length > 50 ? <li>…</li> : null}
            </ul>
          </details>
        ) : null}
        {low ? (
          <p class="banner" role="alert" data-testid="storage-low">
            {s.low}
          </p>
        ) : null}
        {note ? (
          <p class="note" role="status">
            {note}
          </p>
        ) : null}
      </header>
      <div class="body">
        <nav class="cases">
          <h2>{s.cases}</h2>
          <ul>
            <li class={!caseId ? 'sel' : ''}>
              <button class="link" onClick={() => (setCaseId(undefined), setOpen(null), setLimit(PAGE_SIZE))}>
                {s.allCases}
              </button>
            </li>
            {cases.map((c) => (
              <li key={c.id} class={c.id === caseId ? 'sel' : ''} data-testid="case-item">
                <button class="link" onClick={() => (setCaseId(c.id), setOpen(null), setLimit(PAGE_SIZE))}>
                  {c.name}
                </button>
                <div class="muted small">
                  {c.platform} · {s.records(c.records)}
                </div>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          {current ? (
            <div class="case-head">
              <h2>{s.caseOf(current.name)}</h2>
              <span class="muted small" data-testid="case-count">
                {current.platform} · {s.records(current.records)}
              </span>
              {current.sellerUrl && /^https?:\/\//i.test(current.sellerUrl) ? (
                <a href={current.sellerUrl} target="_blank" rel="noreferrer noopener" class="small">
                  {current.sellerUrl}
                </a>
              ) : null}
              <div id="export-slot">
                <ExportButton caseId={current.id} lang={lang} />
              </div>
            </div>
          ) : null}
          {open ? (
            <RecordDetail
              row={open}
              lang={lang}
              onBack={() => setOpen(null)}
              onDeleted={() => {
                setOpen(null);
                setNote(s.deleted);
                refresh();
              }}
            />
          ) : (
            <>
              <div class="filters">
                <label>
                  {s.platform}{' '}
                  <select data-testid="filter-platform" value={platform} onChange={(e) => (setPlatform(e.currentTarget.value), setLimit(PAGE_SIZE))}>
                    <option value="">{s.any}</option>
                    {platforms.map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {s.kind}{' '}
                  <select data-testid="filter-kind" value={kind} onChange={(e) => (setKind(e.currentTarget.value), setLimit(PAGE_SIZE))}>
                    <option value="">{s.any}</option>
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {KIND_LABELS[lang][k]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {s.from} <input type="date" data-testid="filter-from" value={from} onChange={(e) => (setFrom(e.currentTarget.value), setLimit(PAGE_SIZE))} />
                </label>
                <label>
                  {s.to} <input type="date" data-testid="filter-to" value={to} onChange={(e) => (setTo(e.currentTarget.value), setLimit(PAGE_SIZE))} />
                </label>
              </div>
              {loaded && total === 0 ? <p class="muted">{cases.length ? s.noMatch : s.empty}</p> : null}
              {total > 0 ? (
                <p class="muted small" data-testid="record-count">
                  {s.recordCount(total)}
                </p>
              ) : null}
              <ul class="items">
                {rows.map((r) => (
                  <RecordItem key={r.id} row={r} lang={lang} onOpen={() => setOpen(r)} />
                ))}
              </ul>
              {rows.length < total ? (
                <button data-testid="show-more" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
                  {s.more(rows.length, total)}
                </button>
              ) : null}
            </>
          )}
          <details class="tools">
            <summary>{s.verify}</summary>
            <VerifyView lang={lang} />
          </details>
          <details class="tools">
            <summary>{s.import}</summary>
            <ImportView lang={lang} onImported={refresh} />
          </details>
        </main>
      </div>
    </div>
  );
}
