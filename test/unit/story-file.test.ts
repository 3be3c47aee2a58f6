// The story file format of `npm run ingest` (scripts/ingest/story-file.ts).
import { describe, expect, it } from 'vitest';
import { isStoryFile, parsePublishedAt, parseStoryFile, slugOfPath, StoryFileError, urlForPath } from '../../scripts/ingest/story-file.js';

const at = (relativePath: string) => ({ relativePath });

function problemsOf(text: string, relativePath = 'story.txt'): string[] {
  try {
    parseStoryFile(text, at(relativePath));
  } catch (error) {
    expect(error).toBeInstanceOf(StoryFileError);
    return (error as StoryFileError).problems;
  }
  throw new Error('expected a StoryFileError');
}

describe('front matter', () => {
  it('reads every known key and the body after it', () => {
    const story = parseStoryFile(
      [
        '---',
        'title: Harbour reopens after the storm',
        'url: https://example.org/harbour',
        'source: "The Coastal Ledger"',
        'publishedAt: 2024-03-05T14:30:00+01:00',
        'language: en',
        'topics: ports, weather , Ports,',
        '---',
        '',
        'The harbour reopened on Friday, the port authority said.',
        '',
        'Ferries will run again from Monday.',
        '',
      ].join('\n'),
      { relativePath: 'coast/harbour.md', defaultSource: 'Ignored Default' },
    );
    expect(story).toEqual({
      url: 'https://example.org/harbour',
      title: 'Harbour reopens after the storm',
      body: 'The harbour reopened on Friday, the port authority said.\n\nFerries will run again from Monday.',
      source: 'The Coastal Ledger',
      publishedAt: '2024-03-05T13:30:00.000Z',
      language: 'en',
      topics: ['ports', 'weather'],
    });
  });

  it('takes the title from the first line when the front matter has none, and defaults the rest', () => {
    const story = parseStoryFile('---\ntopics: [budget, "city council"]\n---\nCouncil passes budget\n\nThe council voted 7 to 2.\n', {
      relativePath: 'city/Council Budget.txt',
      defaultSource: 'Town Crier',
      baseUrl: 'https://news.example/stories',
    });
    expect(story).toEqual({
      url: 'https://news.example/stories/city/council-budget',
      title: 'Council passes budget',
      body: 'The council voted 7 to 2.',
      source: 'Town Crier',
      topics: ['budget', 'city council'],
    });
  });

  it('accepts a plain date as midnight UTC and refuses what is not a date', () => {
    expect(parsePublishedAt('2024-03-05')).toBe('2024-03-05T00:00:00.000Z');
    expect(parsePublishedAt('2024-03-05 09:15Z')).toBe('2024-03-05T09:15:00.000Z');
    expect(parsePublishedAt('2024-02-30')).toBeNull();
    expect(parsePublishedAt('2024-03-05T09:15')).toBeNull(); // no zone: ambiguous
    expect(parsePublishedAt('last Tuesday')).toBeNull();
    expect(problemsOf('---\ntitle: T\npublishedAt: 5 March\n---\nBody.')).toEqual([
      'publishedAt "5 March" is not a date: write 2024-03-05 or 2024-03-05T14:30:00Z',
    ]);
  });

  it('refuses unknown and repeated keys, lines that are not key: value, and an unclosed block', () => {
    expect(problemsOf('---\ntitle: A\nauthor: B\ntitle: C\njust words\n---\nBody.')).toEqual([
      'line 3: unknown front matter key "author" (known: title, url, source, publishedAt, language, topics)',
      'line 4: "title" is given twice',
      'line 5: expected "key: value" in the front matter, got "just words"',
    ]);
    expect(problemsOf('---\ntitle: A\n\nBody without a closing line.')).toEqual([
      'the front matter opened by "---" on line 1 is never closed by a "---" line',
    ]);
  });
});

describe('without front matter', () => {
  it('uses the first non-empty line as the title and the rest as the body', () => {
    const story = parseStoryFile('\n\n  Mill closes after 90 years  \n\nThe mill shut its doors on Monday.\nAll 40 staff were kept on.\n', at('mill.txt'));
    expect(story).toEqual({
      url: 'https://stories.newsgraph.local/mill',
      title: 'Mill closes after 90 years',
      body: 'The mill shut its doors on Monday.\nAll 40 staff were kept on.',
    });
  });

  it('reads CRLF and CR line ends and a byte-order mark as plain lines', () => {
    const story = parseStoryFile('\uFEFF---\r\ntitle: Rail strike ends\r\ntopics: rail\r\n---\r\nTrains run again.\r\n\r\nUnions agreed.\r\n', at('rail.txt'));
    expect(story).toMatchObject({ title: 'Rail strike ends', body: 'Trains run again.\n\nUnions agreed.', topics: ['rail'] });
    expect(parseStoryFile('Title\r\rBody\r', at('old-mac.txt'))).toMatchObject({ title: 'Title', body: 'Body' });
  });

  it('drops the heading marks of a Markdown title line, in .md files only', () => {
    expect(parseStoryFile('# Library extends hours\n\nOpen until 9 pm.', at('library.md')).title).toBe('Library extends hours');
    expect(parseStoryFile('# Library extends hours\n\nOpen until 9 pm.', at('library.txt')).title).toBe('# Library extends hours');
  });

  it('refuses an empty file and a title-only file with a clear reason', () => {
    expect(problemsOf('')).toEqual(['the file is empty']);
    expect(problemsOf(' \n\r\n\t\n')).toEqual(['the file is empty']);
    expect(problemsOf('Just a headline\n\n')).toEqual(['no body: nothing follows the title']);
    expect(problemsOf('---\ntitle: Only a title\n---\n')).toEqual(['no body: nothing follows the title']);
    expect(problemsOf('---\nsource: Somewhere\n---\n\n')).toEqual(['no title: give a "title:" line or make the first non-empty line the title']);
  });
});

describe('urls from file names', () => {
  it('slugs the relative path, keeping folders and letters of any script', () => {
    expect(slugOfPath('world/Élections 2024 — Results.md')).toBe('world/elections-2024-results');
    expect(slugOfPath('asia\\東京 news.txt')).toBe('asia/東京-news');
    expect(urlForPath('a/B c.txt', 'https://x.example/base/')).toBe('https://x.example/base/a/b-c');
    expect(urlForPath('story.txt')).toBe('https://stories.newsgraph.local/story');
  });

  it('is the same for the same file every time, and needs a name to work with', () => {
    expect(parseStoryFile('T\n\nB', at('dir/one.txt')).url).toBe(parseStoryFile('Other\n\nText', at('dir/one.txt')).url);
    expect(problemsOf('T\n\nB', '!!!.txt')).toEqual(['cannot derive a URL from the file name "!!!.txt": add a url: line']);
  });

  it('knows which files are stories', () => {
    expect(['a.txt', 'b.MD', 'c.md'].map(isStoryFile)).toEqual([true, true, true]);
    expect(['a.gold.json', 'b.json', 'c.txt.bak', 'README'].map(isStoryFile)).toEqual([false, false, false, false]);
  });
});
