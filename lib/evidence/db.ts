import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ChainEntry } from './integrity';
import type { CaseRow, FileRow, MetaRow, RecordRow } from './schema';

/**
 * The evidence locker in IndexedDB. Opened only from the background worker
 * and extension pages: a content script's IndexedDB would belong to the page.
 *
 * Tables (version 2):
 * - cases   `id` = "<platform>|<seller or host>", indexed by platform, updatedAt
 * - records `id` (UUID): the hashed content plus index fields (caseId, seq,
 *           capturedAt, platform, kinds[], values[], [caseId+capturedAt], and
 *           the sparse listedAt, [caseId+listedAt], [platform+listedAt])
 * - files   `id` = "<recordId>/<role>": one Blob each, indexed by recordId
 * - chain   `seq` 1..n: the signed hash chain (records, addenda, tombstones)
 * - meta    `key`: 'signing' holds the non-extractable private CryptoKey and
 *           the public JWK
 */
export class LockerDB extends Dexie {
  cases!: EntityTable<CaseRow, 'id'>;
  records!: EntityTable<RecordRow, 'id'>;
  files!: EntityTable<FileRow, 'id'>;
  chain!: EntityTable<ChainEntry, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  /** `options` lets Node code (benchmarks) hand in an IndexedDB implementation. */
  constructor(name = 'opg-locker', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      cases: 'id, platform, updatedAt',
      records: 'id, caseId, seq, capturedAt, platform, *kinds, *values, [caseId+capturedAt]',
      files: 'id, recordId',
      chain: 'seq, recordId, caseId',
      meta: 'key',
    });
    // Sparse indexes over `listedAt` (set only on live records, not on
    // addenda or deleted ones): the locker page pages and counts 2,000
    // records from the index alone instead of reading every row.
    this.version(2)
      .stores({
        records: 'id, caseId, seq, capturedAt, platform, *kinds, *values, [caseId+capturedAt], listedAt, [caseId+listedAt], [platform+listedAt]',
      })
      .upgrade((tx) =>
        tx
          .table<RecordRow, string>('records')
          .toCollection()
          .modify((r) => {
            if (r.entry === 'record' && !r.deleted) r.listedAt = r.capturedAt;
          }),
      );
  }
}
