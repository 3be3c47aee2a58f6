// The pure part of addStory's extraction step: which findings the extractor contributes, which the
// client's annotation replaces, the provenance they carry and the fingerprint that covers them.
// The extractions here are written by hand (the shape of src/extraction's contract), so these
// tests do not depend on what the extractor's rules find today.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extraction/index.js';
import { extractFindings, withExtraction } from '../../src/modules/ingestion/extraction.js';
import { planStory, type StoryInput } from '../../src/modules/ingestion/plan.js';

const body =
  'Mayor Ana Ruiz said the bridge would reopen in May. Traffic fell 12 percent in 2024, the city said. ' +
  'Belmar and Dunmore signed a river pact. According to the Coastal Times, Ruiz added that tolls would stay.';
const story: StoryInput = { url: 'https://example.com/bridge', title: 'Bridge to reopen', body };

const span = (text: string) => {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { text, start, end: start + text.length };
};

function extraction(version = 'rules-test'): Extraction {
  return {
    version,
    entities: [
      { name: 'Ana Ruiz', kind: 'PERSON', title: 'Mayor', aliases: ['Ruiz'] },
      { name: 'Belmar', kind: 'OTHER', title: null, aliases: [] },
      { name: 'Dunmore', kind: 'PLACE', title: null, aliases: [] },
    ],
    statements: [
      { ...span('the bridge would reopen in May'), kind: 'INDIRECT', speaker: 'Ana Ruiz', via: null, cue: 'said', rule: 'speech.that-clause', confidence: 0.9 },
      { ...span('tolls would stay'), kind: 'INDIRECT', speaker: 'Ruiz', via: 'the Coastal Times.', cue: 'added', rule: 'speech.that-clause', confidence: 0.8 },
      { ...span('Traffic fell 12 percent in 2024'), kind: 'INDIRECT', speaker: 'he', via: null, cue: 'said', rule: 'speech.clause', confidence: 0.5 },
      // Breaks the contract (offsets do not point at the text): dropped.
      { text: 'nowhere', start: 0, end: 7, kind: 'DIRECT', speaker: null, via: null, cue: 'quote', rule: 'quote.uncued', confidence: 0.4 },
    ],
    statistics: [
      { ...span('fell 12 percent in 2024'), value: 12, valueMax: null, qualifier: null, unit: 'percent', label: 'traffic', subject: null, context: 'Traffic fell 12 percent in 2024.', direction: 'DECREASE', baselineYear: 2024, baselineValue: null, rule: 'number.digits+percent.word', cue: 'fell', confidence: 0.8 },
    ],
    agreements: [
      { ...span('Belmar and Dunmore signed a river pact'), title: 'River pact', parties: ['Belmar', 'Dunmore'], status: 'SIGNED', topic: 'rivers', confidence: 0.7, rule: 'noun.sign-verb' },
      // One party only: not an agreement between parties, dropped.
      { ...span('signed a river pact'), title: 'Pact', parties: ['Belmar', 'belmar'], status: 'SIGNED', topic: null, confidence: 0.3, rule: 'noun.sign-verb' },
      // One body of many members, by a rule that finds such bodies: kept.
      { ...span('a river pact'), title: 'River pact', parties: ['Belmar'], status: 'SIGNED', topic: null, confidence: 0.5, rule: 'noun.sign-verb+collective' },
    ],
    topics: ['transport', ' '],
  };
}

const plan = (input: StoryInput = story) => planStory(input).plan!;

