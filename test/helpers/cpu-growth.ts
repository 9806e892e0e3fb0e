/**
 * Whether work grows in proportion to its input, judged by CPU time rather than a wall-clock
 * timeout: a loaded machine (twenty runnable processes on two cores) stretches the wall clock of a
 * linear pass past any fixed limit, but not the CPU time it uses, nor the ratio of two sizes.
 */

/** CPU milliseconds (user + system) this process spends in `fn`. */
export function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time of `run(n)` against `run(n / 4)` (after one untimed run of the small size, so that
 * compiling is not counted): a linear pass takes about 4 times as long, a quadratic one 16 times.
 * Returns both, for the assertion and its message.
 */
export function growthByFour(run: (n: number) => void, n: number): { small: number; large: number } {
  const quarter = Math.floor(n / 4);
  run(quarter);
  const small = cpuMs(() => run(quarter));
  const large = cpuMs(() => run(n));
  return { small, large };
}
