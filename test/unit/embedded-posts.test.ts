// Markup a web page left in a story, and the posts it embeds: tags and links are no prose (no names,
// numbers or quotations come from them), and an embedded post is its author's statement.
// Stories written for these tests (never corpus text).
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
import { layOut, maskMarkup } from '../../src/extraction/text.js';

const signed = [
  'Senator Mara Quell criticised the ruling on Tuesday.',
  '<tweet id="812345678901" author="@SenMaraQuell" datetime="2016-05-02">We will not back down on this. Every family deserves clean water. pic.twitter.com/Ab12Cd — Mara Quell (@SenMaraQuell) May 2, 2016</tweet>.',
  'Her office said a bill would follow.',
].join('\n\n');

const unsigned = [
  'Candidates reacted quickly to the flooding in Port Ellery.',
  '<tweet pic="" author="JonasBrandtNY" timestamp="1449075600" tweet_id="672137288055398401">Our thoughts are with everyone in Port Ellery tonight. https://t.co/xY12 </tweet>.',
  '<tweet pic="" author="realOttoVance" timestamp="1449075601" tweet_id="672137288055398402">Terrible scenes. Stay safe and listen to the rescue teams.</tweet>.',
  'Otto Vance later visited the town.',
].join('\n\n');

describe('markup and links are no prose', () => {
  it('masks tags, links and a signature handle with spaces, keeping every offset', () => {
    const text = 'See <a href="https://example.org/x">the report</a> at www.example.org/y (@AnnVale) now.';
    const masked = maskMarkup(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/href|example|@AnnVale|<|>/);
    expect(masked).toContain('the report');
    expect(masked.indexOf('the report')).toBe(text.indexOf('the report'));
  });

  it('leaves a story without markup as it is', () => {
    const text = 'Profits rose 5% to £2m, Ms Hale said. "It was a good year," she added.';
    expect(maskMarkup(text)).toBe(text);
    expect(layOut(text).source).toBe(text);
  });

  it('finds no entity, statistic or quotation in tag attributes, ids or links', () => {
    const found = extractStory({ body: unsigned });
    const names = found.entities.map((entity) => entity.name);
    expect(names.some((name) => /JonasBrandtNY|realOttoVance|xY12|tweet/i.test(name))).toBe(false);
    expect(found.statistics.map((statistic) => statistic.value)).not.toContain(1449075600);
    expect(found.statements.some((statement) => /author=|tweet_id/.test(statement.text))).toBe(false);
  });
});

describe('an embedded post is its author\'s statement', () => {
  it('takes the signature\'s display name, and leaves the signature and links out of the words', () => {
    const post = extractStory({ body: signed }).statements.find((statement) => statement.rule === 'embed.post');
    expect(post).toMatchObject({ kind: 'DIRECT', speaker: 'Mara Quell', text: 'We will not back down on this. Every family deserves clean water.' });
    expect(signed.slice(post!.start, post!.end)).toBe(post!.text);
  });

  it('without a signature, reads the handle: a title, "real" or a state code around the name are no part of it', () => {
    const posts = extractStory({ body: unsigned }).statements.filter((statement) => statement.rule === 'embed.post');
    expect(posts.map((post) => post.speaker)).toEqual(['Jonas Brandt', 'Otto Vance']);
    expect(posts[0]!.text).toBe('Our thoughts are with everyone in Port Ellery tonight.');
  });

  it('a link at the end of a sentence keeps its full stop: the next sentence is one of its own', () => {
    const body = 'Read the report at www.example.org/report. The minister said the plan was working.';
    expect(extractStory({ body }).statements[0]).toMatchObject({ speaker: 'minister', text: 'the plan was working' });
  });

  it('reads the name after the last dash of a signature, and skips a tag never closed', () => {
    const body = 'Sales fell.\n\n<tweet author="@AnnHolt">Prices - up again - Ann Holt (@AnnHolt) May 2, 2016</tweet>\n\n<tweet author="@x">Never closed, this one goes on.';
    const posts = extractStory({ body }).statements.filter((statement) => statement.rule === 'embed.post');
    expect(posts.map((post) => [post.speaker, post.text])).toEqual([['Ann Holt', 'Prices - up again']]);
  });

  it('a handle that spells no name stays the handle', () => {
    const body = 'Witnesses posted as it happened.\n\n<tweet author="@k9_watch22" id="1">Sirens everywhere on the east side right now.</tweet>';
    expect(extractStory({ body }).statements.find((statement) => statement.rule === 'embed.post')?.speaker).toBe('@k9_watch22');
  });
});
