import type { ExtractOptions, KnownMeta, Sentence, Span } from '../../model.js';
import type { ResolvedMeta } from '../context.js';

/**
 * Settles title, outlet, publication date, dateline and language from what the container said
 * (`known`), the options, and the text itself. Placeholder: takes `known` and the options only.
 */
export function readMetadata(text: string, paragraphs: Span[], _sentences: Sentence[], known: KnownMeta, options: ExtractOptions): ResolvedMeta {
  const first = paragraphs[0];
  const published = known.published ?? options.published ?? null;
  return {
    title: known.title ?? (first ? text.slice(first.start, first.end).split('\n')[0]!.trim() : null),
    outlet: known.outlet ?? null,
    published,
    publishedBy: known.published ? 'meta/known' : options.published ? 'options/published' : null,
    publishedPartial: null,
    dateline: known.dateline ?? null,
    datelineSpan: null,
    language: known.language ?? 'en',
  };
}
