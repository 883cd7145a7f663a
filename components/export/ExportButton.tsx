/**
 * "Export evidence bundle" for a case in the locker page. Builds the zip
 * here in the extension page (object URLs don't exist in the MV3 service
 * worker), streams it into a Blob (the browser keeps a large Blob on disk,
 * not in the page's heap) and downloads it through an anchor with a
 * `download` name; the object URL is revoked once the click is dispatched.
 */
import { useState } from 'preact/hooks';
import { currentLang, pickLang, type Lang } from '../../lib/i18n';
import { exportCase } from '../../lib/export/bundle';
import { EXPORT_STRINGS } from './strings';

export interface ExportButtonProps {
  caseId: string;
  lang?: Lang;
  /** For tests: a stand-in for exportCase. */
  build?: (caseId: string) => Promise<{ name: string; blob: Blob }>;
}

async function defaultBuild(caseId: string): Promise<{ name: string; blob: Blob }> {
  const { name, stream } = await exportCase(caseId);
  const blob = await new Response(stream).blob();
  return { name, blob: new Blob([blob], { type: 'application/zip' }) };
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the download has had its turn to start.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function ExportButton({ caseId, lang = currentLang(), build = defaultBuild }: ExportButtonProps) {
  const s = pickLang(EXPORT_STRINGS, lang);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function run() {
    setBusy(true);
    setStatus(s.exporting);
    try {
      const { name, blob } = await build(caseId);
      download(name, blob);
      setStatus(s.exported(name));
    } catch (e) {
      setStatus(s.error + (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span class="opg-export">
      <button type="button" data-testid="export-bundle" disabled={busy} onClick={() => void run()}>
        {busy ? s.exporting : s.export}
      </button>
      {status && (
        <span class="opg-export-status" role="status">
          {' '}
          {status}
        </span>
      )}
    </span>
  );
}
