// The extraction threads run at a lower CPU priority than the server's event loop (EXTRACTION_NICE):
// on busy cores, reads are answered first. Linux keeps a nice value per thread (/proc/<pid>/task).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../src/modules/ingestion/extraction-pool.js';

/** The nice value of each of this process's threads, by thread id. */
function threadNice(): Map<string, number> {
  const nice = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      nice.set(tid, Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
    } catch {
      // gone meanwhile
    }
  }
  return nice;
}

describe.runIf(existsSync('/proc/self/task'))('extraction pool priority', () => {
  it('runs its threads niceIncrement below the main thread, which keeps its own priority', async () => {
    const before = threadNice();
    const pool = createExtractionPool(1, 7);
    try {
      await pool.extract({ body: 'The mayor said on Tuesday that the bridge would reopen in May.' });
      const after = threadNice();
      const mainNice = after.get(String(process.pid))!;
      const added = [...after].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
      expect(added).toContain(mainNice + 7);
      expect(mainNice).toBe(before.get(String(process.pid)));
    } finally {
      await pool.close();
    }
  });
});
