import type { DateMention, Figure, IsoDate, Sentence } from '../../model.js';
import type { ContentIndex } from '../attribution/index.js';
import type { Token } from '../text/index.js';
import type { Candidate } from './candidate.js';
import { LIFE_TAKING_VERBS } from './data/triggers.js';
import { daysBefore, figureDates } from './figure-dates.js';
import { AS_OF_CLAIM_DATE, AS_OF_PUBLICATION_DATE } from './rules.js';
import { figureSource } from './source.js';

/**
 * The figure of a settled candidate: its value and qualifier from the number, its metric from the
 * trigger, its group from the words after the count, its dates and source from the sentence and
 * the attributions (or, for a breakdown or a continued tally, from the figure it breaks down), and
 * `why`, the rule behind each field.
 */
export function toFigure(
  text: string,
  s: Sentence,
  tokens: readonly Token[],
  c: Candidate,
  dates: readonly DateMention[],
  sources: ContentIndex,
  published: IsoDate | null,
): Figure {
  const { mention, group, hit, parent } = c;
  const who = group.who ? text.slice(tokens[group.who[0]]!.start, tokens[group.who[1]]!.end) : null;
  let dated;
  let sourced;
  if (parent) {
    dated = {
      asOf: parent.asOf,
      since: parent.since,
      asOfBasis: parent.asOfBasis,
      asOfSpan: parent.asOfSpan ?? null,
      asOfBy: parent.why!.asOf,
      sinceBy: parent.why!.since,
    };
    sourced = {
      source: parent.source,
      sourceSpan: parent.sourceSpan ?? null,
      cue: parent.cue ?? null,
      cueSpan: parent.cueSpan ?? null,
      why: parent.why!.source,
      via: parent.via ?? [],
    };
  } else {
    const d = figureDates(text, dates, mention.span, s.span);
    // "killed in 1988" in a later report: the month or year, not the publication day, nor the day
    // of the claim (GUIDELINES.md puts the casualty clause's date before the claim's)
    const past = d.period && (d.asOfRule === AS_OF_CLAIM_DATE || !d.asOf) && !!published && d.period.end < published;
    const day = past ? d.period!.start : (d.asOf ?? published);
    dated =
      d.earlier && day
        ? {
            asOf: daysBefore(day, d.earlier.days),
            since: d.since,
            asOfBasis: 'stated' as const,
            asOfSpan: d.earlier.span,
            asOfBy: d.earlier.rule.id,
            sinceBy: d.sinceRule?.id ?? null,
          }
        : {
            asOf: day,
            since: d.since,
            asOfBasis: d.asOf || past ? ('stated' as const) : published ? ('implied' as const) : null,
            asOfSpan: past ? d.period!.span : d.asOfSpan,
            asOfBy: past ? d.period!.rule.id : (d.asOfRule?.id ?? (published ? AS_OF_PUBLICATION_DATE.id : null)),
            sinceBy: d.sinceRule?.id ?? null,
          };
    sourced = figureSource(sources, mention.span, hit!.rule.verbIsNoCue ? LIFE_TAKING_VERBS : undefined);
  }
  const bound = (mention.qualifier === 'exact' || hit!.ownsQualifierWords) && hit!.qualifier ? hit! : null;
  const figure: Figure = {
    value: mention.value,
    unit: mention.percent ? 'percent' : 'people',
    qualifier: bound ? bound.qualifier! : mention.qualifier,
    vague: mention.vague,
    metric: hit!.metric,
    who,
    asOf: dated.asOf,
    since: dated.since,
    source: sourced.source,
    span: { ...mention.span },
    sentence: { ...s.span },
    asOfBasis: dated.asOfBasis,
    asOfSpan: dated.asOfSpan,
    sourceSpan: sourced.sourceSpan,
    cue: sourced.cue,
    cueSpan: sourced.cueSpan,
    by: hit!.rule.id,
    why: {
      metric: hit!.rule.id,
      qualifier: bound ? bound.qualifierRule!.id : mention.qualifierBy,
      who: who === null ? null : group.whoRule!.id,
      asOf: dated.asOfBy,
      since: dated.sinceBy,
      source: sourced.why,
    },
  };
  if (mention.high !== undefined) figure.high = mention.high;
  if (sourced.via.length) figure.via = sourced.via;
  return figure;
}
