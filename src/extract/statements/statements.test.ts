import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../test/helpers/cases.js';
import { describeSeeds, seedPath } from '../../../test/helpers/shared.js';
import { assertSpans } from '../../../test/helpers/spans.js';
import type { Statement } from '../../model.js';
import { extract } from '../index.js';

function statementsOf(text: string): Statement[] {
  const x = extract({ origin: 'test', text, meta: { published: '2024-02-06' } });
  assertSpans(x);
  return x.statements;
}

const find = (all: Statement[], start: string): Statement | undefined => all.find((s) => s.text.startsWith(start));

// Each report's statements, spans as their words: the cases test/cases/statements/*.

describe('findStatements: quotes', () => {
  it('gives each paragraph of a running quote its own statement, same speaker', () => {
    const all = statementsOf(caseInput('statements', 'feature-geneina'));
    expect(find(all, 'We walked at night')?.speaker).toBe('Amina Yusuf');
    expect(find(all, 'When we reached the border')?.speaker).toBe('Amina Yusuf');
    expect(find(all, 'When we reached the border')?.text).toBe(
      'When we reached the border, a man gave us water. I will never forget his face.',
    );
  });

  it('splits a quote interrupted by "he said" and keeps partial quotes inside reported speech', () => {
    const all = statementsOf(caseInput('statements', 'feature-geneina'));
    expect(find(all, 'They came at dawn')).toMatchObject({ kind: 'direct', speaker: 'Ibrahim Adam', cue: 'said' });
    expect(find(all, 'By noon there was nothing left')).toMatchObject({ kind: 'direct', speaker: 'Ibrahim Adam' });
    expect(find(all, 'from one end to the other')).toMatchObject({ kind: 'direct', speaker: 'Ibrahim Adam' });
    expect(find(all, 'the militia had burned the market')).toMatchObject({ kind: 'indirect', speaker: 'Ibrahim Adam' });
    expect(find(all, 'We cannot feed everyone')).toMatchObject({
      kind: 'direct',
      speaker: 'The mayor of the border town',
      cue: 'told',
    });
  });

  it('keeps two alternating speakers apart and resolves their surnames', () => {
    const all = statementsOf(caseInput('statements', 'two-speakers'));
    expect(find(all, 'Our forces responded')).toMatchObject({
      speaker: 'Dana Levi',
      speakerRole: 'an army spokeswoman',
    });
    expect(find(all, 'There was no fire')).toMatchObject({
      speaker: 'Khalil Nasser',
      speakerRole: 'who lives across the street',
    });
    expect(find(all, 'We are reviewing')?.speaker).toBe('Dana Levi');
    expect(find(all, 'They always review')?.speaker).toBe('Khalil Nasser');
    expect(find(all, 'Nothing changes')?.speaker).toBe('Khalil Nasser');
    expect(find(all, 'regrets any harm')?.speaker).toBe('Dana Levi');
  });

  it('reads archive-style quotes written with two apostrophes or backticks', () => {
    const text = [
      "''We will not trade the port for a ceasefire on paper,'' said Omar Haddad, a negotiator for the coalition.",
      "The general's aide called the talks ``a slow road,'' and added: ``We are still at the table.''",
      "''The convoy left at dawn,'' Ms. Varga said. ''By noon it had reached the second checkpoint.''",
      "Mr. Haddad said the offer ''was what they called 'final,''' and walked out.",
    ].join('\n\n');
    const all = statementsOf(text);
    expect(find(all, 'We will not trade')).toMatchObject({
      kind: 'direct',
      speaker: 'Omar Haddad',
      text: 'We will not trade the port for a ceasefire on paper',
    });
    expect(find(all, 'We are still at the table')).toMatchObject({
      kind: 'direct',
      text: 'We are still at the table.',
    });
    expect(find(all, 'The convoy left at dawn')).toMatchObject({ kind: 'direct', speaker: 'Varga', cue: 'said' });
    expect(find(all, 'By noon it had reached')).toMatchObject({
      kind: 'direct',
      speaker: 'Varga',
      text: 'By noon it had reached the second checkpoint.',
    });
    // The nested single quote closes first: the outer quote ends after "final,'".
    expect(all.some((s) => s.text.endsWith("'final,'") || s.text.includes("was what they called 'final"))).toBe(true);
    expect(all.every((s) => !s.text.startsWith("'") && !s.text.endsWith("''"))).toBe(true);
  });

  it('keeps a quote whose "he said" has no one to refer to, with the pronoun as written', () => {
    const text =
      'Ferry crossings halted\n\n“The road to the port is closed and nobody is coming through tonight,” he said.\n\nThey said the ferries would not sail before Friday.';
    const all = statementsOf(text);
    expect(find(all, 'The road to the port')).toMatchObject({
      kind: 'direct',
      speaker: 'he',
      speakerRole: null,
      cue: 'said',
    });
    expect(find(all, 'the ferries would not sail')).toMatchObject({ kind: 'indirect', speaker: 'They', cue: 'said' });
  });

  it('does not carry a quote with its own unread cue over to the speaker before', () => {
    const text =
      'Bridge talks\n\n“We will rebuild the bridge,” said Omar Haddad. “Not this year,” a second man standing near the checkpoint with a rifle in his hand and a radio said.';
    const all = statementsOf(text);
    expect(find(all, 'We will rebuild')?.speaker).toBe('Omar Haddad');
    expect(all.filter((s) => s.speaker === 'Omar Haddad').map((s) => s.text)).toEqual(['We will rebuild the bridge']);
  });

  it('finds no statement in names, titles and scare quotes', () => {
    expect(statementsOf(caseInput('statements', 'negatives'))).toEqual([]);
  });
});

