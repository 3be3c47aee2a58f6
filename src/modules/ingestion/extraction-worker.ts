// Runs in a worker thread of the extraction pool (extraction-pool.ts): story text in, findings out.
import { extractStory, type StoryText } from '../../extraction/index.js';

export default function extract(story: StoryText) {
  return extractStory(story);
}
