import { describe, expect, it } from 'vitest';
import { AliasError, parseAliases } from './aliases.js';

const file = (o: unknown) => JSON.stringify(o, null, 2);

describe('alias file', () => {
  it('maps spellings to the canonical name, by name key', () => {
    const a = parseAliases(
      file({
        claimants: { 'Irundel health ministry': ["Irundel's Ministry of Health", 'the Ministry of Health of Irundel'] },
      }),
    );
    expect(a.claimants.canonical('irundel’s ministry of health')).toBe('Irundel health ministry');
    expect(a.claimants.canonical('The Ministry of Health of Irundel')).toBe('Irundel health ministry');
    expect(a.claimants.canonical('Velmora')).toBe('Velmora');
    expect(a.groups.canonical("Irundel's Ministry of Health")).toBe("Irundel's Ministry of Health");
  });

  it('follows a canonical name listed under another', () => {
    const a = parseAliases(
      file({ places: { Halvessa: ['Halvessa province'], 'Halvessa province': ['the province'] } }),
    );
    expect(a.places.canonical('the province')).toBe('Halvessa');
  });

  it('lists an actor’s terms, its name included', () => {
    const a = parseAliases(file({ actors: { 'Velmoran Defence Forces': ['VDF', 'the invaders'] } }));
    expect(a.actorTerms.get('Velmoran Defence Forces')).toEqual(['Velmoran Defence Forces', 'VDF', 'the invaders']);
    expect(a.actors.canonical('vdf')).toBe('Velmoran Defence Forces');
  });

  const error = (text: string) => {
    try {
      parseAliases(text, 'my.aliases.json');
    } catch (e) {
      expect(e).toBeInstanceOf(AliasError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('names the line of JSON that does not parse', () => {
    expect(error('{\n  "claimants": {\n    "a": ["b",]\n  }\n}')).toMatch(/^my\.aliases\.json:3:\d+: not valid JSON/);
  });

  it('names an unknown section and its line', () => {
    expect(error('{\n  "claimants": {},\n  "grups": {}\n}')).toBe(
      'my.aliases.json:3:3: unknown section "grups" (the sections are claimants, groups, outlets, places, actors)',
    );
  });

  it('names an alias loop and the line that closes it', () => {
    const msg = error('{\n  "groups": {\n    "a": ["b"],\n    "b": ["a"]\n  }\n}');
    expect(msg).toMatch(/^my\.aliases\.json:\d+:\d+: alias loop in "groups": "(a|b)" → "(a|b)" → "(a|b)"$/);
  });

  it('refuses a spelling under two names, and anything but strings', () => {
    expect(error('{"groups": {"a": ["x"], "b": ["x"]}}')).toMatch(/"x" is listed under both "a" and "b"/);
    expect(error('{"groups": {"a": [1]}}')).toMatch(
      /^my\.aliases\.json:1:\d+: "a" lists something that is not a string$/,
    );
    expect(error('{"groups": {"a": "b"}}')).toMatch(/"a" must list its spellings as an array of strings/);
    expect(error('[]')).toMatch(/must be a JSON object of sections/);
  });
});
