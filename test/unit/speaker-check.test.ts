// The named rules that keep junk out of the speaker field, on phrases of our own.
import { describe, expect, it } from 'vitest';
import { speakerProblem } from '../../src/extraction/statements/speaker-check.js';

const text = 'HALDEN — The council met on Friday.\n\nMayor Iris Dunmore spoke.';
const check = (name: string, kind: Parameters<typeof speakerProblem>[0]['kind'] = null) => speakerProblem({ name, kind, text });

describe('speakerProblem', () => {
  it.each([
    ['to', 'function-word'],
    ['in a later interview', 'function-word'],
    ['minimized -', 'fragment-punctuation'],
    ['recalling a false claim', 'verb-first'],
    ['He was given a passport', 'pronoun-clause'],
    ['they', 'bare-pronoun'],
    ["didn't want to be named", 'negation'],
    ['Nearly nine out of', 'open-ending'],
    ['several', 'lone-word-not-a-speaker'],
    ['Friday', 'time'],
    ['HALDEN', 'dateline'],
    ["I'm", 'pronoun-clause'],
    ['Democratic', 'adjective-alone'],
    ['Labour-leaning Halden', 'adjective-alone'],
    ['SUMMARY', 'heading'],
    ['52 percent', 'bare-figure'],
    ['despite the rain most fans', 'function-word'],
    ['asking him to stay', 'verb-first'],
    ['talking proudly of his sons', 'verb-first'],
    ['COUNCIL BACKS HARBOUR PLAN', 'headline-in-capitals'],
    ['his plan', 'description-without-a-speaker'],
    ['the first meeting', 'description-without-a-speaker'],
    ['Sure', 'sentence-adverb'],
    ['mounting repair bills', 'verb-first'],
    ['a large', 'open-ending'],
    ['sweeping coastal storms', 'verb-first'],
    ['Indeed', 'sentence-adverb'],
    ['chants', 'lone-word-not-a-speaker'],
    ['a wink to the hosts', 'description-headed-by-no-one'],
    ['the end of the long talks', 'description-headed-by-no-one'],
  ])('"%s" is refused by %s', (name, rule) => {
    expect(check(name)).toBe(rule);
  });

  it('a place does not speak; a country does', () => {
    expect(check('Halden', 'PLACE')).toBe('place');
    expect(check('Norway', 'COUNTRY')).toBeNull();
  });

  it.each(['Iris Dunmore', 'Nia Small', 'Ann Long', 'the memo', 'his lawyer', 'the shipping firm', 'two lawmakers', '52 percent of voters', 'analysts', 'a senior official', 'witness', 'the Ministry of Transport', 'NATO', 'Reuters', 'tenants', 'a spokesman for the mayor', 'the head of the harbour board', 'a group of tenants', 'the employees of the mill'])('"%s" can speak', (name) => {
    expect(check(name)).toBeNull();
  });
});
