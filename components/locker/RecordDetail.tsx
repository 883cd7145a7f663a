import { useEffect, useState } from 'preact/hooks';
import { addendaOf, deleteRecord, getFile, openLocker } from '@/lib/evidence/locker';
import type { RecordRow } from '@/lib/evidence/schema';
import type { Lang } from '@/lib/i18n';
import { KIND_LABELS } from '@/lib/kind-labels';
import { Highlighted } from './Highlighted';
import { LOCKER_STRINGS } from './strings';
import { Thumbnail } from './Thumbnail';

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

async function downloadFile(recordId: string, role: 'screenshot' | 'pageText' | 'mhtml', name: string) {
  const blob = await getFile(openLocker(), recordId, role);
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function RecordDetail({ row, lang, onBack, onDeleted }: { row: RecordRow; lang: Lang; onBack(): void; onDeleted(): void }) {
  const s = LOCKER_STRINGS[lang];
  const [repeats, setRepeats] = useState<RecordRow[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void addendaOf(openLocker(), row.id).then(setRepeats);
  }, [row.id]);
  const c = row.content;
  if (!c) return null;
  const href = safeHref(c.page.url);
  return (
    <article class="detail" data-testid="evidence-detail">
      <button onClick={onBack}>← {s.back}</button>
      <div class="detail-grid">
        <div>
          {c.files.some((f) => f.role === 'screenshot') ? (
            <Thumbnail recordId={row.id} alt={c.message.slice(0, 80)} large />
          ) : (
            <p class="muted">
              {s.noShot}
              {c.screenshotError ? `: ${c.screenshotError}` : ''}
            </p>
          )}
        </div>
        <dl>
          <dt>{s.message}</dt>
          <dd class="message" data-testid="detail-message">
            <Highlighted text={c.message} findings={c.findings} />
            {c.hidden ? <span class="muted"> {s.hidden}</span> : null}
          </dd>
          <dd>
            {[...new Set(c.findings.map((f) => f.kind))].map((k) => (
              <span class="chip" key={k}>
                {KIND_LABELS[lang][k]}
              </span>
            ))}
          </dd>
          {c.author ? (
            <>
              <dt>{s.author}</dt>
              <dd>
                {c.author} ({s.roles[c.role ?? 'unknown']})
              </dd>
            </>
          ) : null}
          {c.context.length ? (
            <>
              <dt>{s.context}</dt>
              <dd>
                <ol class="context">
                  {c.context.map((m, i) => (
                    <li key={i}>
                      {m.author ? <strong>{m.author}: </strong> : null}
                      {m.text}
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          ) : null}
          <dt>{s.url}</dt>
          <dd class="mono">
            {href ? (
              <a href={href} target="_blank" rel="noreferrer noopener">
                {c.page.url}
              </a>
            ) : (
              c.page.url
            )}
          </dd>
          <dt>{s.pageTitle}</dt>
          <dd>{c.page.title}</dd>
          {c.page.seller ? (
            <>
              <dt>{s.seller}</dt>
              <dd>{c.page.seller}</dd>
            </>
          ) : null}
          <dt>{s.time}</dt>
          <dd>
            {s.utc} {c.capturedAt} · {s.local} {c.localTime} ({c.timeZone}) · {s.trigger}: {c.trigger === 'auto' ? s.auto : s.manual}
          </dd>
          <dt>{s.hashes}</dt>
          <dd class="mono small">
            {s.recordHash}: {row.hash}
            {c.files.map((f) => (
              <div key={f.role}>
                {f.name}: {f.sha256}{' '}
                <button class="link" onClick={() => void downloadFile(row.id, f.role, f.name)}>
                  {s.download}
                </button>
              </div>
            ))}
          </dd>
          {repeats.length ? (
            <>
              <dt>{s.repeats}</dt>
              <dd>
                <ul>
                  {repeats.map((r) => (
                    <li key={r.id}>
                      {r.capturedAt}: {r.content?.message}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </div>
      <div class="danger">
        {confirming ? (
          <div role="dialog" aria-modal="true" class="confirm">
            <p>{s.confirm}</p>
            <button
              class="warn"
              data-testid="confirm-delete"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void deleteRecord(openLocker(), row.id).then(onDeleted, () => setBusy(false));
              }}
            >
              {s.confirmYes}
            </button>{' '}
            <button onClick={() => setConfirming(false)}>{s.cancel}</button>
          </div>
        ) : (
          <button data-testid="delete-record" onClick={() => setConfirming(true)}>
            {s.delete}
          </button>
        )}
      </div>
    </article>
  );
}