describeSeeds('findStatements: seeds', ['gaza-city-street-fighting', 'tanks-forced-to-retreat'], () => {
  it('gaza-city-street-fighting', () => {
    const all = statementsOf(readFileSync(seedPath('gaza-city-street-fighting'), 'utf8'));
    expect(find(all, 'But that will not stop')).toMatchObject({
      kind: 'direct',
      speaker: 'Saleh al-Arouri',
      cue: 'said',
    });
    expect(find(all, 'The Beach (Refugee Camp)')).toMatchObject({
      kind: 'direct',
      speaker: 'Khaled Abu Issa',
      speakerRole: 'Displaced Gazan',
    });
    expect(find(all, 'They are driving people')).toMatchObject({ kind: 'direct', speaker: 'Khaled Abu Issa' });
    expect(find(all, 'a total of 10,569 people')).toMatchObject({ kind: 'indirect', speaker: 'Palestinian officials' });
    expect(find(all, '33 of its soldiers')).toMatchObject({ kind: 'indirect', speaker: 'Israel', cue: 'says' });
  });

  it('tanks-forced-to-retreat', () => {
    const all = statementsOf(readFileSync(seedPath('tanks-forced-to-retreat'), 'utf8'));
    expect(find(all, 'There’s absolutely no ground advance')).toMatchObject({
      kind: 'direct',
      speaker: 'Salama Maarouf',
      speakerRole: 'the head of the Hamas office in Gaza',
      cue: 'said',
    });
    expect(find(all, 'ambushes of terror and death')).toMatchObject({ kind: 'direct', speaker: 'Abu Hamza' });
    // Operation al-Aqsa Storm is a name inside a quote, not a statement of its own.
    expect(all.some((s) => s.text === 'al-Aqsa Storm')).toBe(false);
  });
});

describe('findStatements: real-text forms', () => {
  it('pairs quotation marks line by line when a stray straight mark leaves a paragraph of single-break lines open', () => {
    // One line per paragraph with no blank line between: a stray mark in the first line must not flip the second line's pair.
    const text =
      'The mayor repeated the basic premise of the "harbour plan for the eastern docks.\n"This is a disease," Lena Brandt said. "We need treatment, not jail."';
    const all = statementsOf(text);
    expect(find(all, 'This is a disease')).toMatchObject({ kind: 'direct', speaker: 'Lena Brandt', cue: 'said' });
    expect(find(all, 'We need treatment')).toMatchObject({ kind: 'direct', speaker: 'Lena Brandt' });
  });

  it('gives quotations typed with mixed marks their speakers', () => {
    const text = [
      '“We will hold the bridge," said Col. Dana Levi, an army spokeswoman. "Nobody has left the town,” the mayor, Omar Haddad, told reporters.',
      "‘They called it “a lie”,' Amina Yusuf said of the army's statement. The soldiers' families waited at the gate.",
      '“Our roads are gone," she said. "The clinic is closed.”',
    ].join('\n\n');
    const all = statementsOf(text);
    expect(all.filter((s) => s.kind === 'direct').map((s) => [s.text, s.speaker])).toEqual([
      ['We will hold the bridge', 'Dana Levi'],
      ['Nobody has left the town', 'Omar Haddad'],
      ['They called it “a lie”', 'Amina Yusuf'],
      ['Our roads are gone', 'Amina Yusuf'],
      ['The clinic is closed.', 'Amina Yusuf'],
    ]);
  });

  it('reads the clause a relative word stands in, with its speaker, as an indirect statement', () => {
    const all = statementsOf(
      'The strike, which the ministry said killed 12, hit a school. Residents described what Amina Yusuf said was a deliberate attack.',
    );
    expect(all.map((s) => [s.kind, s.speaker, s.cue, s.text])).toEqual([
      ['indirect', 'the ministry', 'said', 'killed 12'],
      ['indirect', 'Amina Yusuf', 'said', 'was a deliberate attack'],
    ]);
  });

  it('takes a passive question for no statement (it asks, it claims nothing), and keeps the answer', () => {
    const all = statementsOf('Asked whether the ferry would sail on Friday, Dace Ruiz said the harbour was closed.');
    expect(all.map((s) => [s.kind, s.speaker, s.text])).toEqual([['indirect', 'Dace Ruiz', 'the harbour was closed']]);
    expect(statementsOf('Ruiz was asked to leave the hearing.')).toEqual([]);
  });

  it('reads lower-case group claimants and an official as speakers', () => {
    const all = statementsOf(
      'But aides said the minister simply preferred quiet talks. A port authority official said the cranes were idle. Half of the voters said they were angry.',
    );
    expect(find(all, 'the minister simply')).toMatchObject({ speaker: 'aides' });
    expect(find(all, 'the cranes were idle')).toMatchObject({ speaker: 'A port authority official' });
    expect(find(all, 'they were angry')).toMatchObject({ speaker: 'Half of the voters' });
  });
});
