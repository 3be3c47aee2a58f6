// The whole extraction pipeline on small stories written for these tests (never corpus text):
// each attribution pattern, speakers behind pronouns and short names, quotation styles, and the
// inputs that must not crash it.
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractStory } from '../../src/extraction/index.js';
import { statement, statementsOf } from '../helpers/statements.js';


describe('reported speech', () => {
  it('"X said that ..." keeps the complementiser and drops the final stop', () => {
    const body = 'Mayor Lena Okafor said that the bridge would reopen in March.';
    const found = statement(body, 'the bridge would reopen');
    expect(found).toMatchObject({ kind: 'INDIRECT', speaker: 'Lena Okafor', cue: 'said', text: 'that the bridge would reopen in March' });
  });

  it('"X added that", "X assured investors that", "X told reporters ..." without "that"', () => {
    const body =
      'Acme Motors chief executive Tomas Berg said the factory was safe. He added that no jobs would be lost. ' +
      'Berg also assured investors that the dividend was secure. He told reporters the strike had ended.';
    expect(statement(body, 'no jobs would be lost')).toMatchObject({ kind: 'INDIRECT', speaker: 'Tomas Berg', cue: 'added' });
    expect(statement(body, 'the dividend was secure')).toMatchObject({ speaker: 'Tomas Berg', cue: 'assured' });
    expect(statement(body, 'the strike had ended')).toMatchObject({ speaker: 'Tomas Berg', cue: 'told', text: 'the strike had ended' });
  });

  it('"according to X, ..." and "..., according to X" make X the speaker', () => {
    const body = 'According to the harbour authority, the channel will be dredged next year. The ferry will be late, according to Nadia Perez.';
    expect(statement(body, 'the channel will be dredged')).toMatchObject({ speaker: 'harbour authority', cue: 'according to' });
    expect(statement(body, 'The ferry will be late')).toMatchObject({ speaker: 'Nadia Perez', cue: 'according to', text: 'The ferry will be late' });
  });

  it('a source that relays the statement becomes `via`', () => {
    const body = 'Premier Ana Lindqvist visited the port. According to The Harbour Gazette, Lindqvist said in a speech that taxes would fall.';
    expect(statement(body, 'taxes would fall')).toMatchObject({ speaker: 'Ana Lindqvist', via: 'The Harbour Gazette' });
  });

  it('"a statement saying that" is spoken by whoever issued the statement', () => {
    const body = 'The prison service released a statement saying that two guards had been suspended.';
    expect(statement(body, 'two guards had been suspended')).toMatchObject({ kind: 'INDIRECT', speaker: 'prison service', cue: 'saying' });
  });

  it('unnamed sources stay as written', () => {
    const body = 'Local officials said that the water was safe to drink.';
    expect(statement(body, 'the water was safe')).toMatchObject({ speaker: 'Local officials' });
  });

  it('", he said," in the middle of a paraphrase splits it in two', () => {
    const body = 'Senator Ruth Adeyemi spoke on Monday. Voters who moved house, she said, must register again.';
    const first = statement(body, 'Voters who moved house');
    const second = statement(body, 'must register again');
    expect(first.speaker).toBe('Ruth Adeyemi');
    expect(second.speaker).toBe('Ruth Adeyemi');
    expect(first.end).toBeLessThan(second.start);
  });

  it('"accused X of ...ing" and "vowed to ..." report a charge and a pledge', () => {
    const body = 'Opposition leader Mira Kovac accused the minister of hiding the report. The minister vowed to publish it in full.';
    expect(statement(body, 'hiding the report')).toMatchObject({ kind: 'INDIRECT', speaker: 'Mira Kovac', cue: 'accused', text: 'hiding the report' });
    expect(statement(body, 'publish it in full')).toMatchObject({ kind: 'INDIRECT', cue: 'vowed', text: 'to publish it in full' });
  });

  it('"said that A, and that B" gives two statements by the same speaker', () => {
    const body = 'Councillor Ben Osei said that the library would stay open, and that its hours would grow.';
    const first = statement(body, 'the library would stay open');
    const second = statement(body, 'its hours would grow');
    expect(first.text).toBe('that the library would stay open');
    expect(second.text).toBe('that its hours would grow');
    expect(second.speaker).toBe('Ben Osei');
  });

  it('"the union said" is the organisation the story named with that word', () => {
    const body = 'The Harbour Pilots Union met the port on Monday. Later the port manager left. The union said that talks would resume.';
    expect(statement(body, 'talks would resume').speaker).toBe('Harbour Pilots Union');
  });

  it('"called for" reports a demand with a purpose, but not "called for a vote"', () => {
    const body = 'The charity called for new laws to protect older tenants. The chairman called for a vote.';
    expect(statement(body, 'new laws to protect')).toMatchObject({ kind: 'INDIRECT', cue: 'called', text: 'new laws to protect older tenants' });
    expect(statementsOf(body)).toHaveLength(1);
  });

  it('"said if ..." reports a conditional clause', () => {
    const body = 'Economist Sara Lind said if rates rose again this winter many small firms would close.';
    expect(statement(body, 'many small firms would close')).toMatchObject({ speaker: 'Sara Lind', text: 'if rates rose again this winter many small firms would close' });
  });

  it('does not report negated or refused speech', () => {
    expect(statementsOf('The coach did not say that the team would win. The club declined to say when the stadium opens.')).toEqual([]);
  });
});

