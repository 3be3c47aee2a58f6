// More general ways news reports agreements (issue 16, second pass), on invented sentences: each case is a form of
// English, read by a named rule of src/extraction/agreements/, through the whole extractor.
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
import type { ExtractedAgreement } from '../../src/extraction/types.js';

const agreementsOf = (body: string): ExtractedAgreement[] => extractStory({ title: null, body }).agreements;

/** The one agreement of `body`, with its parties in any order. */
function only(body: string): ExtractedAgreement & { sides: string[] } {
  const agreements = agreementsOf(body);
  expect(agreements).toHaveLength(1);
  return { ...agreements[0]!, sides: [...agreements[0]!.parties].sort() };
}

describe('the noun phrase of a deal', () => {
  it('reads modifiers listed with a comma (noun.listed-modifiers)', () => {
    expect(only('Cordell Bank has signed a three-year, £4.5m deal with Harwell Trust.')).toMatchObject({ status: 'SIGNED', sides: ['Cordell Bank', 'Harwell Trust'] });
  });

  it('reads the other side in apposition after its description (party.described-apposition)', () => {
    const body = 'Brigham Foods has 200 shops. It signed a sponsorship deal with the organisers, Harwell Cycling Trust.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Brigham Foods', 'Harwell Cycling Trust'] });
  });
});

describe('the first side, named before', () => {
  it('gives a gerund after a comma the subject of the clause before it (noun.participle-clause)', () => {
    expect(only('Elsewhere, Brigham Foods renewed its sponsorship of the race, signing a three-year deal with Harwell Cycling Trust.')).toMatchObject({ status: 'SIGNED', sides: ['Brigham Foods', 'Harwell Cycling Trust'] });
  });

  it('reads "the company", "the grocer" as the firm the story is about (noun.firm-reference-with, party.firm-reference)', () => {
    const body = 'Brigham Foods said sales rose. Brigham Foods has 200 shops. Analysts at Corvel Markets were pleased. Elsewhere, the grocer has signed a three-year deal with Harwell Cycling Trust.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Brigham Foods', 'Harwell Cycling Trust'] });
  });

  it('keeps the "\'s" of a firm the story never writes without it (party.possessive-name)', () => {
    const body = "Penrick's has reported a fall in profits. Shares in Penrick's fell 5%. Penrick's said it had signed a supply deal with Orland Dairies.";
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Orland Dairies', "Penrick's"] });
  });
});
