import type { WriteStream } from 'node:tty';

/**
 * A one-line progress display for a terminal: count, rate and, when the total is known, a bar and
 * ETA. Redraws at most ten times a second. Off a terminal it prints nothing.
 */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly out: Pick<WriteStream, 'write' | 'isTTY' | 'columns'>,
    private readonly label: string,
    private total: number | null = null,
  ) {}

  /** Sets the total once it is known (e.g. after the inputs were listed). */
  setTotal(total: number): void {
    this.total = total;
  }

  update(done: number, failed: number, force = false): void {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = done / secs;
    let line = `${this.label} ${done.toLocaleString('en-US')}`;
    if (this.total) {
      const frac = Math.min(1, done / this.total);
      const width = 24;
      const fill = Math.round(frac * width);
      const eta = rate > 0 ? Math.max(0, (this.total - done) / rate) : 0;
      line = `${this.label} [${'█'.repeat(fill)}${'░'.repeat(width - fill)}] ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')}  ETA ${formatSeconds(eta)}`;
    }
    line += `  ${rate.toFixed(rate < 10 ? 1 : 0)}/s${failed ? `  ${failed} failed` : ''}`;
    this.out.write(`\r${line.slice(0, (this.out.columns || 100) - 1)}\x1b[K`);
    this.shown = true;
  }

  /** Clears the line so the summary prints cleanly. */
  done(): void {
    if (this.shown) this.out.write('\r\x1b[K');
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
