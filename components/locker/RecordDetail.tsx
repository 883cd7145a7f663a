import { useEffect, useState } from 'preact/hooks';
import { addendaOf, deleteRecord, getFile, openLocker } from '@/lib/evidence/locker';
import type { FileRole, RecordRow } from '@/lib/evidence/schema';
import type { Lang } from '@/lib/i18n';
import type { ContextMessage } from '@/lib/messages';
import { KIND_LABELS } from '@/lib/kind-labels';
import { Highlighted } from './Highlighted';
import { LOCKER_STRINGS } from './strings';
import { Thumbnail } from './Thumbnail';

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

async function downloadFile(recordId: string, role: FileRole, name: string) {
  const blob = await getFile(openLocker(), recordId, role);
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fmtOffset(min: number): string {
  const abs = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Surrounding messages, each with who wrote it (text nodes only). */
function Context({ messages, lang }: { messages: readonly ContextMessage[]; lang: Lang }) {
  const s = LOCKER_STRINGS[lang];
  return (
    <ol class="context">
      {messages.map((m, i) => (
        <li key={i}>
          {m.author || m.role ? (
            <strong>
              {m.author ?? ''}
              {m.role ? ` (${s.roles[m.role] ?? m.role})` : ''}:{' '}
            </strong>
          ) : null}
          {m.text}
        </li>
      ))}
    </ol>
  );
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
          {c.image ? (
            <>
              <dt>{s.image}</dt>
              <dd data-testid="detail-image">
                {c.files.some((f) => f.role === 'image') ? <Thumbnail recordId={row.id} alt={c.image.alt ?? s.image} role="image" /> : null}
                <div class="muted small mono">{c.image.src}</div>
                <div class="muted small">
                  {c.image.width}×{c.image.height} · {c.image.mime}
                </div>
              </dd>
              <dt>{s.payload}</dt>
              <dd>
                <ul class="plain">
                  {[...new Set(c.findings.map((f) => f.value))].map((v) => (
                    <li key={v} class="mono" data-testid="detail-payload">
                      {v}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {c.author ? (
            <>
              <dt>{s.author}</dt>
              <dd>
                {c.author} ({s.roles[c.role ?? 'unknown']})
              </dd>
            </>
          ) : null}
          {c.findings.some((f) => f.explanation) ? (
            <>
              <dt>{s.why}</dt>
              <dd>
                <ul class="plain">
                  {c.findings
                    .filter((f) => f.explanation)
                    .map((f, i) => (
                      <li key={i}>
                        <mark>{f.text}</mark> {f.explanation}
                      </li>
                    ))}
                </ul>
              </dd>
            </>
          ) : null}
          {c.context.length ? (
            <>
              <dt>{s.context}</dt>
              <dd>
                <Context messages={c.context} lang={lang} />
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
          {c.page.seller || c.page.sellerUrl ? (
            <>
              <dt>{s.seller}</dt>
              <dd>
                {c.page.seller ?? ''}{' '}
                {c.page.sellerUrl && safeHref(c.page.sellerUrl) ? (
                  <a class="mono small" href={safeHref(c.page.sellerUrl)} target="_blank" rel="noreferrer noopener">
                    {c.page.sellerUrl}
                  </a>
                ) : (
                  c.page.sellerUrl ?? ''
                )}
              </dd>
            </>
          ) : null}
          {c.page.platform ? (
            <>
              <dt>{s.platform}</dt>
              <dd>{c.page.platform}</dd>
            </>
          ) : null}
          <dt>{s.time}</dt>
          <dd data-testid="detail-time">
            <div>
              {s.utc}: {c.capturedAt}
            </div>
            <div>
              {s.local}: {c.localTime} ({c.timeZone}, UTC{fmtOffset(c.utcOffsetMinutes)})
            </div>
            <div class="muted small">
              {s.trigger}: {c.trigger === 'auto' ? s.auto : s.manual} · {c.browser} · v{c.extensionVersion}
            </div>
          </dd>
          <dt>{s.hashes}</dt>
          <dd class="mono small">
            <div>
              {s.entry} #{row.seq} · {s.recordHash}: {row.hash}
            </div>
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
                  {repeats.map((r) =>
                    r.content ? (
                      <li key={r.id} data-testid="addendum">
                        <div class="muted small">
                          {s.utc} {r.content.capturedAt} · {s.local} {r.content.localTime} · {s.entry} #{r.seq}
                        </div>
                        <div class="message">
                          {r.content.author ? <strong>{r.content.author}: </strong> : null}
                          <Highlighted text={r.content.message} findings={r.content.findings} />
                        </div>
                        {r.content.context.length ? (
                          <details>
                            <summary class="small">{s.contextCount(r.content.context.length)}</summary>
                            <Context messages={r.content.context} lang={lang} />
                          </details>
                        ) : null}
                      </li>
                    ) : null,
                  )}
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