describe('direct quotes', () => {
  it('keeps the marks and the punctuation inside them, and resolves "he" to the person named before', () => {
    const body = 'Fire chief Marco Diaz inspected the warehouse. "The roof could fall at any moment," he said.';
    expect(statement(body, 'The roof could fall')).toMatchObject({
      kind: 'DIRECT',
      speaker: 'Marco Diaz',
      text: '"The roof could fall at any moment,"',
    });
  });

  it('a quote interrupted by "she said" gives two statements by the same speaker', () => {
    const body = 'Judge Helen Marsh read the verdict. "This court has heard enough," she said, "and the case is closed."';
    const before = statement(body, 'This court has heard enough');
    const after = statement(body, 'and the case is closed');
    expect(before).toMatchObject({ kind: 'DIRECT', speaker: 'Helen Marsh' });
    expect(after).toMatchObject({ kind: 'DIRECT', speaker: 'Helen Marsh', text: '"and the case is closed."' });
  });

  it('a quotation of several sentences is one span, with the inverted attribution after it', () => {
    const body = '“We tried everything. Nothing worked. Now we start again,” said coach Ines Moreau after the match.';
    expect(statementsOf(body)).toHaveLength(1);
    expect(statement(body, 'Nothing worked')).toMatchObject({ kind: 'DIRECT', speaker: 'Ines Moreau', text: '“We tried everything. Nothing worked. Now we start again,”' });
  });

  it('a quote with no cue continues the speaker of the paragraph', () => {
    const body = '"The vote is on Thursday," Speaker Omar Haddad said. "We have the numbers."';
    expect(statement(body, 'We have the numbers')).toMatchObject({ kind: 'DIRECT', speaker: 'Omar Haddad' });
  });

  it('understands curly, straight and doubled-apostrophe quotation marks alike', () => {
    for (const [open, close] of [['“', '”'], ['"', '"'], ["''", "''"]] as const) {
      const body = `${open}Prices will rise again next winter,${close} economist Priya Natarajan said.`;
      expect(statement(body, 'Prices will rise')).toMatchObject({ kind: 'DIRECT', speaker: 'Priya Natarajan', text: `${open}Prices will rise again next winter,${close}` });
    }
  });

  it('a paraphrase with a quoted phrase inside is INDIRECT, not a separate quote', () => {
    const body = 'Councillor Dev Sharma said that the plan was "a waste of public money" and should be dropped.';
    const found = statementsOf(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'INDIRECT', speaker: 'Dev Sharma' });
  });

  it('a quoted evaluation after "called" is the quote itself', () => {
    const body = 'The inspector praised the new wards, which she called "long overdue."';
    expect(statement(body, 'long overdue')).toMatchObject({ kind: 'DIRECT', text: '"long overdue."' });
  });

  it('"he" skips a woman whose first name gives her away and finds the man', () => {
    const body = 'Health secretary Rosa Kettering announced the plan. Her deputy Graham Pell answered questions. "We start in May," he said.';
    expect(statement(body, 'We start in May').speaker).toBe('Graham Pell');
  });

  it('single marks inside double quotes do not end the quotation', () => {
    const body = '"They told us \'wait and see\' for a year," said Rosa Kim.';
    expect(statement(body, 'wait and see')).toMatchObject({ kind: 'DIRECT', speaker: 'Rosa Kim', text: '"They told us \'wait and see\' for a year,"' });
  });
});

