/**
 * Import view for the locker page: a bundle exported on another computer
 * is verified first and imported only when it checks; otherwise the reason
 * is shown and the locker is not touched.
 */
import { useState } from 'preact/hooks';
import { currentLang, pickLang, type Lang } from '../../lib/i18n';
import { importBundleIntoLocker, type ImportResult } from '../../lib/export/import';
import { ProblemList } from './VerifyView';
import { EXPORT_STRINGS } from './strings';

export interface ImportViewProps {
  lang?: Lang;
  /** Called after a successful import (the locker page refreshes its list). */
  onImported?: (result: Extract<ImportResult, { ok: true }>) => void;
  /** For tests: a stand-in for the import. */
  importer?: (zip: Blob) => Promise<ImportResult>;
}

export function ImportView({ lang = currentLang(), onImported, importer = importBundleIntoLocker }: ImportViewProps) {
  const s = pickLang(EXPORT_STRINGS, lang);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState('');

  async function run(file: File | undefined | null) {
    if (!file) return;
    setBusy(true);
    setResult(null);
    setError('');
    try {
      const r = await importer(file);
      setResult(r);
      if (r.ok) onImported?.(r);
    } catch (e) {
      setError(s.error + (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="opg-import">
      <h2>{s.importTitle}</h2>
      <p>{s.importHint}</p>
      <input
        type="file"
        accept=".zip,application/zip"
        data-testid="import-bundle"
        disabled={busy}
        onChange={(e) => void run((e.currentTarget as HTMLInputElement).files?.[0])}
      />
      {busy && <p>{s.importing}</p>}
      {error && <p role="alert">{error}</p>}
      {result && (
        <div data-testid="import-result" data-ok={result.ok ? 'true' : 'false'} role="status">
          {result.ok ? (
            <p>{result.already ? s.alreadyImported : s.imported(result.records, result.caseName)}</p>
          ) : (
            <>
              <p>
                {s.importRefused}
                {result.reason}
              </p>
              {result.verification && <ProblemList result={result.verification} lang={lang} />}
            </>
          )}
        </div>
      )}
    </section>
  );
}
