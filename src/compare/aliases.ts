import { existsSync, readFileSync } from 'node:fs';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { nameKey } from './names.js';

/**
 * The user's alias file (`crosscheck.aliases.json`): which spellings are one claimant, group,
 * outlet, place or actor. Each section maps a canonical name to the spellings that mean it:
 *
 * ```json
 * {
 *   "claimants": { "Irundel health ministry": ["the Ministry of Health of Irundel", "Irundel's Ministry of Health"] },
 *   "groups": { "civilians": ["residents", "people"] },
 *   "places": { "Tolvaren": ["Tolvaren city"] },
 *   "outlets": { "Kestrel Wire Service": ["Kestrel"] },
 *   "actors": { "Velmoran Defence Forces": ["VDF", "the occupation forces", "the invaders"] }
 * }
 * ```
 *
 * Spellings are matched by {@link nameKey} (case, articles, possessives and punctuation do not
 * matter). A canonical name may itself be listed as another's spelling (it then follows that one);
 * a loop, a spelling under two names, an unknown section or anything but strings is an error that
 * names the file, line and column. `actors` also lists the words the `wording` command looks for.
 */
export interface Aliases {
  claimants: Resolver;
  groups: Resolver;
  outlets: Resolver;
  places: Resolver;
  actors: Resolver;
  /** Actor → the terms listed for it (canonical name included), as written. */
  actorTerms: Map<string, string[]>;
}

export const ALIAS_SECTIONS = ['claimants', 'groups', 'outlets', 'places', 'actors'] as const;
export type AliasSection = (typeof ALIAS_SECTIONS)[number];

/** The file looked for when none is named: in the working folder. */
export const DEFAULT_ALIAS_FILE = 'crosscheck.aliases.json';

/** A bad alias file: the message names the file, line and column. */
export class AliasError extends Error {
  override name = 'AliasError';
}

/** Maps a spelling to its canonical name (as the file writes it), or to itself when the file does not list it. */
export class Resolver {
  constructor(private readonly map: ReadonlyMap<string, string> = new Map()) {}
  /** The canonical name of `name`, or `name` as written when no alias applies. */
  canonical(name: string): string {
    return this.map.get(nameKey(name)) ?? name;
  }
  /** The key names are grouped by: the canonical name's key. */
  key(name: string): string {
    return nameKey(this.canonical(name));
  }
  /** Whether the file lists `name` (as a canonical name or a spelling). */
  has(name: string): boolean {
    return this.map.has(nameKey(name));
  }
}

/** No aliases: every spelling stands for itself, up to {@link nameKey}. */
export function noAliases(): Aliases {
  return {
    claimants: new Resolver(),
    groups: new Resolver(),
    outlets: new Resolver(),
    places: new Resolver(),
    actors: new Resolver(),
    actorTerms: new Map(),
  };
}

/**
 * Reads an alias file. With no path, reads `crosscheck.aliases.json` in the working folder when it
 * exists, else returns {@link noAliases}. Throws {@link AliasError} for a missing named file or a bad one.
 */
export function loadAliases(path?: string | null): Aliases {
  const file = path ?? DEFAULT_ALIAS_FILE;
  if (!existsSync(file)) {
    if (!path) return noAliases();
    throw new AliasError(`${file}: no such alias file`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new AliasError(
      `${file}: cannot read the alias file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return parseAliases(text, file);
}

/** Parses the text of an alias file (see {@link Aliases}); `file` names it in errors. */
export function parseAliases(text: string, file = DEFAULT_ALIAS_FILE): Aliases {
  const where = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${file}:${before.length}:${before[before.length - 1]!.length + 1}`;
  };
  const fail = (node: Node | { offset: number }, reason: string): never => {
    throw new AliasError(`${where(node.offset)}: ${reason}`);
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0)
    fail(
      errors[0]!,
      `not valid JSON (${printParseErrorCode(errors[0]!.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()})`,
    );
  if (!root || root.type !== 'object')
    return fail(root ?? { offset: 0 }, 'the alias file must be a JSON object of sections');
  const out = noAliases();
  const seenSections = new Set<string>();
  for (const prop of root.children ?? []) {
    const [k, v] = prop.children as [Node, Node];
    const section = k.value as string;
    if (!(ALIAS_SECTIONS as readonly string[]).includes(section))
      fail(k, `unknown section "${section}" (the sections are ${ALIAS_SECTIONS.join(', ')})`);
    if (seenSections.has(section)) fail(k, `section "${section}" appears twice`);
    seenSections.add(section);
    if (v.type !== 'object') fail(v, `"${section}" must be an object of "canonical name": ["spelling", …]`);
    const target = new Map<string, { canonical: string; node: Node }>();
    const terms = new Map<string, string[]>();
    for (const entry of v.children ?? []) {
      const [nameNode, list] = entry.children as [Node, Node];
      const canonical = nameNode.value as string;
      if (!nameKey(canonical)) fail(nameNode, `an empty name in "${section}"`);
      if (list.type !== 'array') fail(list, `"${canonical}" must list its spellings as an array of strings`);
      const written = [canonical];
      for (const item of list.children ?? []) {
        if (item.type !== 'string') fail(item, `"${canonical}" lists something that is not a string`);
        const spelling = item.value as string;
        const key = nameKey(spelling);
        if (!key) fail(item, `an empty spelling under "${canonical}"`);
        const earlier = target.get(key);
        if (earlier && nameKey(earlier.canonical) !== nameKey(canonical))
          fail(item, `"${spelling}" is listed under both "${earlier.canonical}" and "${canonical}"`);
        if (key !== nameKey(canonical)) target.set(key, { canonical, node: item });
        written.push(spelling);
      }
      terms.set(canonical, written);
    }
    // A canonical name listed as another's spelling follows it; a loop has no canonical name.
    const resolved = new Map<string, string>();
    for (const [key, { canonical, node }] of target) {
      let name = canonical;
      const path = [key];
      for (let next = target.get(nameKey(name)); next; next = target.get(nameKey(name))) {
        if (path.includes(nameKey(name)))
          fail(node, `alias loop in "${section}": ${[...path, nameKey(name)].map((p) => `"${p}"`).join(' → ')}`);
        path.push(nameKey(name));
        name = next.canonical;
      }
      resolved.set(key, name);
    }
    for (const canonical of terms.keys()) {
      const follows = resolved.get(nameKey(canonical));
      if (!resolved.has(nameKey(canonical))) resolved.set(nameKey(canonical), canonical);
      if (section === 'actors' && follows) {
        const merged = terms.get(follows) ?? [follows];
        terms.set(follows, [...merged, ...terms.get(canonical)!]);
        terms.delete(canonical);
      }
    }
    out[section as AliasSection] = new Resolver(resolved);
    if (section === 'actors') out.actorTerms = terms;
  }
  return out;
}
