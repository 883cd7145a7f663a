// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ExportButton } from '../../../components/export/ExportButton';
import { VerifyView } from '../../../components/export/VerifyView';
import type { VerifyResult } from '../../../lib/export/verify';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

describe('VerifyView', () => {
  it('shows problems as text, never as markup', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const result: VerifyResult = {
      ok: false,
      readable: true,
      problems: [{ path: HOSTILE, problem: 'content does not match its SHA-256' }],
      summary: { records: 1, files: 1, chainEntries: 1, signatures: 1 },
    };
    const verify = vi.fn(async () => result);
    render(<VerifyView lang="en" verify={verify} />, root);
    const input = root.querySelector('[data-testid="verify-bundle"]') as HTMLInputElement;
    expect(input).toBeTruthy();
    const file = new File([new Uint8Array([1, 2, 3])], 'x.zip');
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(verify).toHaveBeenCalledTimes(1);
    const out = root.querySelector('[data-testid="verify-result"]')!;
    expect(out.getAttribute('data-ok')).toBe('false');
    expect(out.textContent).toContain(HOSTILE);
    expect(out.querySelector('img')).toBeNull();
  });
});

describe('ExportButton', () => {
  it('builds and downloads through an anchor, revoking the URL', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const root = document.createElement('div');
    document.body.appendChild(root);
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const build = vi.fn(async () => ({ name: 'opg-evidence_c_2024-05-02.zip', blob: new Blob(['zip']) }));
    render(<ExportButton caseId="c1" lang="en" build={build} />, root);
    const btn = root.querySelector('[data-testid="export-bundle"]') as HTMLButtonElement;
    await act(async () => {
      btn.click();
    });
    await act(async () => Promise.resolve());
    expect(build).toHaveBeenCalledWith('c1');
    expect(create).toHaveBeenCalled();
    expect(clicks).toEqual(['opg-evidence_c_2024-05-02.zip']);
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
    click.mockRestore();
    vi.useRealTimers();
  });
});
