// The POS adapter (src/extraction/pos.ts): wink-nlp tags placed on exact character offsets.
// All sentences here are written for the test; none come from the corpus.
import { describe, expect, it } from 'vitest';
import { alignTokens, POS_TAGS, resetPos, tagText, type TaggedText } from '../../src/extraction/pos.js';

/** The tag at the first occurrence of `word` at or after `from`. */
function tagOf(t: TaggedText, word: string, from = 0): string | null {
  const i = t.text.indexOf(word, from);
  if (i < 0) throw new Error(`"${word}" not in text`);
  return t.at(i);
}

/** Tokens are in order, do not overlap, and every character that is not whitespace is covered. */
function expectFullAlignment(t: TaggedText): void {
  const problems: string[] = [];
  let prevEnd = 0;
  for (let k = 0; k < t.count; k++) {
    if (t.starts[k] < prevEnd || t.ends[k] < t.starts[k]) problems.push(`token ${k} at ${t.starts[k]}..${t.ends[k]}`);
    if (t.ends[k] > t.starts[k]) prevEnd = t.ends[k];
  }
  for (let i = 0; i < t.text.length; i++) if (t.at(i) === null && !/\s/.test(t.text[i])) problems.push(`uncovered ${i}:${t.text[i]}`);
  expect(problems.slice(0, 10)).toEqual([]);
}

/** [slice, tag] of every aligned token. */
function pairs(t: TaggedText): [string, string][] {
  const out: [string, string][] = [];
  for (let k = 0; k < t.count; k++) if (t.ends[k] > t.starts[k]) out.push([t.text.slice(t.starts[k], t.ends[k]), POS_TAGS[t.codes[k] - 1]]);
  return out;
}

describe('tagText: offsets', () => {
  it('aligns curly quotes, dashes, non-breaking spaces, mojibake, emoji and contractions exactly', () => {
    const text =
      '“We don’t know yet,” the mayor said\u00a0on Friday — and she can\'t say more.\n\n' +
      "''It won't happen,'' Mr. O’Neill told reporters… Prices rose 5\u202f% to £4.6bn. " +
      'The cafÃ© owner, JosÃ© PeÃ±a, wrote 👍🏽 and 👨‍👩‍👧 :) in a post at http://example.com/a?b=c\r\n\tDONE.';
    const t = tagText(text);
    expectFullAlignment(t);
    for (const [slice] of pairs(t)) expect(text.includes(slice)).toBe(true);
    // contractions are split by wink but stay on the original characters
    const dont = text.indexOf('don’t');
    expect(t.at(dont)).toBe('AUX'); // "do"
    expect(t.at(dont + 2)).toBe('PART'); // "n’t"
    expect(t.at(dont + 4)).toBe('PART');
    const cant = text.indexOf("can't");
    expect(t.at(cant)).toBe('AUX'); // "ca"
    expect(t.at(cant + 2)).toBe('PART'); // "n't"
    // words after the tricky bits are still where they belong
    expect(tagOf(t, 'said')).toBe('VERB');
    expect(tagOf(t, 'told')).toBe('VERB');
    expect(tagOf(t, 'wrote')).toBe('VERB');
    expect(tagOf(t, 'O’Neill')).toBe('PROPN');
    expect(tagOf(t, 'DONE')).not.toBeNull();
    expect(tagOf(t, '—')).toBe('PUNCT');
    expect(tagOf(t, '“')).toBe('PUNCT');
    // whitespace is not a word; a newline run is wink's SPACE token
    expect(t.at(text.indexOf('\u00a0'))).toBeNull();
    expect(t.at(text.indexOf('\n\n'))).toBe('SPACE');
    // emoji are surrogate pairs: both halves carry the tag
    const thumb = text.indexOf('👍');
    expect(t.at(thumb)).toBe(t.at(thumb + 1));
    expect(t.at(thumb)).not.toBeNull();
  });

  it('skips whitespace that wink drops (ideographic space, BOM, line separator, long runs)', () => {
    const text = '\ufeffThe minister\u3000said\u2028that  \u2006 it\f was' + ' '.repeat(70_000) + 'over, she said.';
    const t = tagText(text);
    expectFullAlignment(t);
    expect(tagOf(t, 'said')).toBe('VERB');
    expect(tagOf(t, 'over')).not.toBeNull();
    expect(tagOf(t, 'said', text.indexOf('she'))).toBe('VERB');
    expect(t.at(0)).toBeNull(); // the BOM
  });

  it('leaves a token that is not in the text untagged instead of shifting the rest', () => {
    const text = "He said ''yes'' to it.";
    // as if wink had normalised '' into " and invented a token that is nowhere in the text
    const values = ['He', 'said', '"', 'yes', '"', 'ZZZ', 'to', 'it', '.'];
    const tags = ['PRON', 'VERB', 'PUNCT', 'INTJ', 'PUNCT', 'NOUN', 'ADP', 'PRON', 'PUNCT'];
    const t = alignTokens(text, values, tags);
    expect(t.count).toBe(values.length);
    expect(pairs(t)).toEqual([
      ['He', 'PRON'],
      ['said', 'VERB'],
      ['yes', 'INTJ'],
      ['to', 'ADP'],
      ['it', 'PRON'],
      ['.', 'PUNCT'],
    ]);
    expect(t.at(text.indexOf("''"))).toBeNull();
    expect(t.codes[2]).toBe(0);
    expect(t.starts[5]).toBe(t.ends[5]);
  });

  it('does not jump far ahead to a distant copy of a lost token', () => {
    const text = 'Alpha beta ' + 'x '.repeat(100) + 'gamma';
    const t = alignTokens(text, ['Alpha', 'gamma', 'beta'], ['PROPN', 'NOUN', 'NOUN']);
    expect(pairs(t)).toEqual([
      ['Alpha', 'PROPN'],
      ['beta', 'NOUN'],
    ]);
  });

  it('answers null outside the text and for odd offsets', () => {
    const t = tagText('Hi there.');
    expect(t.at(-1)).toBeNull();
    expect(t.at(9)).toBeNull();
    expect(t.at(1.5)).toBeNull();
    expect(t.at(Number.NaN)).toBeNull();
    expect(t.tokenAt(2)).toBe(-1);
    expect(t.tokenAt(4)).toBe(1);
  });
});

