// Every statistic extracted from every story of ../shared/corpus (all folders, read in place, never
// copied) has a label a reader understands: never a single word, a name alone or function words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../scripts/gold.js';
import { extractStory } from '../../src/extraction/index.js';

function storyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return storyFiles(file);
    return name.endsWith('.txt') ? [file] : [];
  });
}

const FUNCTION_WORDS = new Set(
  'a an the of in on at to from for by with and or but nor so as if than that this these those it its he she they we i you only just also even still about around some many more most less very not no'.split(' '),
);
/** Words that join the parts of a name ("Bank of England", "Standard & Poor"). */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'von', 'van', '&']);

/** What is wrong with a label, or null. */
function labelProblem(label: string): string | null {
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length < 2) return 'a single word';
  if (words.every((word) => FUNCTION_WORDS.has(word.toLowerCase()))) return 'function words only';
  if (words.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_JOINERS.has(word))) return 'a name alone';
  return null;
}

describe('statistic labels on the whole corpus', () => {
  it('the label check itself tells names, single words and function words from noun phrases', () => {
    expect(labelProblem('Trump')).toBe('a single word');
    expect(labelProblem('only')).toBe('a single word');
    expect(labelProblem('Standard Chartered')).toBe('a name alone');
    expect(labelProblem('Bank of England')).toBe('a name alone');
    expect(labelProblem('just about')).toBe('function words only');
    expect(labelProblem('unemployment rate in Germany')).toBeNull();
    expect(labelProblem('percentage for Osric Vell')).toBeNull();
  });

  it('gives every extracted statistic a readable label', () => {
    const files = storyFiles(corpusDir);
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    let statistics = 0;
    for (const file of files) {
      for (const statistic of extractStory({ body: readFileSync(file, 'utf8') }).statistics) {
        statistics++;
        const problem = labelProblem(statistic.label);
        if (problem) problems.push(`${path.relative(corpusDir, file)}: "${statistic.label}" is ${problem} (${statistic.rule})`);
      }
    }
    expect(statistics).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
