// Story text in, findings out: pure, deterministic, no I/O.
import type { Extraction, StoryText } from './types.js';

export const EXTRACTOR_VERSION = 'rules-0.1.0';

export function extractStory(story: StoryText): Extraction {
  void story;
  return { version: EXTRACTOR_VERSION, entities: [], statements: [], statistics: [], agreements: [], topics: [] };
}

export type * from './types.js';