describe('tagText: tags', () => {
  it('tags speech verbs, names, pronouns and complementisers', () => {
    const t = tagText(
      'Angela Merkel said that the plan would fail. He told reporters on Monday that the deal was dead. ' +
        'She announced that Acme Corp. would cut 300 jobs. “We will not back down,” said Tom Jones, a spokesman.',
    );
    expect(tagOf(t, 'Angela')).toBe('PROPN');
    expect(tagOf(t, 'Merkel')).toBe('PROPN');
    expect(tagOf(t, 'said')).toBe('VERB');
    expect(tagOf(t, 'that')).toBe('SCONJ');
    expect(tagOf(t, 'He')).toBe('PRON');
    expect(tagOf(t, 'told')).toBe('VERB');
    expect(tagOf(t, 'reporters')).toBe('NOUN');
    expect(tagOf(t, 'Monday')).toBe('PROPN');
    expect(tagOf(t, 'that', t.text.indexOf('Monday'))).toBe('SCONJ');
    expect(tagOf(t, 'She')).toBe('PRON');
    expect(tagOf(t, 'announced')).toBe('VERB');
    expect(tagOf(t, 'Acme')).toBe('PROPN');
    expect(tagOf(t, '300')).toBe('NUM');
    expect(tagOf(t, 'said', t.text.indexOf('“'))).toBe('VERB');
    expect(tagOf(t, 'Tom')).toBe('PROPN');
    expect(tagOf(t, 'Jones')).toBe('PROPN');
    expect(tagOf(t, 'the')).toBe('DET');
    expect(tagOf(t, 'would')).toBe('AUX');
  });

  it('gives lemmas on demand', () => {
    const t = tagText('The senator said he had told the officials.');
    expect(t.lemmaAt(t.text.indexOf('said'))).toBe('say');
    expect(t.lemmaAt(t.text.indexOf('told') + 2)).toBe('tell');
    expect(t.lemmaAt(t.text.indexOf('officials'))).toBe('official');
    expect(t.lemmaAt(3)).toBeNull(); // a space
  });
});

describe('tagText: edge cases', () => {
  it('keeps working across resetPos', () => {
    const before = tagText('The mayor said no.');
    resetPos();
    expect(before.lemmaAt(before.text.indexOf('said'))).toBe('say');
    const after = tagText('The mayor said no.');
    expect(after.at(after.text.indexOf('said'))).toBe('VERB');
  });

  it('handles the empty string', () => {
    const t = tagText('');
    expect(t.count).toBe(0);
    expect(t.at(0)).toBeNull();
    expect(t.tokenAt(0)).toBe(-1);
    expect(t.lemmaAt(0)).toBeNull();
  });

  it('handles whitespace-only text', () => {
    const t = tagText('   \u00a0 ');
    for (let i = 0; i < t.text.length; i++) expect(t.at(i)).toBeNull();
  });

  it('handles a 200 KB text', () => {
    const para = 'The council said on Tuesday that the new bridge, which cost £4.6bn, would open “soon” — maybe. ';
    const text = para.repeat(Math.ceil(200_000 / para.length));
    const t = tagText(text);
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expectFullAlignment(t);
    expect(tagOf(t, 'said', text.length - para.length)).toBe('VERB');
  });

  it('does not throw on Chinese, Arabic and Russian text', () => {
    for (const text of [
      '市长周五表示，新桥将于明年开放。“我们很满意，”她说。',
      'قال رئيس البلدية يوم الجمعة إن الجسر الجديد سيفتح العام المقبل.',
      'Мэр заявил в пятницу, что новый мост откроется в следующем году, — сказала она.',
    ]) {
      const t = tagText(text);
      expect(t.count).toBeGreaterThan(0);
      expectFullAlignment(t);
    }
  });
});
