// Speakers a story refers to by a description rather than a name: a document someone issued ("the
// statement said"), an organisation described before its name ("the aid agency Relief Without
// Borders"), a person's organisation ("Marsh's union"), the unnamed spokesperson who goes on as "he",
// and a quotation after a colon that a publishing verb introduces. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { statement, statementsOf } from '../helpers/statements.js';

describe('a document speaks for whoever issued it in the sentences before', () => {
  it('"X said in a statement that ... "...," the statement said" is X twice', () => {
    const body = 'Kestrel Rovers sacked their manager on Sunday.\n\nThe club said in a statement that his assistant would take charge. "We thank him for his work," the statement said.';
    expect(statement(body, 'that his assistant would take charge').speaker).toBe('Kestrel Rovers');
    expect(statement(body, '"We thank him for his work,"').speaker).toBe('Kestrel Rovers');
  });

  it('"the letter" with no one issuing a letter before stays as written', () => {
    const body = 'Mayor Ida Flint met the builders on Monday. The letter said the work would stop.';
    expect(statement(body, 'the work would stop').speaker).toBe('letter');
  });
});

describe('an organisation described right before its name', () => {
  it('"the aid agency Relief Without Borders ... The agency urged" is that agency, not the most named one', () => {
    const body =
      'The Marlow government sent troops north. The Marlow government said the roads were open.\n\n' +
      'According to the aid agency Dunford Relief, more than 9,000 people have fled. The agency urged both sides to let convoys through.';
    expect(statement(body, 'let convoys through')).toMatchObject({ speaker: 'Dunford Relief' });
  });

  it('"Campaign group Roof Over Us said ... The group said" at a sentence start', () => {
    const body = 'Harlow Bank lent the council £2m. Harlow Bank said the loan was safe.\n\nCampaign group Open Doors said the plan had failed. The group said the figures were wrong.';
    expect(statement(body, 'the figures were wrong').speaker).toBe('Open Doors');
  });

  it('a verb or a preposition before a name is no description: "told Reuters", "by Halden"', () => {
    const body = 'Halden Mills was bought by Corvan Group in May. The group said the mills would stay open.';
    expect(statement(body, 'the mills would stay open').speaker).toBe('Corvan Group');
  });
});

describe("a person's organisation", () => {
  it('"Marsh\'s union" is the union the story named, not a new "Marsh union"', () => {
    const body = 'The Lakeland Teachers Union has 40,000 members. Its president, Colleen Marsh, said the freeze was unfair.\n\nMarsh\'s union said the vote would go ahead.';
    expect(statement(body, 'the vote would go ahead').speaker).toBe('Lakeland Teachers Union');
  });
});

describe('an unnamed spokesperson who goes on as "he"', () => {
  it('"A spokesman for X said ... He thanked ... and said ..." stays X, not the last person named', () => {
    const body =
      'Harbour Bank closed ten branches, and Ann Lowe, a customer, said she was angry. Tom Greer, a manager, said he was sorry.\n\n' +
      'A spokesman for Harbour Bank said the decision had been hard. He thanked staff and said most of them would move to other branches.';
    expect(statement(body, 'most of them would move to other branches').speaker).toBe('Harbour Bank');
  });
});

describe('a quotation after a colon that a publishing verb introduces', () => {
  it('"The union posted online on Friday: "..."" is the union\'s, not Friday\'s', () => {
    const body = 'The Lakeland Teachers Union called a strike. Ed Vance said it was a mistake.\n\nThe union posted online on Friday: "We will not be silenced."';
    expect(statement(body, '"We will not be silenced."')).toMatchObject({ speaker: 'Lakeland Teachers Union', rule: 'speech.published-colon-quote' });
  });

  it('a day or a month before the colon names nobody: "... on Friday: "...""', () => {
    const body = 'Ed Vance chaired the meeting. The vote came late on Friday: "Save the library."';
    expect(statementsOf(body).map((found) => found.speaker)).not.toContain('Friday');
  });
});
