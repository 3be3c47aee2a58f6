// `npm run setup` runs npm on a Node that satisfies engines: on one that already does (as the tests'
// own Node does), that Node itself, with nothing fetched, and the arguments given in place of `install`.
// The other path, fetching Node 24 into .node/ under an older Node, is what CI takes from its clean clone.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run setup', () => {
  it('runs the npm command it is given on the running Node when that is new enough', () => {
    const result = spawnSync(process.execPath, ['scripts/setup.mjs', '--version'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status, result.stderr).toBe(0);
    const [announce, npmVersion] = result.stdout.trim().split('\n');
    expect(announce).toBe(`setup: npm --version on Node ${process.version} (${process.execPath})`);
    expect(npmVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.stdout).not.toContain('fetching');
  });
});