describe('withExtraction', () => {
  it('adds the extracted findings with their provenance when the client annotates nothing', () => {
    const merged = withExtraction(plan(), extraction());
    expect(merged.statements).toEqual([
      expect.objectContaining({ text: 'the bridge would reopen in May', speaker: 'Ana Ruiz', via: null, cue: 'said', confidence: 0.9, extractorVersion: 'rules-test' }),
      expect.objectContaining({ text: 'tolls would stay', speaker: 'Ruiz', via: 'Coastal Times', cue: 'added' }),
      // A pronoun the extractor could not resolve is no speaker.
      expect.objectContaining({ text: 'Traffic fell 12 percent in 2024', speaker: null }),
    ]);
    expect(merged.statistics).toEqual([
      expect.objectContaining({ value: 12, direction: 'DECREASE', baselineYear: 2024, cue: 'fell', confidence: 0.8, extractorVersion: 'rules-test', subject: null }),
    ]);
    expect(merged.agreements).toEqual([
      expect.objectContaining({ title: 'River pact', parties: ['Belmar', 'Dunmore'], status: 'SIGNED', topic: 'rivers', span: { start: span('Belmar and Dunmore signed a river pact').start, end: span('Belmar and Dunmore signed a river pact').end } }),
      expect.objectContaining({ parties: ['Belmar'], rule: 'noun.sign-verb+collective' }),
    ]);
    expect(merged.topics).toEqual(['transport']);
    expect(merged.entities).toEqual([
      { name: 'Ana Ruiz', kind: 'PERSON', title: 'Mayor', aliases: ['Ruiz'] },
      { name: 'Belmar', kind: 'OTHER', title: null, aliases: [] },
      { name: 'Dunmore', kind: 'PLACE', title: null, aliases: [] },
    ]);
  });

  it('lets each annotated part (even an empty list) replace the extracted one; entities merge, the annotation winning', () => {
    const annotated = plan({
      ...story,
      topics: [],
      statements: [],
      entities: [{ name: 'Ruiz', kind: 'PERSON', title: 'Mayor of Belmar' }, { name: 'Belmar', kind: 'PLACE' }],
    });
    const merged = withExtraction(annotated, extraction());
    expect(merged.statements).toEqual([]);
    expect(merged.topics).toEqual([]);
    expect(merged.statistics).toHaveLength(1);
    expect(merged.agreements).toHaveLength(2);
    expect(merged.entities).toEqual([
      { name: 'Ruiz', kind: 'PERSON', title: 'Mayor of Belmar', aliases: ['Ana Ruiz'] },
      { name: 'Belmar', kind: 'PLACE', aliases: [] },
      { name: 'Dunmore', kind: 'PLACE', title: null, aliases: [] },
    ]);
  });

  it('keeps annotated statements with null provenance', () => {
    const annotated = plan({ ...story, statements: [{ text: 'tolls would stay', speaker: 'Ruiz', kind: 'INDIRECT' }] });
    expect(withExtraction(annotated, extraction()).statements).toEqual([
      expect.objectContaining({ text: 'tolls would stay', cue: null, confidence: null, extractorVersion: null }),
    ]);
  });

  it('fingerprints the story with the extractor: same version same print, a new version another', () => {
    const first = withExtraction(plan(), extraction('rules-1')).fingerprint;
    expect(withExtraction(plan(), extraction('rules-1')).fingerprint).toBe(first);
    expect(withExtraction(plan(), extraction('rules-2')).fingerprint).not.toBe(first);
    expect(withExtraction(plan(), null).fingerprint).not.toBe(first);
    expect(withExtraction(plan({ ...story, body: `${body} More.` }), extraction('rules-1')).fingerprint).not.toBe(first);
  });
});

describe('extractFindings', () => {
  const logged: { object: object; message: string }[] = [];
  const log = { error: (object: object, message: string) => logged.push({ object, message }), warn: () => {} };

  it('runs the real extractor on the body', () => {
    const found = extractFindings(plan(), undefined, log);
    expect(found?.version).toEqual(expect.any(String));
    for (const statement of found!.statements) expect(body.slice(statement.start, statement.end)).toBe(statement.text);
  });

  it('logs an extractor that throws and answers null, so the story is stored without extracted findings', () => {
    const failing = () => {
      throw new Error('rules exploded');
    };
    const annotated = plan({ ...story, statements: [{ text: 'tolls would stay', speaker: 'Ruiz', kind: 'INDIRECT' }] });
    expect(extractFindings(annotated, failing, log)).toBeNull();
    expect(logged).toEqual([{ object: expect.objectContaining({ url: story.url, err: expect.any(Error) }), message: expect.stringContaining('extraction failed') }]);
    const merged = withExtraction(annotated, null);
    expect(merged.statements.map((statement) => statement.text)).toEqual(['tolls would stay']);
    expect(merged.statistics).toEqual([]);
  });

  it('leaves stories in other languages to annotations (the rules are English)', () => {
    const extract = () => extraction();
    expect(extractFindings(plan({ ...story, language: 'de' }), extract, log)).toBeNull();
    expect(extractFindings(plan(), extract, log)).not.toBeNull();
  });

  it('gives the title to the extractor only when the body does not open with it', () => {
    const seen: (string | null | undefined)[] = [];
    const extract = (text: { title?: string | null }) => (seen.push(text.title), extraction());
    extractFindings(plan(), extract, log);
    extractFindings(plan({ ...story, body: `${story.title}\n${body}` }), extract, log);
    expect(seen).toEqual([story.title, null]);
  });
});
