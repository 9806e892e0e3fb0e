import type { Ledger, StoreOutcome } from '../store/ledger.js';
import type { DocumentRows } from '../store/rows.js';

/** A document to store: its claims as rows, or null for a text already stored (only its origin is new). */
export interface BatchItem {
  id: string;
  rows: DocumentRows | null;
  text: string;
  origin: string;
  url: string | null;
  /** The file it was read from, when it was (see `StoreInfo.path`). */
  path?: string;
  /** Set for a text stored already without a date: its claims are replaced by `rows`, made with this date. */
  redate?: string;
}

/** What writing one document did: a {@link StoreOutcome}, or `redated` (see {@link BatchItem.redate}). */
export type WriteOutcome = StoreOutcome | 'redated';

/** When a batch is written. */
export interface BatchLimits {
  /** Most documents per transaction. */
  size: number;
  /** Most characters of document text per transaction. */
  chars: number;
  /** Longest the first document of a batch waits for its commit, in ms, whatever else happens. */
  ms: number;
}

/**
 * Collects documents and writes them to the ledger in batches, one short write transaction each:
 * when a batch is full, and on a timer `ms` after its first document, so finished documents are
 * committed even while the inputs stall (ten pages read, then a feed whose links never answer: a
 * kill after a second loses nothing). The write lock is held only while a batch is written, a few
 * milliseconds to a fraction of a second, so several ingests into one ledger take turns.
 */
export class BatchWriter {
  private items: BatchItem[] = [];
  private chars = 0;
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown = null;

  /**
   * @param onWritten called with each document's outcome once its batch is committed
   */
  constructor(
    private readonly ledger: Ledger,
    private readonly limits: BatchLimits,
    private readonly onWritten: (outcome: WriteOutcome) => void,
  ) {}

  /** Adds a document; writes the batch when it is full. */
  add(item: BatchItem): void {
    this.throwIfFailed();
    this.items.push(item);
    this.chars += item.text.length;
    if (this.items.length === 1) {
      this.timer = setTimeout(() => {
        try {
          this.flush();
        } catch (e) {
          // Thrown to the writer's user by the next call (inputs that stall end within their timeouts).
          this.failure = e;
        }
      }, this.limits.ms);
      this.timer.unref();
    }
    if (this.items.length >= this.limits.size || this.chars >= this.limits.chars) this.flush();
  }

  /** Writes what is collected, in one transaction. */
  flush(): void {
    this.throwIfFailed();
    clearTimeout(this.timer);
    const items = this.items;
    if (items.length === 0) return;
    this.items = [];
    this.chars = 0;
    const outcomes = this.ledger.transaction(() =>
      items.map((x): WriteOutcome => {
        if (x.rows === null) {
          this.ledger.addOrigin(x.id, x.origin);
          return 'duplicate';
        }
        if (x.redate) {
          this.ledger.addOrigin(x.id, x.origin);
          this.ledger.redate(x.id, x.redate, x.rows);
          return 'redated';
        }
        return this.ledger.storeRows(x.rows, x.text, x.origin, { url: x.url, path: x.path });
      }),
    );
    for (const o of outcomes) this.onWritten(o);
  }

  /** Drops what is collected and stops the timer (after a failure). */
  discard(): void {
    clearTimeout(this.timer);
    this.items = [];
    this.chars = 0;
  }

  /** Throws the failure of a batch written on the timer, if one failed. */
  throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}
