import type { EntityType, RuleId } from '../../model.js';

/**
 * The rules of the entities stage, each written out in full where it is defined: an entity's `by`
 * is the rule of its strongest evidence, which also gives its type.
 *
 * The order they apply in, per sentence (index.ts): tokens (1-tokenize.ts), runs of name words
 * (2-propose-runs.ts), then each run typed by the first cue that holds, strongest first
 * (3-classify-run.ts: the lists, head words, the dateline, name openers, role words, place
 * prepositions, a speech verb after the name, the shape); then names are grouped and short forms
 * joined to full names (4-group-mentions.ts), and Title Case headlines only re-find known names
 * (5-headline-mentions.ts).
 */
export interface EntityRule {
  readonly id: RuleId;
  /** The type the rule gives; null when nothing typed the name (it may join an entity typed elsewhere). */
  readonly type: EntityType | null;
  /** How strong the evidence is when mentions of one name disagree: lists 5, heads and titles 4, … shape 1, nothing 0. */
  readonly strength: number;
}

/** "Gaza City", "Kyiv": a place of the gazetteer. */
export const GAZETTEER: EntityRule = { id: 'entities/gazetteer', type: 'place', strength: 5 };
/** "Hamas", "UNRWA", "Islamic Jihad": an organization of the list. */
export const KNOWN_ORGANIZATION: EntityRule = { id: 'entities/known-organization', type: 'organization', strength: 5 };
/** "President Volodymyr Zelensky", "Gen. Herzi Halevi": a title peeled off a person's name. */
export const TITLE_BEFORE_NAME: EntityRule = { id: 'entities/title-before-name', type: 'person', strength: 4 };
/** "Gaza Strip", "Jabalia camp", "Gulf of Aden": a place head word. */
export const PLACE_HEAD_RULE: EntityRule = { id: 'entities/place-head', type: 'place', strength: 4 };
/** "Gaza Health Ministry", "Ministry of Health": an organization head word. */
export const ORGANIZATION_HEAD_RULE: EntityRule = {
  id: 'entities/organization-head',
  type: 'organization',
  strength: 4,
};
/** "GAZA CITY, Oct 31 (Reuters) -": the place of a dateline. */
export const DATELINE: EntityRule = { id: 'entities/dateline', type: 'place', strength: 4 };
/** "Abu Hamza", "Umm Hassan": a word that opens Arabic names of persons. */
export const NAME_OPENER: EntityRule = { id: 'entities/name-opener', type: 'person', strength: 3 };
/** "spokesman Daniel Hagari", "resident Olena Kravets": a role word right before the name. */
export const ROLE_WORD_BEFORE: EntityRule = { id: 'entities/role-word-before', type: 'person', strength: 3 };
/** "in Rafah", "north of Gaza City": a place preposition before the name. */
export const PLACE_PREPOSITION_RULE: EntityRule = { id: 'entities/place-preposition', type: 'place', strength: 2 };
/** "Abu Obeida said": a speech verb after a name no lower-case word of the text spells. */
export const SPEAKER_BEFORE_VERB: EntityRule = { id: 'entities/speaker-before-verb', type: 'person', strength: 2 };
/** "Salama Maarouf": two to four name words no lower-case word of the text spells. */
export const NAME_SHAPE: EntityRule = { id: 'entities/name-shape', type: 'person', strength: 1 };
/** "Maarouf" alone: no cue types it; it may join a full name or an entity typed elsewhere. */
export const UNKNOWN: EntityRule = { id: 'entities/unknown', type: null, strength: 0 };
