// The demo graph: a dozen invented stories (data/demo-stories, our own writing) added at start to a
// database nothing was ever written to, so that a first look in GraphiQL finds statements, speakers,
// statistics and agreements instead of an empty list. They go through the app's ingestion service, as
// `addStory` does (plan, extract in the worker pool, store in one transaction, announce), so what a
// visitor sees is what the extractor makes of raw text.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { parseStoryFile } from '../../scripts/ingest/story-file.js';
import { repoRoot, type Config } from '../config.js';
import type { Ingestion } from '../modules/ingestion/ingestion.js';

export const DEMO_STORIES_DIR = path.join(repoRoot, 'data', 'demo-stories');

/** `auto`: the embedded database only; a PostgreSQL is somebody's real data unless DEMO_DATA=on says otherwise. */
export function wantsDemoData(config: Pick<Config, 'demoData' | 'databaseUrl'>): boolean {
  return config.demoData === 'on' || (config.demoData === 'auto' && !config.databaseUrl);
}

/** Nothing was ever stored: no article, and no change in the log (a graph emptied by hand stays empty). */
async function neverWritten(ingestion: Ingestion): Promise<boolean> {
  const [articles, changes] = await Promise.all([ingestion.prisma.article.count(), ingestion.prisma.changeEvent.count()]);
  return articles === 0 && changes === 0;
}

/** Adds the demo stories when configured and the database is new; resolves to how many were added. */
export async function loadDemoStories(
  ingestion: Ingestion,
  config: Pick<Config, 'demoData' | 'databaseUrl'>,
  logger: Logger,
  dir = DEMO_STORIES_DIR,
): Promise<number> {
  if (!wantsDemoData(config) || !(await neverWritten(ingestion))) return 0;
  const files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  let statements = 0;
  for (const file of files) {
    const { url, title, body, source, language, topics, publishedAt } = parseStoryFile(await readFile(path.join(dir, file), 'utf8'), {
      relativePath: file,
    });
    // Raw text only, as `npm run ingest` sends it; the date as the DateTime scalar hands it to addStory.
    const stored = await ingestion.addStory({ url, title, body, source, language, topics, publishedAt: publishedAt ? new Date(publishedAt) : null });
    statements += stored.newStatements;
  }
  logger.info(
    { stories: files.length, statements },
    `Added ${files.length} invented demo stories to the new database (DEMO_DATA=off skips them)`,
  );
  return files.length;
}
