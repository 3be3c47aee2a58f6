// Structured JSON logs (pino): cheap enough for the hot path, readable with `pino-pretty`.
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
  base: undefined,
});
