// What `npm start` runs once NODE_ENV is settled (main.ts): configuration from the environment, then
// serve until SIGTERM/SIGINT.
import { loadConfig } from '../config.js';
import { explainStartupError } from '../database/startup-errors.js';
import { loadDemoStories } from '../demo/demo-stories.js';
import { logger } from '../logger.js';
import { createApp } from './app.js';
import { startWatchdog } from './watchdog.js';

const config = loadConfig();
const watchdog = startWatchdog(config.eventLoopStallLimitMs);
const app = await createApp(config).catch((error: unknown) => {
  // A database that is not there is the user's to fix: one line saying how, no stack trace.
  const explained = explainStartupError(error, config.databaseUrl);
  if (!explained) throw error;
  logger.fatal(explained);
  process.exit(1);
});
// Before listening, so that the first page a visitor opens already shows a graph.
await loadDemoStories(app.ingestion, config, logger);
const url = await app.start();
logger.info(
  { url, node: process.version, database: config.databaseUrl ? 'postgresql' : `pglite:${config.dataDir}`, writes: config.apiTokens.length > 0 },
  `Newsgraph is serving GraphQL (and GraphiQL in a browser) at ${url}`,
);
if (!config.apiTokens.length) logger.warn('API_TOKENS is empty: every write will be refused.');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    Promise.all([app.stop(), watchdog.stop()]).then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