describe('speakers and entities', () => {
  it('short names and titles resolve to the fullest name, and titles are kept as written', () => {
    const body =
      "Freedonia's President Arno Valdis opened the summit. Valdis said that trade would double. " +
      'The talks were chaired by former Freedonian Finance Minister, Hugo Brandt.';
    const extraction = extractStory({ body });
    expect(statement(body, 'trade would double').speaker).toBe('Arno Valdis');
    const valdis = extraction.entities.find((entity) => entity.name === 'Arno Valdis');
    expect(valdis).toMatchObject({ kind: 'PERSON', title: 'President of Freedonia' });
    expect(valdis!.aliases).toContain('Valdis');
    expect(extraction.entities.find((entity) => entity.name === 'Hugo Brandt')?.title).toBe('former Freedonian Finance Minister');
  });

  it('"she" skips a man named in between and finds the woman who spoke', () => {
    const body =
      'Ms. Clara Jensen, the union leader, said that the strike would go on. Management hired consultant Peter Holm. ' +
      '"We are not going anywhere," she said.';
    expect(statement(body, 'We are not going anywhere').speaker).toBe('Clara Jensen');
  });

  it('a one-word speaker whom "he" refers back to becomes a person', () => {
    const body = 'Okoro said that the mine would reopen. He added that 200 miners would return.';
    const extraction = extractStory({ body });
    expect(statement(body, '200 miners would return').speaker).toBe('Okoro');
    expect(extraction.entities.find((entity) => entity.name === 'Okoro')).toMatchObject({ kind: 'PERSON' });
  });

  it('two people who share a surname are not merged, and the bare surname is not given to either', () => {
    const body = 'Anna Weber runs the clinic. Her brother Jonas Weber runs the bakery. Weber said that bread prices would rise.';
    const extraction = extractStory({ body });
    const anna = extraction.entities.find((entity) => entity.name === 'Anna Weber');
    const jonas = extraction.entities.find((entity) => entity.name === 'Jonas Weber');
    expect(anna).toBeDefined();
    expect(jonas).toBeDefined();
    expect([...anna!.aliases, ...jonas!.aliases]).not.toContain('Weber');
    expect(statement(body, 'bread prices would rise').speaker).toBe('Weber');
  });

  it('"the company said" points at the company the story is about', () => {
    const body = 'Nordwind Shipping Ltd cut 300 jobs. Nordwind Shipping Ltd also sold two ships. The company said that demand had collapsed.';
    expect(statement(body, 'demand had collapsed').speaker).toBe('Nordwind Shipping Ltd');
  });

  it('a spokesperson of a named organisation speaks for it', () => {
    const body = 'A spokesman for the Riverside Water Company said that supplies were normal.';
    expect(statement(body, 'supplies were normal').speaker).toBe('Riverside Water Company');
  });

  it('countries get their canonical name and their other names as aliases', () => {
    const extraction = extractStory({ body: 'The U.S. and China met in Geneva. US officials said that the talks went well.' });
    const us = extraction.entities.find((entity) => entity.kind === 'COUNTRY' && entity.name === 'United States');
    expect(us).toBeDefined();
    expect(extraction.entities.find((entity) => entity.name === 'Geneva')?.kind).toBe('PLACE');
  });
});

