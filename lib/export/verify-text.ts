/**
 * VERIFY.txt: how anyone checks the bundle, in Chinese and English, with
 * the tool (npm run verify, the locker's verify view) and by hand.
 */
export function verifyText(opts: { bundleName: string; keyFingerprint: string; recordCount: number }): string {
  const { bundleName, keyFingerprint, recordCount } = opts;
  return `如何核验本证据包 / How to verify this bundle
=============================================

本证据包：${bundleName}
记录数：${recordCount}
签名公钥指纹（公钥 JWK 规范化 JSON 的 SHA-256）：${keyFingerprint}

【中文】

一、用工具核验（推荐）
  1. 在“场外交易卫士”扩展的证据库页面，打开“核验证据包”，把本 zip 文件拖进去。
     核验完全在本机进行，不上传任何内容。
  2. 或在本项目源码目录运行：
       npm run verify -- ${bundleName}
     全部通过时退出码为 0 并打印摘要；有问题时退出码为 1，并逐条列出出问题的文件或记录；
     文件不是可读的 zip 时退出码为 2。

二、手工核验
  1. 解压本 zip。manifest.json 中 records[].files[] 列出了每个文件的路径和 SHA-256。
     在终端运行  sha256sum records/*/*  （Windows: certutil -hashfile 文件 SHA256；
     macOS: shasum -a 256 文件），逐一与 manifest.json 中的值比对。
  2. 每条记录的哈希 = 该记录内容（manifest.json 中 records[].record）按“规范化 JSON”
     （对象键按字典序排列、无多余空格、UTF-8）编码后的 SHA-256。记录中包含其文件的哈希，
     所以文件被改动会使记录哈希不符。
  3. 哈希链：manifest.json 的 chain.headers 按序号列出了整个证据库的每一个链条目
     （seq、hash、prev）。每一条的 prev 必须等于前一条的 hash，序号必须连续。
     本案的记录在 records[].entry 中给出完整的链条目，其 hash 可由条目内容重新计算，
     且必须与 chain.headers 中同一序号的 hash 相同。这样即使本包只含证据库中的部分记录，
     也能证明中间没有记录被删除、插入或调换顺序。
  4. 签名：每个链条目都由本浏览器生成的、不可导出的私钥签名（ECDSA P-256，SHA-256）。
     公钥以 JWK 形式给出（manifest.json 的 publicKeyJwk）。签名的内容见 manifest.json 的
     "signing" 说明；可用任何支持 ECDSA P-256 的工具（如 WebCrypto、OpenSSL）核验。
  5. report.html、投诉草稿和本文件是根据记录生成的阅读材料，它们的 SHA-256 列在
     manifest.json 的 derived 中；证据效力来自上面签名的记录和文件。

【English】

1. With the tool (recommended)
  1. In the Off-Platform Guard extension's evidence locker, open "Verify an evidence
     bundle" and drop this zip there. It is checked on your computer; nothing is uploaded.
  2. Or, in the project's source folder, run:
       npm run verify -- ${bundleName}
     Exit code 0 and a summary when everything checks; exit code 1 with each failing
     file or record named otherwise; exit code 2 when the file is not a readable zip.

2. By hand
  1. Unzip. manifest.json lists every file's path and SHA-256 under records[].files[].
     Run  sha256sum records/*/*  (Windows: certutil -hashfile FILE SHA256; macOS:
     shasum -a 256 FILE) and compare with manifest.json.
  2. A record's hash is the SHA-256 of its content (records[].record in manifest.json)
     written as canonical JSON (object keys sorted, no extra whitespace, UTF-8). The record
     holds its files' hashes, so a changed file breaks the record hash too.
  3. Hash chain: chain.headers in manifest.json lists every entry of the whole locker's
     chain in order (seq, hash, prev). Each entry's prev must equal the hash before it and
     the seq numbers must have no gap. This case's records carry their full chain entry in
     records[].entry; its hash recomputes from its content and must equal the header's hash
     at the same seq. So even though the bundle holds only part of the locker, a record
     removed, inserted or reordered shows.
  4. Signatures: every chain entry is signed with a private key made in the capturing
     browser that cannot be exported (ECDSA P-256 with SHA-256). The public key is in
     manifest.json as a JWK (publicKeyJwk); what exactly is signed is described under
     "signing" in manifest.json. Any ECDSA P-256 tool (WebCrypto, OpenSSL) can check them.
  5. report.html, the complaint drafts and this file are reading aids generated from the
     records; their SHA-256 are under "derived" in manifest.json. The evidence is the signed
     records and files above.
`;
}
