import Dexie, { type EntityTable } from 'dexie';
import type { ChainEntry } from './integrity';
import type { CaseRow, FileRow, MetaRow, RecordRow } from './schema';

/**
 * The evidence locker in IndexedDB. Opened only from the background worker
 * and extension pages: a content script's IndexedDB would belong to the page.
 */
export class LockerDB extends Dexie {
  cases!: EntityTable<CaseRow, 'id'>;
  records!: EntityTable<RecordRow, 'id'>;
  files!: EntityTable<FileRow, 'id'>;
  chain!: EntityTable<ChainEntry, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'opg-locker') {
    super(name);
    this.version(1).stores({
      cases: 'id, platform, updatedAt',
      records: 'id, caseId, seq, capturedAt, platform, *kinds, *values, [caseId+capturedAt]',
      files: 'id, recordId',
      chain: 'seq, recordId, caseId',
      meta: 'key',
    });
  }
}