describe('robustness', () => {
  it('returns nothing, without failing, for empty and blank bodies', () => {
    for (const body of ['', '   ', '\n\n\n']) {
      expect(extractStory({ body })).toMatchObject({ version: EXTRACTOR_VERSION, statements: [], statistics: [], agreements: [], entities: [] });
    }
  });

  it('does not crash on text in other scripts', () => {
    const bodies = [
      '市长说，新桥将于三月开放。“我们准备好了，”她说。',
      'Министр заявил, что мост откроют в марте. «Мы готовы», — сказал он.',
      'قال الوزير إن الجسر سيفتح في مارس. "نحن مستعدون"، قال.',
      'Der Minister sagte, dass die Brücke im März öffnet. „Wir sind bereit“, sagte er.',
    ];
    for (const body of bodies) {
      const extraction = extractStory({ body });
      for (const found of extraction.statements) expect(body.slice(found.start, found.end)).toBe(found.text);
    }
  });

  it('survives unbalanced and nested quotation marks, keeping every span exact', () => {
    const body =
      '"This quote never closes. The mayor said that roads were fine.\n\n' +
      '“Curly ‘nested’ quote” she said. And ” a stray closing mark, and a stray “ opening one.\n\n' +
      "Trump’s aide’s plan said ''nothing'' at all, the official said.";
    const extraction = extractStory({ body });
    for (const found of extraction.statements) expect(body.slice(found.start, found.end)).toBe(found.text);
  });

  it('handles a very long story in time proportional to its length', () => {
    const paragraph = 'The minister said that the plan would cut costs by 5%. "We will not back down," she said.\n\n';
    const body = paragraph.repeat(3000); // about 270,000 characters
    const extraction = extractStory({ body });
    expect(extraction.statements.length).toBe(6000);
    expect(extraction.statistics.length).toBe(3000);
  });

  it('never throws, and keeps every span exact, on 500 random jumbles of news-like pieces', () => {
    // A fixed-seed generator, so a failure can be replayed.
    let seed = 20261126;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = [
      'said', 'told reporters', 'according to', 'he', 'she', 'they', 'The company', 'Mayor Ana Ruiz', 'Ruiz', 'U.S.', 'Mr.',
      '"', '“', '”', "''", '‘', '’', ',', '.', ':', ';', '(D-Ill.)', '(', ')', '—', '\n', '\n\n', 'that', 'and that', 'who',
      'added', 'accused', 'of lying', 'vowed to', 'called', 'rose 5% to £3.2bn', 'in 2010', '30 jobs', 'signed an agreement with',
      'Kestria', 'the union', 'a spokesman for', 'Acme Corp', 'It', 'said,', '"Yes!"', 'asked whether', '?', '!', '...', '中国', 'Ünïcödé',
    ];
    for (let n = 0; n < 500; n++) {
      const length = 1 + Math.floor(random() * 60);
      const body = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '');
      const extraction = extractStory({ body });
      for (const found of [...extraction.statements, ...extraction.statistics, ...extraction.agreements]) {
        expect(body.slice(found.start, found.end)).toBe(found.text);
      }
    }
  });

  it('is deterministic', () => {
    const body = 'Chief Inspector Ravi Menon said that "the inquiry is complete". He added that 12 officers would be retrained.';
    expect(JSON.stringify(extractStory({ body }))).toBe(JSON.stringify(extractStory({ body })));
  });

  it('gives every statement provenance: cue, confidence in (0, 1], and offsets', () => {
    const body = 'Dr. Lea Hoffmann said that the vaccine works. "It is safe," she said.';
    for (const found of statementsOf(body)) {
      expect(found.cue).toBeTruthy();
      expect(found.confidence).toBeGreaterThan(0);
      expect(found.confidence).toBeLessThanOrEqual(1);
      expect(body.slice(found.start, found.end)).toBe(found.text);
    }
  });
});
