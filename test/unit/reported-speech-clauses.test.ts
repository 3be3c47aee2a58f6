// Reported clauses in forms that need more than "X said (that) ...": a participle that carries on the
// verb phrase, an aside between a request's object and its infinitive, reported questions, and a
// condition before the reported clause's subject. Sentences written for these tests (never corpus text).
import { describe, expect, it } from 'vitest';
import { statement, statementsOf } from '../helpers/statements.js';

describe('a participle that carries on the verb phrase, without a comma', () => {
  it('after a passive: "was heard telling X to ..." speaks for the passive subject', () => {
    const body = 'Mayor Tessa Brandt was heard telling Councillor Amos Reed to sit down.';
    expect(statement(body, 'Councillor Amos Reed to sit down')).toMatchObject({ speaker: 'Tessa Brandt', rule: 'speech.request.participle' });
  });

  it('after a verb and its adjunct: "was seen on camera urging ..."', () => {
    const body = 'Senator Ilse Varga was seen on camera urging the crowd to go home.';
    expect(statement(body, 'the crowd to go home')).toMatchObject({ speaker: 'Ilse Varga', rule: 'speech.request.participle' });
  });

  it('after a verb and its object: "has started asking voters to ..."', () => {
    const body = 'Governor Pell Anders has lately started asking his donors to give twice.';
    expect(statement(body, 'his donors to give twice')).toMatchObject({ speaker: 'Pell Anders' });
  });

  it('a noun for people before the participle is its own subject, not the clause subject', () => {
    const body = 'Councillor Ruth Amis was re-elected, with a majority of voters saying she had kept her promises.';
    const found = statement(body, 'she had kept her promises');
    expect(found.speaker).not.toBe('Ruth Amis');
  });

  it('an adjective or a noun in -ing is no cue: "a telling remark", "the warning lights"', () => {
    expect(statementsOf('Mr Colm Ode made a telling remark about the budget.')).toEqual([]);
    expect(statementsOf('Engineers checked the warning lights on the dashboard.')).toEqual([]);
  });
});

describe('an aside between a request and its infinitive', () => {
  it.each([
    ['commas', 'Mayor Ines Holt called on all councils, large and small, to publish their waiting lists.'],
    ['dashes', 'Mayor Ines Holt called on all councils - large and small - to publish their waiting lists.'],
  ])('between %s', (_marks, body) => {
    expect(statement(body, 'to publish their waiting lists')).toMatchObject({ speaker: 'Ines Holt', rule: 'speech.request' });
  });
});

describe('reported questions and accounts', () => {
  it.each([
    ['questioned whether', 'Senator Ada Voss questioned whether the bridge could be built on time.', 'whether the bridge could be built'],
    ['wondered if', 'Ms Lorna Keel wondered if the tax would ever be repealed.', 'if the tax would ever be repealed'],
    ['queried how', 'Auditor Femi Lane queried how the grant had been spent.', 'how the grant had been spent'],
    ['described how', 'Captain Rhys Moor described how the water rose through the night.', 'how the water rose'],
  ])('"%s"', (_form, body, part) => {
    expect(statement(body, part)).toMatchObject({ kind: 'INDIRECT', rule: 'speech.question' });
  });

  it('"question", "wonder" and "query" without a question report nothing', () => {
    expect(statementsOf('Minister Ola Grant faced questions about the contract on Tuesday.')).toEqual([]);
    expect(statementsOf('Visitors wondered at the size of the new hall.')).toEqual([]);
    expect(statementsOf('The board questioned the chief executive for two hours.')).toEqual([]);
  });
});

describe('a condition between the cue and the reported clause', () => {
  it('"said, if the vote failed, he would resign"', () => {
    const body = 'Councillor Dev Ames said, if the vote failed, he would resign.';
    expect(statement(body, 'he would resign')).toMatchObject({ speaker: 'Dev Ames', rule: 'speech.clause.after-condition' });
    expect(statement(body, 'he would resign').text).toMatch(/^if the vote failed/);
  });

  it('after a participle: "posted a message saying, unless ..., flights would ..."', () => {
    const body = 'Skyline Air posted a message saying, unless the strike was called off, flights would be cancelled.';
    expect(statement(body, 'flights would be cancelled')).toMatchObject({ speaker: 'Skyline Air' });
  });

  it('a condition clause with no clause after it is no content', () => {
    expect(statementsOf('Ms Noor Bell said, when asked, nothing.').filter((s) => s.rule === 'speech.clause.after-condition')).toEqual([]);
  });
});

describe('a pronoun long after the last speaker', () => {
  it('goes back to the person the story was about, not to one named only as a complement', () => {
    const body = [
      'Mr Anton Vesely joined the navy in 1990 as a young cadet. One of his fellow cadets was Ivan Dorn.',
      'Years later the navy sent him abroad. The posting lasted a decade and ended in a dispute over pay.',
      'But he says he will keep protesting until the dispute is settled.',
    ].join('\n\n');
    expect(statement(body, 'he will keep protesting')).toMatchObject({ speaker: 'Anton Vesely' });
  });
});

describe('a cue in an "as" clause', () => {
  it.each([
    ['said', 'As Ms Lena Ford said, the plan is dead and buried for now.'],
    ['put it', 'As Ms Lena Ford put it, the plan is dead and buried for now.'],
    ['noted, with a time', 'As Ms Lena Ford noted on Monday, the plan is dead and buried for now.'],
  ])('leading: "As X %s, ..."', (_form, body) => {
    expect(statement(body, 'the plan is dead and buried')).toMatchObject({ speaker: 'Lena Ford', rule: 'speech.as-clause.leading' });
  });

  it('trailing: "..., as X put it."', () => {
    const body = 'The plan is dead and buried, as Ms Lena Ford put it last week.';
    expect(statement(body, 'The plan is dead and buried')).toMatchObject({ speaker: 'Lena Ford', rule: 'speech.as-clause.trailing' });
  });

  it('"as" with no speaker and speech verb after it reports nothing', () => {
    expect(statementsOf('As the storm passed, the town began to count the cost.')).toEqual([]);
    expect(statementsOf('As expected, the council approved the plan on Monday.')).toEqual([]);
    expect(statementsOf('As Mr Alan Roe said goodbye, the crowd cheered him.')).toEqual([]);
  });
});
