/**
 * report.html: the case as a person reads it, offline, and as it prints to
 * PDF. A pure function of the case view. No script at all; a CSP meta that
 * forbids everything but inline style and the bundle's own images; the
 * screenshots referenced by relative path (records/<seq>-<id>/…), so the
 * report shows them when the zip is unpacked and stays small.
 *
 * Every piece of page text goes through `escapeHtml` (or `markSpans`, which
 * uses it). Labels are bilingual so one report serves a 12315 complaint and
 * a cross-border dispute.
 */
import { KIND_LABELS, SEVERITY_LABELS } from '../kind-labels';
import type { Kind, MessageSeverity } from '../detect/types';
import { escapeHtml, markSpans, safeHref } from './html';
import { formatLocal, formatUtc, platformName, type ViewCase, type ViewItem } from './view';

export const REPORT_CSP = "default-src 'none'; img-src 'self' data: file:; style-src 'unsafe-inline'";

const CSS = `
body{font:14px/1.55 -apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1b1b1b;margin:0 auto;max-width:960px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #333;padding-bottom:4px}
h3{font-size:15px;margin:0 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3;width:22%;font-weight:600}
.item{border:1px solid #999;border-radius:6px;padding:12px 14px;margin:16px 0;page-break-inside:avoid;break-inside:avoid}
.msg{white-space:pre-wrap;word-break:break-word;background:#fffbe6;border-left:4px solid #c80;padding:8px 10px;margin:6px 0;font-size:15px}
mark{background:#ffd24d;color:#000;padding:0 1px}
.ctx{list-style:none;padding:0;margin:4px 0}.ctx li{white-space:pre-wrap;word-break:break-word;border-left:3px solid #ddd;padding:2px 8px;margin:3px 0;color:#333}
.who{font-weight:600;color:#555}
.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;word-break:break-all}
img.shot{max-width:100%;border:1px solid #bbb;margin:8px 0}
.muted{color:#666;font-size:12px}
.note{background:#eef5ff;border:1px solid #9bc;padding:8px 12px;border-radius:6px}
@media print{body{max-width:none;padding:0}.item{border-color:#666}a{color:#000}}
`;

function kindLabel(kind: string): string {
  const zh = (KIND_LABELS.zh as Record<string, string>)[kind];
  const en = (KIND_LABELS.en as Record<string, string>)[kind];
  return zh && en ? `${zh} / ${en}` : kind;
}

function severityLabel(s: string): string {
  const zh = SEVERITY_LABELS.zh[s as MessageSeverity];
  const en = SEVERITY_LABELS.en[s as MessageSeverity];
  return zh && en ? `${zh} / ${en}` : s;
}

function row(label: string, valueHtml: string): string {
  return `<tr><th>${label}</th><td>${valueHtml}</td></tr>`;
}

