/**
 * Verify view for the locker page: drop (or choose) a bundle zip and see
 * whether it checks. Everything runs here; nothing leaves the computer.
 * Page text from the bundle only ever reaches the DOM as JSX text.
 */
import { useState } from 'preact/hooks';
import { currentLang, pickLang, type Lang } from '../../lib/i18n';
import { verifyBundle, type VerifyResult } from '../../lib/export/verify';
import { EXPORT_STRINGS } from './strings';

export interface VerifyViewProps {
  lang?: Lang;
  /** For tests: a stand-in for verifyBundle. */
  verify?: (zip: Blob) => Promise<VerifyResult>;
}

export function ProblemList({ result, lang }: { result: VerifyResult; lang: Lang }) {
  const s = pickLang(EXPORT_STRINGS, lang);
  return (
    <ul class="opg-problems">
      {result.problems.map((p, i) => (
        <li key={i}>
          {p.path ? `${s.file} ${p.path}: ` : ''}
          {p.record ? `${s.record} ${p.record}: ` : ''}
          {p.problem}
        </li>
      ))}
    </ul>
  );
}

export function VerifyView({ lang = currentLang(), verify = verifyBundle }: VerifyViewProps) {
  const s = pickLang(EXPORT_STRINGS, lang);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState('');
  const [over, setOver] = useState(false);

  async function check(file: File | undefined | null) {
    if (!file) return;
    setBusy(true);
    setResult(null);
    setError('');
    setName(file.name);
    try {
      setResult(await verify(file));
    } catch (e) {
      setError(s.error + (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="opg-verify">
      <h2>{s.verifyTitle}</h2>
      <label
        class={`opg-dropzone${over ? ' opg-dropzone-over' : ''}`}
        style={{ display: 'block', border: '2px dashed #888', borderRadius: '8px', padding: '16px', cursor: 'pointer' }}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void check(e.dataTransfer?.files?.[0]);
        }}
      >
        <span>{s.verifyHint}</span>
        <input
          type="file"
          accept=".zip,application/zip"
          data-testid="verify-bundle"
          disabled={busy}
          onChange={(e) => void check((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      {busy && <p>{s.verifying}</p>}
      {error && <p role="alert">{error}</p>}
      {result && (
        <div data-testid="verify-result" data-ok={result.ok ? 'true' : 'false'} role="status">
          <p>
            <b>{name}</b>: {result.ok ? s.verifyOk : s.verifyBad(result.problems.length)}
          </p>
          {result.ok ? (
            <p>
              {result.summary.caseName} · {result.summary.records} · {result.summary.keyFingerprint}
            </p>
          ) : (
            <ProblemList result={result} lang={lang} />
          )}
        </div>
      )}
    </section>
  );
}
