/**
 * Index of the last item whose `key` is at most `value`, in `items` sorted by that key (0 when
 * none is): a binary search, for sentences by paragraph and paragraphs by offset.
 */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]!) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