function link(url: string | undefined): string {
  const href = safeHref(url);
  // The visible text is the URL as recorded; only http(s) becomes a link.
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

function roleLabel(role: string | undefined): string {
  const t: Record<string, string> = {
    seller: '卖家 / seller',
    streamer: '主播 / streamer',
    buyer: '买家 / buyer',
    platform: '平台 / platform',
  };
  return role ? (t[role] ?? escapeHtml(role)) : '';
}

function renderItem(item: ViewItem, n: number): string {
  const local = formatLocal(item);
  const who = [item.author ? escapeHtml(item.author) : '', roleLabel(item.role)].filter(Boolean).join(' · ');
  const where = platformName(item, 'zh');
  const findings = item.findings
    .map(
      (f) =>
        `<li>${escapeHtml(kindLabel(f.kind))} — <b>${escapeHtml(f.value || f.text)}</b> <span class="muted">(${escapeHtml(
          severityLabel(f.severity),
        )}; “${escapeHtml(f.text)}”)</span></li>`,
    )
    .join('');
  const context = item.context.length
    ? `<ul class="ctx">${item.context
        .map(
          (c) =>
            `<li>${c.author || c.role ? `<span class="who">${escapeHtml(c.author ?? '')}${c.role ? ` (${roleLabel(c.role)})` : ''}:</span> ` : ''}${escapeHtml(c.text)}</li>`,
        )
        .join('')}</ul>`
    : '<p class="muted">（无 / none）</p>';
  const shot = item.screenshot
    ? `<img class="shot" src="${escapeHtml(item.screenshot)}" alt="截图 / screenshot #${item.seq}">`
    : '<p class="muted">（此条无截图 / no screenshot in this record）</p>';
  const image = item.image || item.imageSrc
    ? `<p><b>图片 / Image</b>（发现来自图中的二维码 / the findings were read from a QR code in this image）</p>${
        item.image ? `<img class="shot" src="${escapeHtml(item.image)}" alt="图片 / image #${item.seq}">` : '<p class="muted">（图片文件未保存 / image file not kept）</p>'
      }${item.imageSrc ? `<p class="muted hash">${escapeHtml(item.imageSrc)}</p>` : ''}`
    : '';
  const files = item.files
    .map((f) => `<tr><td class="hash">${escapeHtml(f.path)}</td><td>${f.size}</td><td class="hash">${escapeHtml(f.sha256)}</td></tr>`)
    .join('');
  const again = item.seenAgain.length
    ? row('再次出现 / Seen again', item.seenAgain.map((t) => escapeHtml(formatUtc(t))).join('<br>'))
    : '';
  return `<section class="item" id="r${item.seq}">
<h3>${n}. 记录 / Record #${item.seq} — ${escapeHtml(formatUtc(item.capturedAt))}</h3>
<table>
${row('时间 (UTC) / Time (UTC)', escapeHtml(formatUtc(item.capturedAt)))}
${row('当地时间 / Local time', local ? escapeHtml(local) : '<span class="muted">（记录未含时区 / not recorded）</span>')}
${row('平台 / Platform', escapeHtml(where ?? ''))}
${item.seller ? row('店铺/卖家 / Shop or seller', `${escapeHtml(item.seller)}${item.sellerUrl ? `<br>${link(item.sellerUrl)}` : ''}`) : ''}
${row('网址 / URL', link(item.url))}
${item.title ? row('页面标题 / Page title', escapeHtml(item.title)) : ''}
${who ? row('发言人 / Said by', who) : ''}
${again}
</table>
<div class="msg">${markSpans(item.message, item.findings)}</div>
<p><b>发现 / Findings</b></p><ul>${findings}</ul>
<p><b>上下文消息 / Context messages</b></p>${context}
${image}
${shot}
<table><tr><th>文件 / File</th><th>字节 / Bytes</th><th>SHA-256</th></tr>${files}</table>
<table>
${row('记录哈希 / Record hash', `<span class="hash">${escapeHtml(item.recordHash)}</span>`)}
${item.entryHash ? row('链条目哈希 / Chain entry hash', `<span class="hash">${escapeHtml(item.entryHash)}</span>`) : ''}
${item.prevHash !== undefined ? row('前一条哈希 / Previous hash', `<span class="hash">${escapeHtml(item.prevHash)}</span>`) : ''}
${item.signature ? row('签名 / Signature', `<span class="hash">${escapeHtml(item.signature)}</span>`) : ''}
</table>
</section>`;
}

export function renderReport(view: ViewCase): string {
  const items = view.items.slice().sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.seq - b.seq);
  const first = items[0];
  const last = items[items.length - 1];
  const deleted = view.deleted.length
    ? `<h2>已删除的记录 / Deleted records</h2><p>以下记录曾在本案中，已被用户删除；删除本身也已签名记入哈希链。<br>These records were in this case and were deleted by the user; each deletion is itself signed and chained.</p><ul>${view.deleted
        .map((d) => `<li>#${d.seq} ${escapeHtml(d.id)}${d.at ? ` — ${escapeHtml(formatUtc(d.at))}` : ''}</li>`)
        .join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>证据报告 / Evidence report — ${escapeHtml(view.caseName)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>证据报告 / Evidence report</h1>
<p class="muted">场外交易卫士 / Off-Platform Guard ${escapeHtml(view.extensionVersion)}</p>
<table>
${row('案件 / Case', escapeHtml(view.caseName))}
${row('导出包编号 / Bundle id', `<span class="hash">${escapeHtml(view.bundleId)}</span>`)}
${row('导出时间 / Exported at', escapeHtml(formatUtc(view.createdAt)))}
${row('记录数 / Records', String(items.length))}
${first && last ? row('时间范围 / Period', `${escapeHtml(formatUtc(first.capturedAt))} — ${escapeHtml(formatUtc(last.capturedAt))}`) : ''}
${row('签名公钥指纹 / Signing key fingerprint', `<span class="hash">${escapeHtml(view.keyFingerprint)}</span>`)}
</table>
<h2>完整性如何证明 / How integrity is proven</h2>
<div class="note">
<p>每条记录在保存时即由本浏览器计算文件（截图、页面文本）的 SHA-256 哈希和记录内容的哈希，并把每条记录接到前一条之后形成哈希链（每个链条目含序号、前一条的哈希和本条哈希），再用只存在于本浏览器中、无法导出的私钥（ECDSA P-256）签名。对应的公钥包含在 manifest.json 中。任何文件被改动一个字节、记录被修改、删除、插入或调换顺序，哈希或签名都将对不上。核对方法见 VERIFY.txt。</p>
<p>When each record was saved, this browser computed the SHA-256 of its files (screenshot, page text) and of the record's content, linked the record to the previous one in a hash chain (each entry holds its sequence number, the previous entry's hash and its own hash) and signed it with a private key (ECDSA P-256) that lives only in this browser and cannot be exported. The public key is in manifest.json. Changing one byte of a file, editing, removing, inserting or reordering a record breaks a hash or a signature. VERIFY.txt says how to check.</p>
</div>
<h2>时间线 / Timeline</h2>
${items.map((it, i) => renderItem(it, i + 1)).join('\n')}
${deleted}
<p class="muted">本报告由扩展根据所保存的记录自动生成，未加入任何记录以外的内容。 / Generated from the saved records only; nothing was added.</p>
</body>
</html>
`;
}
