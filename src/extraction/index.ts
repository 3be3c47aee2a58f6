// Story text in, findings out: pure, deterministic, no I/O. The stages run in order over one
// shared layout of the text: sentences and quotations, named entities, statements and their
// speakers, statistics, agreements, topics.
import { attribute } from './statements/attribute.js';
import { findStatements } from './statements/find.js';
import { dropSentenceInitialWords, EntityRegistry, findMentions } from './entities.js';
import { SpeakerResolver } from './statements/speakers.js';
import { extractStatistics } from './statistics/extract.js';
import { extractAgreements } from './agreements/extract.js';
import { extractTopics, topicsOf } from './topics.js';
import { layOut, type Layout } from './text.js';
import type { Extraction, StoryText } from './types.js';

export const EXTRACTOR_VERSION = 'rules-0.7.0';

export function extractStory(story: StoryText): Extraction {
  const layout = layOut(story.body);
  const common = commonWords(layout);
  const headline = titleCaseSentences(layout);
  const found = layout.sentences.flatMap((sentence, index) => findMentions(sentence, index, (word) => common.has(word)));
  const mentions = dropSentenceInitialWords(found, (index) => headline.has(index));
  const registry = new EntityRegistry(mentions);
  registry.reclassify(mentions, layout.sentences);
  const speakers = new SpeakerResolver(layout, mentions, registry);
  const statements = attribute(layout, findStatements(layout), speakers).map((statement) => ({ ...statement, topics: topicsOf(statement.text) }));
  return {
    version: EXTRACTOR_VERSION,
    entities: registry.toExtracted(),
    statements,
    statistics: extractStatistics(layout, { mentions, registry }),
    agreements: extractAgreements(layout, registry, mentions, story.title),
    topics: extractTopics(layout, story.title),
  };
}

/** Words the story writes in lowercase somewhere: common words, whatever their case elsewhere. */
function commonWords(layout: Layout): Set<string> {
  const words = new Set<string>();
  for (const sentence of layout.sentences) for (const token of sentence.tokens) if (token.word && !token.capitalised) words.add(token.lower);
  return words;
}

/** Sentences written in Title Case (headlines), where capitals say nothing about names. */
function titleCaseSentences(layout: Layout): Set<number> {
  const found = new Set<number>();
  layout.sentences.forEach((sentence, index) => {
    // A headline is a line of its own at the top of the story.
    const paragraph = layout.paragraphs[sentence.paragraph]!;
    if (sentence.paragraph > 1 || sentence.start !== paragraph.start || sentence.end < paragraph.end - 1) return;
    const words = sentence.tokens.filter((token) => token.word && !HEADLINE_SMALL_WORDS.has(token.lower));
    if (words.length >= 3 && words.filter((token) => token.capitalised).length / words.length >= 0.8) found.add(index);
  });
  return found;
}

const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from']);

export type * from './types.js';
