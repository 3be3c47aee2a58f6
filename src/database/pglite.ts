// The embedded default: PostgreSQL compiled to WebAssembly, in this process, persisted in a folder.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, DatabaseOptions, SqlSession } from './types.js';

async function exists(dir: string) {
  return stat(dir).then(
    () => true,
    () => false,
  );
}

/**
 * A process killed while PGlite initialises a new directory leaves it unopenable, so a new data
 * directory is initialised beside its final place and renamed into it only once complete.
 */
async function openDataDir(dataDir: string): Promise<PGlite> {
  if (!(await exists(dataDir))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    const staging = `${dataDir}.init-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    const fresh = await PGlite.create(staging);
    await fresh.close();
    await rename(staging, dataDir);
  }
  return PGlite.create(dataDir);
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt
 * it. A lock file beside the directory names the owner; a lock left by a dead process is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  await mkdir(path.dirname(dataDir), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(lockFile, 'utf8').catch(() => ''));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new Error(`DATA_DIR ${dataDir} is in use by process ${owner}; one Newsgraph process per PGlite directory.`);
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock DATA_DIR ${dataDir}`);
}

/** A `dataDir` of `memory://` keeps everything in memory (tests). */
export async function openPglite(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? async () => {} : await lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = inMemory ? await PGlite.create(dataDir) : await openDataDir(dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  const prisma = new PrismaClient({
    adapter: new PrismaPGlite(pglite),
    log: options.logQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
  const session: SqlSession = {
    async query<Row>(sql: string, params?: unknown[]) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await pglite.exec(sql);
    },
  };
  return {
    engine: 'pglite',
    prisma,
    // One process owns a PGlite directory, so the process itself is the lock.
    withMigrationLock: (work) => work(session),
    async ping() {
      await pglite.query('SELECT 1');
    },
    async close() {
      if (pglite.closed) return; // closing twice (app, then test teardown) is harmless
      await prisma.$disconnect();
      await pglite.close();
      await unlock();
    },
  };
}
