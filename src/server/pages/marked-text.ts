/** A passage of a document to highlight: a claim's evidence or a name's mention. */
export interface Mark {
  start: number;
  end: number;
  kind: 'statement' | 'figure' | 'entity';
  /** The element id of the claim (its anchor), on its first piece only; null for mentions. */
  anchor: string | null;
  /** Extra class, e.g. the type of an entity. */
  variant?: string;
  /** A short description for assistive technology and tooltips. */
  label: string;
}

/** A node of the marked text: plain text, or a mark holding nodes. */
export type MarkedNode = string | { mark: Mark; children: MarkedNode[] };

/** Which kind sits outside another when two start and end at the same place. */
const RANK: Record<Mark['kind'], number> = { statement: 0, figure: 1, entity: 2 };

const before = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];

/**
 * Nests the marks of a text into a tree (each mark inside the marks that contain it), so that
 * each claim is one element a link can target. A mark that crosses the end of an enclosing one
 * ("[said the [Army] spokesman]…" where a name runs past a quote's end) is cut at that end and
 * goes on as a piece of its own, without the anchor. Marks out of the text's bounds are clipped;
 * empty ones dropped. Plain data: rendering is the caller's.
 */
export function markText(text: string, marks: Mark[]): MarkedNode[] {
  const queue = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort(before);
  const root = { mark: null as Mark | null, end: text.length, children: [] as MarkedNode[], pos: 0 };
  type Open = typeof root;
  const stack: Open[] = [root];
  const close = () => {
    const top = stack.pop()!;
    if (top.pos < top.end) top.children.push(text.slice(top.pos, top.end));
    const parent = stack.at(-1)!;
    parent.pos = top.end;
  };
  while (queue.length > 0) {
    let m = queue.shift()!;
    while (stack.at(-1)!.end <= m.start) close();
    const top = stack.at(-1)!;
    if (m.end > top.end) {
      // Cut at the enclosing mark's end; the rest waits its turn in order.
      const rest: Mark = { ...m, start: top.end, anchor: null };
      const at = queue.findIndex((q) => before(rest, q) < 0);
      queue.splice(at < 0 ? queue.length : at, 0, rest);
      m = { ...m, end: top.end };
    }
    if (top.pos < m.start) top.children.push(text.slice(top.pos, m.start));
    const node = { mark: m, end: m.end, children: [] as MarkedNode[], pos: m.start };
    top.children.push({ mark: m, children: node.children });
    top.pos = m.start;
    stack.push(node);
  }
  while (stack.length > 1) close();
  if (root.pos < text.length) root.children.push(text.slice(root.pos));
  return root.children;
}
