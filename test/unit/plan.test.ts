// The pure part of addStory: validation and offsets.
import { describe, expect, it } from 'vitest';
import { canonicalUrl, planStory } from '../../src/modules/ingestion/plan.js';
import { nameKey } from '../../src/modules/entities/names.js';

const body = 'The mayor said the bridge will open. "It is safe," she said. The mayor said the bridge will open.';

describe('planStory', () => {
  it('finds the offsets of every span; a repeated span takes the next occurrence', () => {
    const text = 'the bridge will open';
    const { plan } = planStory({
      url: 'https://example.com/a#top',
      title: 'Bridge',
      body,
      statements: [
        { text, speaker: 'The mayor', kind: 'INDIRECT' },
        { text, speaker: 'The mayor', kind: 'INDIRECT' },
      ],
    });
    expect(plan!.statements.map((s) => body.slice(s.start, s.end))).toEqual([text, text]);
    expect(plan!.statements[0].start).toBeLessThan(plan!.statements[1].start);
    expect(plan!.url).toBe('https://example.com/a');
  });

  it('lists every problem with its path and plans nothing', () => {
    const result = planStory({
      url: 'ftp://example.com',
      title: ' ',
      body,
      language: 'english',
      statements: [{ text: 'not in the story', speaker: '', kind: 'DIRECT' }],
      agreements: [{ title: 'Deal', parties: ['China', 'china'], status: 'SIGNED' }],
    });
    expect(result.plan).toBeNull();
    expect(result.issues.map((issue) => issue.path.join('.'))).toEqual([
      'input.url',
      'input.title',
      'input.language',
      'input.statements.0.speaker',
      'input.statements.0.text',
      'input.agreements.0.parties',
    ]);
  });

  it('gives the same fingerprint to the same story, another to a changed one', () => {
    const story = { url: 'https://example.com/a', title: 'Bridge', body };
    expect(planStory(story).plan!.fingerprint).toBe(planStory({ ...story }).plan!.fingerprint);
    expect(planStory(story).plan!.fingerprint).not.toBe(planStory({ ...story, body: `${body} More.` }).plan!.fingerprint);
  });
});

describe('names', () => {
  it('folds spellings of one name to one key', () => {
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('The Telegraph')).toBe(nameKey('telegraph'));
    expect(nameKey('Xi  Jinping')).toBe('xi jinping');
    expect(nameKey('São Paulo')).toBe('sao paulo');
  });

  it('canonicalises URLs and refuses what is not http(s)', () => {
    expect(canonicalUrl('https://Example.com/story?utm_source=x&id=2#c')).toBe('https://example.com/story?id=2');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
