// Reported speech in its general forms, on sentences written for these tests (never corpus text).
// Each case names the form it stands for; the rule that found the statement is recorded on it.
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
import { statement, statementsOf } from '../helpers/statements.js';

describe('a clause without "that" after a communication verb', () => {
  it.each([
    ['claimed', 'Councillor Ines Marlow claimed the depot would close by spring.', 'the depot would close'],
    ['confirmed', 'Coach Dara Pell confirmed she was leaving the club after eight seasons.', 'she was leaving the club'],
    ['stressed', 'Finance chief Omar Sallis stressed the savings were only a first step.', 'the savings were only a first step'],
    ['predicted', 'Forecaster Ruth Banner predicted rents would rise again next year.', 'rents would rise again'],
    ['revealed', 'Chef Paolo Ruiz revealed the restaurant had been losing money for years.', 'the restaurant had been losing money'],
    ['insisted', 'Ms Tenley insisted the survey had been carried out properly.', 'the survey had been carried out'],
    ['warned', 'Doctor Hana Ito warned waiting lists could double by winter.', 'waiting lists could double'],
    ['admitted', 'Director Colm Ryder admitted mistakes had been made in the tender.', 'mistakes had been made'],
    ['announced', 'Governor Ada Quinn announced she would seek a second term.', 'she would seek a second term'],
    ['repeated', 'Minister Joel Hart repeated that the tax would not rise.', 'the tax would not rise'],
  ])('after "%s"', (_verb, body, part) => {
    expect(statement(body, part)).toMatchObject({ kind: 'INDIRECT' });
    expect(statement(body, part).speaker).toMatch(/Marlow|Pell|Sallis|Banner|Ruiz|Tenley|Ito|Ryder|Quinn|Hart/);
  });

  it('a clause whose verb is contracted or negated with a curly apostrophe', () => {
    const contracted = 'Coach Ines Darby said she’s not worried about the league table.';
    expect(statement(contracted, 'she’s not worried')).toMatchObject({ speaker: 'Ines Darby', kind: 'INDIRECT' });
    const negated = 'Professor Alan Gee suggested most voters don’t follow the budget debate.';
    expect(statement(negated, 'most voters don’t follow')).toMatchObject({ speaker: 'Alan Gee', kind: 'INDIRECT' });
  });

  it('a clause that opens with a number written with thousands separators', () => {
    const body = 'The health board has said 1,250 operations were postponed last winter.';
    expect(statement(body, '1,250 operations were postponed')).toMatchObject({ speaker: 'health board', kind: 'INDIRECT' });
  });

  it('a gerund subject with a bracketed acronym: "said buying Harbor Trust (HT) fulfilled ..."', () => {
    const body = 'The Lowland Bank said owning Harbor Trust (HT) would double its branches in the north.';
    expect(statement(body, 'owning Harbor Trust (HT) would double')).toMatchObject({ kind: 'INDIRECT', rule: 'speech.clause' });
  });

  it('an evaluation inside a relative clause ends where the clause does', () => {
    const body = 'The mayor, who has described the bypass as a "wound" through the valley, spoke on Monday.';
    expect(statement(body, 'the bypass as a "wound"')).toMatchObject({ text: 'the bypass as a "wound" through the valley' });
  });

  it('a clause that opens with a number, "this" or a gerund', () => {
    const numbers = 'Analyst Priya Venn said 40 stores would shut before Christmas.';
    expect(statement(numbers, '40 stores would shut')).toMatchObject({ speaker: 'Priya Venn', kind: 'INDIRECT' });
    const gerund = 'Mayor Tobias Reed said raising fares was the only option left.';
    expect(statement(gerund, 'raising fares was the only option')).toMatchObject({ speaker: 'Tobias Reed' });
  });
});

describe('cues inside participial and relative clauses', () => {
  it('"..., with X saying ..."', () => {
    const body = 'Shares in the brewer fell sharply, with traders saying the rise in costs would hurt profits.';
    expect(statement(body, 'the rise in costs would hurt profits')).toMatchObject({ kind: 'INDIRECT', speaker: 'traders' });
  });

  it('"X, who told the paper that ..."', () => {
    const body = 'The plan was drawn up by engineer Lise Moreau, who told the Valley Courier that the dam was sound.';
    expect(statement(body, 'the dam was sound')).toMatchObject({ kind: 'INDIRECT', speaker: 'Lise Moreau' });
  });

  it('", announcing he would ..." takes the clause without "that"', () => {
    const body = 'Senator Aldo Brandt visited the plant on Monday, announcing he would back the new subsidy.';
    expect(statement(body, 'he would back the new subsidy')).toMatchObject({ kind: 'INDIRECT', speaker: 'Aldo Brandt' });
  });
});

describe('requests and charges with a long listener', () => {
  it('"called on Gov. Rick Lane (R) to resign"', () => {
    const body = 'Senator Ida Moss called on Gov. Rick Lane (R) to resign over the water crisis.';
    expect(statement(body, 'to resign over the water crisis')).toMatchObject({ speaker: 'Ida Moss', rule: 'speech.request' });
  });

  it('"praised Labour mayoral candidate Ana Ruiz for ..."', () => {
    const body = 'Union leader Tom Vale praised Labour mayoral candidate Ana Ruiz for backing the strike.';
    expect(statement(body, 'for backing the strike')).toMatchObject({ speaker: 'Tom Vale', rule: 'speech.charge' });
  });
});

describe('parenthetical cues with content on both sides', () => {
  it('"A, analysts said, B"', () => {
    const body = 'The merger, analysts said, would create the largest grain trader in the region.';
    const found = statement(body, 'would create the largest grain trader');
    expect(found).toMatchObject({ kind: 'INDIRECT', speaker: 'analysts' });
  });

  it('a bare subject on the left stays with its verb on the right: one statement, the aside inside it', () => {
    const body = 'The new crane, the port chief said, would double the number of ships handled.';
    expect(statement(body, 'would double')).toMatchObject({ text: 'The new crane, the port chief said, would double the number of ships handled' });
  });

  it('"A, Mr Lee said, would B"', () => {
    const body = 'Mr Owen Lee runs the port. The new crane, Mr Lee said, would double the number of ships handled.';
    expect(statement(body, 'would double the number of ships')).toMatchObject({ kind: 'INDIRECT', speaker: 'Owen Lee' });
  });
});

describe('adverbial leads and gerund subjects', () => {
  it('"In the long run, analysts say, CLAUSE": the clause after the cue, not the adverbial', () => {
    const body = 'Over the next decade, most analysts say, the tariff could hurt exporters.';
    expect(statementsOf(body).map((found) => [found.text, found.speaker])).toEqual([['the tariff could hurt exporters', 'most analysts']]);
  });

  it('"said cutting the deficit would ..."', () => {
    const body = 'Minister Ada Cole has already said cutting the deficit would be her first priority.';
    expect(statement(body, 'cutting the deficit would be')).toMatchObject({ speaker: 'Ada Cole', kind: 'INDIRECT' });
  });
});

describe('cues after the content', () => {
  it('", Ms Okafor told Radio 4."', () => {
    const body = 'Lena Okafor leads the inquiry. The findings would be published in full, Ms Okafor told Radio 4.';
    expect(statement(body, 'The findings would be published in full')).toMatchObject({ kind: 'INDIRECT', speaker: 'Lena Okafor' });
  });

  it('", the agency reported on Tuesday."', () => {
    const body = 'Exports of timber fell for a third month, the statistics agency reported on Tuesday.';
    expect(statement(body, 'Exports of timber fell for a third month')).toMatchObject({ kind: 'INDIRECT', speaker: 'statistics agency' });
  });
});

describe('headline attributions', () => {
  it('"Mayor Warns Budget Cuts Would Close Libraries"', () => {
    const title = 'Mayor Warns Budget Cuts Would Close Libraries';
    const body = `${title}\n\nThe mayor of Brackwell, Iris Dunmore, said on Monday that six libraries were at risk.`;
    expect(statement(body, 'Budget Cuts Would Close Libraries')).toMatchObject({ kind: 'INDIRECT' });
  });

  it('"Okafor Says Ferry Link Will Reopen"', () => {
    const body = 'Okafor Says Ferry Link Will Reopen\n\nLena Okafor, the transport minister, spoke in Halden.';
    expect(statement(body, 'Ferry Link Will Reopen')).toMatchObject({ kind: 'INDIRECT', speaker: 'Lena Okafor' });
  });
});

describe('transcripts', () => {
  it('"NAME: words" turns of an interview are statements of that speaker', () => {
    const body =
      'The governor spoke to the host on Sunday.\n\nMARLOWE: Do you think the budget will pass this year?\n\n' +
      'KEANE: I think it will pass, and we have the votes in the senate to prove it.';
    expect(statement(body, 'I think it will pass')).toMatchObject({ kind: 'INDIRECT', speaker: 'KEANE' });
    expect(statement(body, 'Do you think the budget will pass')).toMatchObject({ speaker: 'MARLOWE' });
  });
});

describe('speakers that are not speakers', () => {
  it('a dateline never speaks', () => {
    const body = 'BRACKWELL — "We will not close a single library," the mayor, Iris Dunmore, told the council.\n\n"Not one," she added.';
    for (const found of statementsOf(body)) expect(found.speaker).not.toBe('BRACKWELL');
  });

  it('an auxiliary before the cue belongs to the verb: "officials have long said"', () => {
    const body = 'Port officials have long said the channel was too shallow for the new ships.';
    expect(statement(body, 'the channel was too shallow')).toMatchObject({ speaker: 'Port officials' });
  });

  it('a time or a clause fragment is never a speaker', () => {
    const body = 'On Friday the union said the strike would go on. "We have no choice," it said on Friday.';
    for (const found of statementsOf(body)) expect(found.speaker ?? '').not.toMatch(/^(Friday|On|on|to)$/);
  });
});

describe('short quotes and manners of speaking', () => {
  it('a quote that is a sentence of its own counts, however short; a short title does not', () => {
    const body = 'Mayor Iris Dunmore was asked about the delay. "That is my problem." The council bought "Harbour Lights" in 2019.';
    expect(statement(body, 'That is my problem')).toMatchObject({ kind: 'DIRECT', speaker: 'Iris Dunmore', rule: 'quote.uncued' });
    expect(statementsOf(body).some((found) => found.text.includes('Harbour Lights'))).toBe(false);
  });

  it('"shouted", "chanted", "whispered" report speech like "said"', () => {
    const body = 'The steward, Omar Reyes, shouted, "Clear the stand now!" Outside, protesters chanted "no cuts, no closures" for an hour.';
    expect(statement(body, 'Clear the stand now!')).toMatchObject({ kind: 'DIRECT', speaker: 'Omar Reyes', cue: 'shouted' });
    expect(statement(body, 'no cuts, no closures')).toMatchObject({ kind: 'DIRECT', speaker: 'protesters' });
  });
});

describe('pronouns', () => {
  it('"he" with two people in sight is the subject of the sentence before', () => {
    const body = 'Coach Arlo Penn met club owner Victor Hale on Monday. "It went well," he said.';
    expect(statement(body, 'It went well')).toMatchObject({ speaker: 'Arlo Penn', rule: 'speech.trailing-cue' });
  });

  it('"she" prefers someone introduced in the last two sentences to an earlier speaker', () => {
    const body = 'Councillor Tavi Oru said the budget was fair. Ana Silva, a resident, came to the meeting. ' +
      'She had lost her job in May. "Nobody listened to us," she said.';
    expect(statement(body, 'Nobody listened to us')).toMatchObject({ speaker: 'Ana Silva' });
  });

  it('"she" stays with the last speaker when the other woman in sight is named inside a clause, not as a subject', () => {
    const body = 'Actor Lena Forde said the film was finished. The shoot had run for a year. It went over budget twice. ' +
      'Asked what she would do if Mara Quill won the vote, she replied: "I will wait and see."';
    expect(statement(body, 'I will wait and see')).toMatchObject({ speaker: 'Lena Forde' });
  });

  it('the agent of a passive carries on as "he" after an earlier speaker', () => {
    const body = 'Tenants Voice, a housing charity, says rents rose again.\n\nThe figures were praised by housing spokesman Oren Blake. ' +
      '"Tenants must be heard," he said.';
    expect(statement(body, 'Tenants must be heard')).toMatchObject({ speaker: 'Oren Blake' });
  });

  it('a person who became the subject after the last speaker was named takes "she" over', () => {
    const body = 'Councillor Ada Brook said the vote was close. Brook left early.\n\nMaria Tull, the treasurer, then read the figures. "We are short," she said.';
    expect(statement(body, 'We are short')).toMatchObject({ speaker: 'Maria Tull' });
  });

  it('a name after a pronoun and a verb is no subject: "He said Vale ..." leaves "he" with the speaker', () => {
    const body = 'The strike had gone on for a week, union leader Omar Kett said. He said Ivo Vale "has not listened once."\n\n' +
      '"We are tired" of waiting, he said. Asked what he wanted now, he said, "A fair offer."';
    expect(statement(body, 'A fair offer')).toMatchObject({ speaker: 'Omar Kett' });
  });

  it('a quote whose sentence opens with a place or a programme takes no speaker from it', () => {
    const body = 'The Northern Grain Scheme had paid farmers late for years. "We will fix it," Minister Rhea Gold said. ' +
      'The Northern Grain Scheme has "cost us dearly over a decade of mismanagement".';
    for (const found of statementsOf(body)) expect(found.speaker).not.toBe('Northern Grain Scheme');
  });
});

describe('appositives after a speaker\'s name', () => {
  it('a legislator\'s party and state ("R-Ohio", "Democrat of New York") are not the speaker', () => {
    const short = '"We need more money for schools," Sen. Tom Ward, R-Ohio, said in a statement.';
    expect(statement(short, 'We need more money')).toMatchObject({ speaker: 'Tom Ward', kind: 'DIRECT', text: '"We need more money for schools,"' });
    const long = 'Rep. Ann Cole, Democrat of New York, said the cuts were cruel.';
    expect(statement(long, 'the cuts were cruel')).toMatchObject({ speaker: 'Ann Cole' });
  });

  it('a long appositive that ends in "town, state" still leads to the name before it', () => {
    const body = 'Most voters were unsure. "I just do not trust the plan," Rosa Lind, 54, a baker in Tarrow, Kent, said after the meeting.';
    expect(statement(body, 'I just do not trust the plan')).toMatchObject({ speaker: 'Rosa Lind', kind: 'DIRECT' });
  });

  it('a sentence adverb before the speaker is no name in apposition: "Sure, the mayor has said ..."', () => {
    const body = 'Mayor Ivo Rand spoke at the hall. Sure, the mayor has said that the budget is tight.';
    expect(statement(body, 'that the budget is tight').speaker).not.toBe('Sure');
  });
});

describe('relative clauses after appositives', () => {
  it('an aside between two spaced dashes before the cue: "X — which ... — said"', () => {
    const body = 'The harbour traders — and, above all, the fish merchant Ada Vane — argued that the market should stay open.';
    expect(statement(body, 'that the market should stay open')).toMatchObject({ speaker: 'harbour traders' });
  });

  it('"X - a historian, and an expert on codes, who has confirmed ..." is X\'s', () => {
    const body = 'The claim was backed by Ruth Vale - a former historian, and a leading expert on codes, who has confirmed the files were genuine.';
    expect(statement(body, 'the files were genuine')).toMatchObject({ speaker: 'Ruth Vale', kind: 'INDIRECT' });
  });
});

describe('names that open a sentence', () => {
  it('"Former" before a country or a title is no part of a name', () => {
    const { entities } = extractStory({ body: 'Former US envoy Carla Mendes said the talks had stalled. Former Mayor Ann Cole agreed.' });
    expect(entities.map((entity) => entity.name)).not.toContain('Former US');
    expect(entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Carla Mendes', 'Ann Cole']));
  });

  it('a name with a model number is a product, never the person "she" refers to', () => {
    const body = 'Priya Nand, an analyst, said looks mattered. The Velta Nova X2 handset sold best of all last winter, she said.';
    const { entities } = extractStory({ body });
    expect(entities.find((entity) => entity.name === 'Velta Nova X2')?.kind).not.toBe('PERSON');
    expect(statement(body, 'handset sold best of all')).toMatchObject({ speaker: 'Priya Nand' });
  });

  it('a country that modifies a person\'s role is not the subject a quote without a cue takes', () => {
    const body = 'The summit ended late. Former US envoy Carla Mendes, a veteran of such talks, closed with her warning that "nobody wins a trade war."';
    expect(statement(body, 'nobody wins a trade war')).toMatchObject({ speaker: 'Carla Mendes' });
  });
});

describe('evaluations and actions as content', () => {
  it('"called X a Y" and "called X <adjective>" without quotation marks', () => {
    const noun = 'Councillor Rhea Mott called him a reckless gambler with public money.';
    expect(statement(noun, 'him a reckless gambler')).toMatchObject({ rule: 'speech.naming', speaker: 'Rhea Mott', kind: 'INDIRECT' });
    const adjective = 'Senator Bo Park called them unworkable and accused the board of ignoring the poor.';
    expect(statement(adjective, 'them unworkable')).toMatchObject({ rule: 'speech.naming', text: 'them unworkable' });
    // (A charge's span is its grounds, after "of", as the house convention has it.)
    expect(statement(adjective, 'ignoring the poor')).toMatchObject({ speaker: 'Bo Park', text: 'ignoring the poor' });
  });

  it('a one-word quoted evaluation of a name is content enough', () => {
    const body = 'Governor Ann Cole called Vale “reckless.”';
    expect(statement(body, 'Vale “reckless')).toMatchObject({ rule: 'speech.quoted-evaluation', speaker: 'Ann Cole' });
  });

  it('a naming verb with no evaluation is no statement', () => {
    expect(statementsOf('She called him on Monday. He called it off. They called the meeting to order. She called her son Alan.')).toEqual([]);
  });

  it('a gerund after "reported" or "denied" names the action reported', () => {
    const body = 'The Red Lantern Trust reported raising £2m in its spring appeal.';
    expect(statement(body, 'raising £2m')).toMatchObject({ rule: 'speech.gerund', speaker: expect.stringContaining('Red Lantern Trust') });
  });
});

describe('words between the cue and its content', () => {
  it('an adverb ("warning darkly that") and a parenthetical (", for example,") before "that"', () => {
    const adverb = 'Senator Ann Park ended the meeting by predicting gloomily that the ferry would be cut.';
    expect(statement(adverb, 'that the ferry would be cut')).toMatchObject({ speaker: 'Ann Park' });
    const aside = 'The harbour master wrote, in the end, that the crane had never been inspected.';
    expect(statement(aside, 'that the crane had never been inspected')).toMatchObject({ speaker: 'harbour master' });
  });

  it('a time adjunct, then a clause without "that"', () => {
    const body = 'Governor Lena Hart flew back early, promising on Wednesday she would visit the flooded farms.';
    expect(statement(body, 'she would visit the flooded farms')).toMatchObject({ kind: 'INDIRECT', speaker: 'Lena Hart' });
  });

  it('a subject of two nouns joined by "and" still opens a clause', () => {
    const body = 'Pastor Ruth Ames said the farmers and shopkeepers had stopped talking.';
    expect(statement(body, 'the farmers and shopkeepers had stopped talking')).toMatchObject({ speaker: 'Ruth Ames' });
  });

  it('a pronoun cue between commas after a short adverb: "Now, she said, ..."', () => {
    const body = 'Ruth Ames has lived in the valley for forty years. Now, she said, the farmers and shopkeepers have stopped talking.';
    expect(statement(body, 'the farmers and shopkeepers have stopped talking')).toMatchObject({ speaker: 'Ruth Ames' });
  });
});

describe('requests', () => {
  it('"called upon X to", "invited X to", "encouraged X to"', () => {
    expect(statement('Mayor Ann Cole called upon Governor Bill Day to restore the funding.', 'Governor Bill Day to restore')).toMatchObject({ rule: 'speech.request', speaker: 'Ann Cole' });
    expect(statement('Governor Ann Cole invited the union to return to the table.', 'the union to return')).toMatchObject({ rule: 'speech.request' });
    expect(statement('The coach encouraged his players to speak out.', 'his players to speak out')).toMatchObject({ rule: 'speech.request' });
  });

  it('a listener with a name particle or a role after a place: "upon Mayor Ana de Souza to", "on the Kent governor to"', () => {
    expect(statement('The council called upon Mayor Ana de Souza to restore the buses.', 'Mayor Ana de Souza to restore')).toMatchObject({ rule: 'speech.request' });
    expect(statement('Her union called on the Kent governor to resign from the board.', 'the Kent governor to resign')).toMatchObject({ rule: 'speech.request' });
  });

  it('"speculated that" reports speech', () => {
    // (An unnamed group that opens the sentence is written in lowercase, as the house convention has it.)
    expect(statement('Traders have speculated that the bank might cut rates.', 'that the bank might cut rates')).toMatchObject({ speaker: 'traders' });
  });
});

describe('quotations over several paragraphs and house styles', () => {
  it('a quotation that runs on into the next paragraph is one statement per paragraph, each with the speaker', () => {
    const body = 'Mayor Ivo Rand said: "The bridge is safe. We checked it twice.\n\n' +
      '"Nobody should be afraid to cross it. The engineers agree," Rand said.\n\n' +
      '"We will publish the report."';
    expect(statement(body, 'The bridge is safe')).toMatchObject({ kind: 'DIRECT', speaker: 'Ivo Rand', text: '"The bridge is safe. We checked it twice.' });
    expect(statement(body, 'Nobody should be afraid')).toMatchObject({ kind: 'DIRECT', speaker: 'Ivo Rand', rule: 'speech.trailing-cue' });
  });

  it('a paragraph that carries on an unclosed quotation keeps its speaker even without a cue', () => {
    const body = 'Ana Ruiz, the coach, said: "We trained hard all winter.\n\n"The players never gave up.\n\n' +
      '"That is why we won." Officials from the league were not available.';
    expect(statement(body, 'The players never gave up')).toMatchObject({ speaker: 'Ana Ruiz' });
    expect(statement(body, 'That is why we won')).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it("a sentence that opens with two apostrophes ('') starts a new sentence", () => {
    const body = "The traders were angry by the evening. ''If the bridge shuts, the market dies,'' trader Ada Vane said.";
    expect(statement(body, 'If the bridge shuts')).toMatchObject({ kind: 'DIRECT', speaker: 'Ada Vane', text: "''If the bridge shuts, the market dies,''" });
  });

  it('a title after a media noun is not what was told; a description may stand between the quote and the name', () => {
    const body = "''He had it coming,'' the driver, Tom Reyes, told the radio show ''Night Desk'' after the crash.";
    expect(statement(body, 'He had it coming')).toMatchObject({ kind: 'DIRECT', speaker: 'Tom Reyes', rule: 'speech.trailing-cue' });
    expect(statementsOf(body).some((found) => found.text.includes('Night Desk'))).toBe(false);
  });
});

describe('participle cues', () => {
  it('a participle after "But he ..." takes "he" as its subject, not the word after the comma', () => {
    const body = 'When Mayor Omar Vale took charge he asked the bus company for new routes. Minister Ruth Dane said the talks were slow. ' +
      'But he has rejected any price rises, alleging this will hurt families further.';
    expect(statement(body, 'this will hurt families further')).toMatchObject({ speaker: 'Omar Vale' });
  });

  it('an adverb between the comma and the participle: ", eventually saying ..."', () => {
    const body = 'Coach Ann Ruiz spoke warmly of the goalkeeper Ivo Marsh, finally saying the defence had cost them the game.';
    expect(statement(body, 'the defence had cost them the game')).toMatchObject({ speaker: 'Ann Ruiz', kind: 'INDIRECT' });
  });

  it('a comma inside the closing quotation mark: "...," adding that ...', () => {
    const body = 'Chef Ivo Vale looked at the flooded kitchen. "We will open again next week," adding that "the ovens are fine."';
    expect(statement(body, 'We will open again')).toMatchObject({ kind: 'DIRECT', text: '"We will open again next week,"' });
    expect(statement(body, 'the ovens are fine')).toMatchObject({ kind: 'INDIRECT', rule: 'speech.that-clause.participle' });
  });

  it('a longer aside before "that": ", saying, once the nets were in, that ..."', () => {
    const body = 'Skipper Lena Hart was calmer than before, saying, once the nets were in, that the season would be short.';
    expect(statement(body, 'that the season would be short')).toMatchObject({ kind: 'INDIRECT', speaker: 'Lena Hart' });
  });

  it('a listener that is a long name after "the": "called on the Federal Water Safety Agency to ..."', () => {
    const body = 'The union called on the Federal Water Safety Agency to publish its tests.';
    expect(statement(body, 'the Federal Water Safety Agency to publish its tests')).toMatchObject({ rule: 'speech.request' });
  });
});

describe('phrases that only look like speakers', () => {
  it('a participle naming the noun before it is no one speaking: "a shift pattern called the "long loop""', () => {
    const body = 'At the depot, both drivers oppose a shift pattern called the "long loop" that ends after midnight.';
    for (const found of statementsOf(body)) expect(found.speaker ?? '').not.toMatch(/oppose/);
  });

  it('"who has called X Y" is still a statement of the relative clause\'s head', () => {
    const body = 'The vote went ahead without Councillor Ada Vane, who has called the scheme a costly mistake.';
    expect(statement(body, 'the scheme a costly mistake')).toMatchObject({ rule: 'speech.naming', speaker: 'Ada Vane' });
  });

  it('a role with "of" before the name after an inverted cue: "said head of security X"', () => {
    const body = '"Mind the wet floor," said head of security Oswin Drake, a volunteer.';
    expect(statement(body, 'Mind the wet floor')).toMatchObject({ speaker: 'Oswin Drake' });
  });

  it('a lowercase participle phrase headed by no one is no speaker', () => {
    const body = 'Looming pension costs, economists say, will squeeze budgets. The rising costs said nothing.';
    for (const found of statementsOf(body)) expect(found.speaker ?? '').not.toMatch(/^rising|^looming/i);
  });
});

describe('speech-act nouns with their content', () => {
  it('"her assertion that ..." belongs to the woman "her" refers to', () => {
    const body = 'Governor Ann Vale spoke on Monday. Critics seized on her assertion that the budget had been balanced.';
    expect(statement(body, 'that the budget had been balanced')).toMatchObject({ speaker: 'Ann Vale', kind: 'INDIRECT', rule: 'speech.noun-that' });
  });

  it('"the ministry\'s announcement that ..." ends before the main verb of the sentence', () => {
    const body = "The ministry's announcement that schools would close angered parents.";
    expect(statement(body, 'that schools would close')).toMatchObject({ speaker: 'ministry', text: 'that schools would close' });
    const subject = "Vale's claim that the figures were wrong was denied by the bank.";
    expect(statement(subject, 'that the figures were wrong')).toMatchObject({ speaker: 'Vale', text: 'that the figures were wrong' });
  });

  it('a quotation after the noun is reported content of the noun\'s owner', () => {
    const body = 'Governor Ann Vale drew criticism for her remark that "no town is owed a bypass."';
    expect(statement(body, 'no town is owed a bypass')).toMatchObject({ speaker: 'Ann Vale', kind: 'INDIRECT' });
  });

  it('a speech-act noun with no owner names no one: "amid claims that ..."', () => {
    expect(statementsOf('The vote came amid claims that the count was rigged.')).toEqual([]);
  });
});

describe('descriptions', () => {
  it('"the X and Y firm" is one description of the organisation the story is about', () => {
    const body = 'Revenue at Corvel Group fell 5% last year. The shipping and storage firm said demand had recovered since March.';
    expect(statement(body, 'demand had recovered')).toMatchObject({ speaker: 'Corvel Group' });
  });
});

describe('party members and their party', () => {
  it('"a Coastal Green spokeswoman" speaks for the party the story names in the plural', () => {
    const body = 'The Coastal Greens launched their manifesto in Dunmore. A Coastal Green spokeswoman said the budget ignored the fishing towns.';
    expect(statement(body, 'the budget ignored the fishing towns')).toMatchObject({ speaker: 'Coastal Greens' });
  });
});

describe('documents speak for whoever issued them', () => {
  it.each([
    ['published', 'The charity Brightwater published a report on clean water on Monday. The report said two million wells had failed.'],
    ['a report by', 'A report by the charity Brightwater came out on Monday. The report said two million wells had failed.'],
    ['possessive', "On Monday the charity Brightwater's latest report came out. The report said two million wells had failed."],
  ])('"the report" after "%s" is the publisher', (_form, body) => {
    expect(statement(body, 'two million wells had failed')).toMatchObject({ speaker: 'Brightwater' });
  });

  it('a possessive owner before a titled document speaks, and "the report" stays theirs', () => {
    const body = "Cafod wants Britain to act. Greenhope's Hungry Harvest report this week said four million families skip meals. The report said ministers had promised help in 2010.";
    expect(statement(body, 'four million families skip meals')).toMatchObject({ speaker: 'Greenhope', rule: 'speech.clause' });
    expect(statement(body, 'ministers had promised help')).toMatchObject({ speaker: 'Greenhope' });
  });

  it('"according to her review" is the reviewer\'s', () => {
    const body = 'Auditor Ruth Cole has finished her study of the railways. Fares could fall by a tenth, according to the last part of her two-year review.';
    expect(statement(body, 'Fares could fall by a tenth').speaker).toMatch(/Ruth Cole$/);
  });

  it('an organisation the report is about is not its publisher', () => {
    const body = 'Congress published a report on the Water Agency. The report said two million wells had failed.';
    expect(statement(body, 'two million wells had failed').speaker).not.toBe('Water Agency');
  });
});

describe('a relaying source quotes someone', () => {
  it('"..., the agency quoted X as saying" is X\'s, relayed by the agency', () => {
    const body = 'Riverside Foods closed its last plant on Monday. "We are losing a good employer," the agency quoted local worker Dana Pryce as saying.';
    expect(statement(body, 'We are losing a good employer')).toMatchObject({ speaker: 'Dana Pryce', kind: 'DIRECT', rule: 'speech.quoted-as-saying', via: 'agency' });
  });

  it('"The Herald quoted X as saying that ..." reports X', () => {
    const body = 'The Herald quoted Mayor Tom Hale as saying that the bridge would reopen in May.';
    expect(statement(body, 'the bridge would reopen in May')).toMatchObject({ speaker: 'Tom Hale', kind: 'INDIRECT', via: 'Herald' });
  });

  it('the passive "X was quoted as saying ..." reports X', () => {
    const body = 'Finance chief Lena Ruiz was quoted as saying the budget was "a fantasy".';
    expect(statement(body, 'the budget was')).toMatchObject({ speaker: 'Lena Ruiz', kind: 'INDIRECT' });
  });
});

describe('charges and places', () => {
  it('"accused ministers of "hiding ..."": a bare plural object and quoted grounds', () => {
    const body = 'Opposition leader Mira Kovac accused ministers of "hiding from the truth".';
    expect(statement(body, 'hiding from the truth')).toMatchObject({ speaker: 'Mira Kovac', rule: 'speech.charge' });
    expect(statement('Ms Kovac blamed local councils for failing the schools.', 'failing the schools')).toMatchObject({ rule: 'speech.charge' });
  });

  it('"the watchdog said" is the watchdog the story named', () => {
    const body = 'The National Audit Office published a report in March. The watchdog said costs had tripled.';
    expect(statement(body, 'costs had tripled')).toMatchObject({ speaker: 'National Audit Office' });
  });

  it('a place named as the subject is never replaced by the last person quoted', () => {
    const body = 'MP Derek Olu said he would write to the minister. Downing Street said the minister had its full confidence.';
    expect(statement(body, 'the minister had its full confidence').speaker).not.toBe('Derek Olu');
  });
});

describe('more cues after the content', () => {
  it('", as X concede." reports the clause before it', () => {
    const body = 'Even in Ohio, it is too early to call the race, as some party officials concede.';
    expect(statement(body, 'it is too early to call the race')).toMatchObject({ speaker: 'some party officials', kind: 'INDIRECT', rule: 'speech.trailing-cue' });
  });

  it('"as" that is no cue stays none ("as expected", "as the chairman spoke")', () => {
    expect(statementsOf('The plan failed, as expected.')).toEqual([]);
    expect(statementsOf('He left the room, as the chairman spoke.')).toEqual([]);
  });

  it('a participle joined by "and" to a participle clause: "mocking A and (pointedly) saying B"', () => {
    const body = 'Mayor Ruth Vale held a rally, mocking the budget and pointedly saying the council had failed the city.';
    expect(statement(body, 'the council had failed the city')).toMatchObject({ speaker: 'Ruth Vale', kind: 'INDIRECT' });
  });
});

describe('opening adverbials before the subject of a participle cue', () => {
  it('a comma that closes a quoted programme title ends the adverbial', () => {
    const body = 'In an interview with "Morning Desk," Mayor Ruth Vale pointed to the port, remarking that the city should invest in cranes.';
    expect(statement(body, 'the city should invest in cranes')).toMatchObject({ speaker: 'Ruth Vale' });
  });

  it('a place, a state abbreviation and a time in a row are all part of it', () => {
    const body = 'At a fair in Dover, Del., on Friday, Governor Ana Ruiz of Delaware endorsed Mr. Hale, saying that he would make a fine senator.';
    expect(statement(body, 'he would make a fine senator')).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('a described group opens the sentence', () => {
  it('"The lenders denied ..., saying that ..." and "They also said" are the lenders\'', () => {
    const body = 'Prosecutors argued that the banks hid losses. The lenders denied the charges, saying that they never misled savers. They also said that they had repaid most of the money.';
    expect(statement(body, 'they never misled savers')).toMatchObject({ speaker: 'lenders' });
    expect(statement(body, 'they had repaid most')).toMatchObject({ speaker: 'lenders' });
  });

  it('a noun the tagger reads as no speaker ("The decision") does not become one', () => {
    const body = 'Mayor Ana Holt met the farmers. The decision angered them, she said later.';
    expect(statement(body, 'The decision angered them').speaker).toBe('Ana Holt');
  });
});

describe('definite descriptions introduced by an appositive', () => {
  it('"the airline" is the entity the story described as an airline', () => {
    const body = 'Kestrel Air, a low-cost airline, raised its fares on Monday. Rival carriers held theirs. The airline said demand had never been stronger.';
    expect(statement(body, 'demand had never been stronger')).toMatchObject({ speaker: 'Kestrel Air' });
  });

  it('the description is evidence of kind: an airline is an organisation', () => {
    const body = 'Kestrel Air, a low-cost airline, raised its fares on Monday. The airline said demand was strong.';
    expect(extractStory({ body }).entities).toContainEqual(expect.objectContaining({ name: 'Kestrel Air', kind: 'ORGANIZATION' }));
  });

  it('the head noun comes before a prepositional phrase: "a hydrologist at the institute"', () => {
    const body = 'Nils Varga, a hydrologist at the institute, measured the river. The hydrologist said the flow had halved since 2010.';
    expect(statement(body, 'the flow had halved')).toMatchObject({ speaker: 'Nils Varga' });
  });
});

describe('not statements', () => {
  it('"states" as a plural noun is no cue', () => {
    const body = 'Turnout rose in all six northern states, the electoral office said. In the coastal states, queues were long.';
    for (const found of statementsOf(body)) expect(found.cue).not.toBe('states');
  });

  it('a relative clause after the cue\'s object is not reported content', () => {
    const body = 'Governor Ada Quinn thanked the volunteers who spent the weekend clearing the beach.';
    expect(statementsOf(body)).toEqual([]);
  });

  it('"warned X about <participle> Y": a participle after a preposition or an article is no verb', () => {
    const body = 'The water board has warned tenants about contaminated wells. The council warned drivers of the flooded road.';
    expect(statementsOf(body)).toEqual([]);
  });

  it('a participle after ", he said," is an aside, not more of the statement', () => {
    const body = 'Coach Arlo Penn spoke after the match. "We were brave," he said, referring to the second half.';
    expect(statementsOf(body).map((found) => found.text)).toEqual(['"We were brave,"']);
  });
});

describe('datelines', () => {
  it('a mixed-case dateline with its agency ("Lisbon (AFP) –") is no subject for a participle', () => {
    const body = 'Lisbon (AFP) – Minister Ana Vieira has criticised the budget, saying that "cuts of this size" would hurt schools.';
    expect(statement(body, 'cuts of this size')).toMatchObject({ speaker: 'Ana Vieira' });
  });

  it('the place a story was filed from is no part of the statement, and a spaced dash ends a speaker phrase', () => {
    const body = 'HALDEN — The harbour reopened on Friday, Mayor Iris Dunmore said.\n\nBRACKWELL (Wire) - The senator said the bill would pass.';
    expect(statement(body, 'The harbour reopened')).toMatchObject({ text: 'The harbour reopened on Friday', speaker: 'Iris Dunmore' });
    expect(statement(body, 'the bill would pass')).toMatchObject({ speaker: 'senator' });
  });
});

describe('rules are recorded', () => {
  it('each statement names the rule that found it', () => {
    const body = 'Analyst Priya Venn said that rates would fall. "Not this year," she added. According to the bank, inflation is easing.';
    expect(statementsOf(body).map((found) => found.rule)).toEqual(['speech.that-clause', 'speech.trailing-cue', 'according-to.leading']);
  });
});

describe('cues read with what follows them', () => {
  it('a phrasal speech verb keeps its particle: "pointed out that", "pointed out <clause>"; "pointed at" is no cue', () => {
    const body = 'Ms Okafor pointed out that the night ferry had been cut twice. The mayor pointed out the pier was still closed.';
    expect(statement(body, 'the night ferry had been cut twice')).toMatchObject({ speaker: 'Okafor', cue: 'pointed out', kind: 'INDIRECT' });
    expect(statement(body, 'the pier was still closed')).toMatchObject({ cue: 'pointed out' });
    expect(statementsOf('The guide pointed at the old lighthouse. She pointed out the flaws in the plan.')).toEqual([]);
  });

  it('", said analysts." and ", said the operator, <aside>.": a bare group or an organisation noun after an inverted cue', () => {
    const body = 'Fares could rise again next spring, said analysts. Nearly 9,000 passes were sold in a week, said the operator, its best start in years.';
    expect(statement(body, 'Fares could rise again')).toMatchObject({ speaker: 'analysts', kind: 'INDIRECT' });
    expect(statement(body, 'Nearly 9,000 passes were sold')).toMatchObject({ kind: 'INDIRECT' });
    expect(statement(body, 'Nearly 9,000 passes were sold').speaker).toMatch(/operator/);
  });
});

describe('definite descriptions that name a source named before', () => {
  it('"the newspaper" is the newspaper the story named, "the broadcaster" the broadcaster', () => {
    const body = 'The Harbour Gazette ran the story on Monday. The depot will close in May, the newspaper said. Radio Kestrel was first with the news. The night ferry will stop, the broadcaster reported.';
    expect(statement(body, 'The depot will close').speaker).toMatch(/Harbour Gazette/);
    expect(statement(body, 'The night ferry will stop').speaker).toBe('Radio Kestrel');
  });

  it('"the report" is the work of whoever the story said the research, study or survey came from', () => {
    const body = 'Ferry use is rising, according to research from transport consultants Kestrel. Nearly 9,000 passes were sold in a week, said the report.';
    expect(statement(body, 'Nearly 9,000 passes were sold').speaker).toBe('Kestrel');
  });
});

describe('a cue word that is a noun by agreement', () => {
  it('"... for a Danish state." ends in a noun: a bare verb form agrees with no singular subject', () => {
    const body = 'Halvorsen has said that the pact weakens the alliance, whose members want a Nordic state.';
    expect(statementsOf(body).map((found) => found.speaker)).toEqual(['Halvorsen']);
    expect(statementsOf(body)[0]!.text).toBe('that the pact weakens the alliance, whose members want a Nordic state');
  });

  it('plural subjects, "I", and organisations in the British plural keep the bare form a verb', () => {
    expect(statement('The ferry is late again, officials say.', 'The ferry is late again')).toMatchObject({ speaker: 'officials' });
    expect(statement('The ferry is late again, the union say.', 'The ferry is late again').speaker).toMatch(/union/);
    expect(statement('"Speak up!" one person shouted at the back of the hall.', 'Speak up!')).toMatchObject({ speaker: 'one person' });
  });
});

describe('clauses after a subordinator, participles after a time, questions with "which"', () => {
  it('", although she tweeted that ..." ends the first statement and is a statement of its own', () => {
    const body = 'Mayor Ruiz said late on Monday that she would attend, although she tweeted that she "rejects the agenda."';
    expect(statementsOf(body).map((found) => found.text)).toEqual(['that she would attend', 'that she "rejects the agenda."']);
    expect(statementsOf('Ruiz said that she would attend, though Lee said that he would not.').map((found) => found.speaker)).toEqual(['Ruiz', 'Lee']);
  });

  it('"sent an email Wednesday saying ...": the time between the document and the participle', () => {
    const body = 'The harbour board issued a statement on Monday saying the pier would close for a month.';
    expect(statement(body, 'the pier would close')).toMatchObject({ speaker: 'harbour board', kind: 'INDIRECT' });
  });

  it('who received a letter saying something did not say it', () => {
    expect(statement('Residents received letters saying the pier would close for a month.', 'the pier would close').speaker).toBeNull();
  });

  it('"asked Ruiz which towns she could win" is a reported question', () => {
    const body = 'Ms Quinn then asked Ruiz which towns she could win in the spring.';
    expect(statement(body, 'which towns she could win')).toMatchObject({ speaker: 'Quinn', rule: 'speech.question' });
  });
});

describe('an inverted cue inside its clause', () => {
  it('"The trouble with the pier, says Ann Lee, a historian, is that ..." is one statement by Ann Lee', () => {
    const body = 'The trouble with the old pier, says Ann Lee, a local historian, is that nobody owns it.';
    const found = statementsOf(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'Ann Lee', kind: 'INDIRECT' });
    expect(found[0]!.text).toMatch(/^The trouble with the old pier.*is that nobody owns it$/);
  });

  it('an appositive after ", said Ann Lee" at the end is no content', () => {
    expect(statementsOf('The ferry will run in May, said Ann Lee, the port manager.').map((found) => found.text)).toEqual(['The ferry will run in May']);
  });
});

describe('titles in quotation marks', () => {
  it('a quoted Title Case name of a show or a book is no statement; a quoted sentence is', () => {
    const body = 'The network will bring back "Tales From the Harbour," a drama series that first aired in 1989. "We will be back next spring," the producer said.';
    expect(statementsOf(body).map((found) => found.text)).toEqual(['"We will be back next spring,"']);
  });

  it('after a verb whose object can be a work ("wrote", "recommended"), a quoted title is no statement; a slogan after "chanted" is', () => {
    expect(statementsOf('Ms Okafor wrote "The Long Road Home" in 2001. Her teacher recommended "Salt And Iron" to the class.')).toEqual([]);
    expect(statement('The marchers chanted "Save Our Ferry" outside the hall.', 'Save Our Ferry').kind).toBe('DIRECT');
  });
});

describe('the occasion of a quote', () => {
  it('what opens the sentence before "X said, \\"...\\"" is its time or occasion, not words of its own', () => {
    expect(statementsOf('In May, as the ferry was being repaired, Mayor Ruiz said, "We will manage."').map((found) => found.text)).toEqual(['"We will manage."']);
    expect(statementsOf('When the crowd booed, Ruiz said, "Go home."').map((found) => found.text)).toEqual(['"Go home."']);
  });

  it('a clause before the cue is still content when the quote carries it on', () => {
    expect(statementsOf('The ferry is late, Ruiz said, "and nobody cares."').map((found) => found.text)).toEqual(['The ferry is late', '"and nobody cares."']);
  });
});

describe('a bare plural listener', () => {
  it('"told investigators they were ..." reports the clause, not the listener', () => {
    expect(statement('Ruiz told investigators they were unaware of the leak.', 'were unaware')).toMatchObject({ text: 'they were unaware of the leak', speaker: 'Ruiz' });
  });
});

describe('"reported" after its content', () => {
  it('", reported the Harbour Gazette." is an inverted cue like ", said ..."', () => {
    const body = 'Hours before the vote, there was a gloomy mood at the depot, reported the Harbour Gazette.';
    expect(statement(body, 'there was a gloomy mood')).toMatchObject({ cue: 'reported', kind: 'INDIRECT' });
    expect(statement(body, 'there was a gloomy mood').speaker).toMatch(/Harbour Gazette/);
  });
});

describe('unnamed spokespeople and the pronouns after them', () => {
  it('"A spokesman said" right after an organisation is named: the organisation speaks, and "he" goes on with it', () => {
    const body = 'Corvath Rail has cancelled its evening trains. A spokesman said drivers were off sick. "We are sorry for the trouble," he said.';
    expect(statement(body, 'drivers were off sick').speaker).toBe('Corvath Rail');
    expect(statement(body, 'We are sorry').speaker).toBe('Corvath Rail');
  });

  it('"a company spokeswoman" speaks for the company just named; "a spokeswoman for the council" is not re-attached', () => {
    const body = 'Brindle Foods recalled its pies on Friday. A company spokeswoman said the recall was a precaution.';
    expect(statement(body, 'the recall was a precaution').speaker).toBe('Brindle Foods');
    const other = 'Brindle Foods recalled its pies on Friday. A spokeswoman for the council said shops had been told.';
    expect(statement(other, 'shops had been told').speaker).not.toBe('Brindle Foods');
  });

  it('with no organisation in the last sentences, a spokesman stays as written', () => {
    const body = 'Brindle Foods opened in 1990. It grew fast. Its pies won prizes. Sales doubled. A spokesman said the ovens were old.';
    expect(statement(body, 'the ovens were old').speaker).toMatch(/spokesman/i);
  });

  it('"she" after "a spokeswoman" is her, not a person named before her', () => {
    const body = 'Ana Price founded the charity. A spokeswoman said the shop would reopen. "We have new volunteers," she said.';
    expect(statement(body, 'We have new volunteers').speaker).not.toBe('Ana Price');
  });

  it('"it" after "the bank said" with no bank named goes on with the bank', () => {
    const body = 'The bank said it would close ten branches. "This was a hard decision," it said.';
    expect(statement(body, 'This was a hard decision').speaker).toBe('bank');
  });
});

describe('legal filings carry their claims', () => {
  it('"filed a lawsuit alleging that ...", "a complaint claiming that ...": the filer speaks', () => {
    const body = 'The tenants\' group filed a lawsuit alleging that the landlord ignored repairs. Mr Oduya lodged a complaint claiming that the vote was rigged.';
    expect(statement(body, 'the landlord ignored repairs')).toMatchObject({ kind: 'INDIRECT', rule: 'speech.that-clause.participle' });
    expect(statement(body, 'the vote was rigged').speaker).toBe('Oduya');
  });
});

describe('participles joined by "but"', () => {
  it('", conceding that A but warning that B": two statements, one per cue', () => {
    const body = 'Ms Adeyemi backed the scheme, conceding that the cost was high but warning that the works would overrun.';
    expect(statement(body, 'the cost was high').text).toBe('that the cost was high');
    expect(statement(body, 'the works would overrun')).toMatchObject({ cue: 'warning', speaker: 'Adeyemi' });
  });
});

describe('a sentence that opens with a title and a surname', () => {
  it('"Mr Okoro backed the plan, adding that ...": the titled name is the subject a participle takes', () => {
    const body = 'Mr Okoro backed the plan, adding that the depot would stay open.';
    expect(statement(body, 'the depot would stay open').speaker).toBe('Okoro');
  });
});


describe('site labels', () => {
  it('"CORRECTION:" and "EDITOR\'S NOTE:" open the site\'s own notes, not a speaker\'s turn', () => {
    const body = 'CORRECTION: An earlier version of this story gave the wrong date for the vote.\n\nEDITOR\'S NOTE: This story has been updated with new figures.\n\nKEANE: I think the vote will pass.';
    expect(statementsOf(body).map((found) => found.speaker)).toEqual(['KEANE']);
  });
});

describe('speech-act nouns with a time before "that"', () => {
  it('"the port authority\'s announcement on Monday that ...", "her warning last week that ..."', () => {
    const body = 'The port authority\'s announcement on Monday that the ferry would stop shocked islanders. Ms Duarte repeated her warning last week that the pier was unsafe.';
    expect(statement(body, 'the ferry would stop')).toMatchObject({ rule: 'speech.noun-that', cue: 'announcement' });
    expect(statement(body, 'the pier was unsafe')).toMatchObject({ rule: 'speech.noun-that', speaker: 'Duarte' });
  });

  it('"the council\'s proposal that ..." and "the panel\'s recommendation that ..."', () => {
    expect(statement("The council's proposal that fares be frozen was rejected.", 'fares be frozen').rule).toBe('speech.noun-that');
    expect(statement("The panel's recommendation that the bridge close was accepted.", 'the bridge close').speaker).toBe('panel');
  });
});

describe('bodies of people speak', () => {
  it('"the panel said", "the jury said"', () => {
    expect(statement('The panel said the tests were flawed.', 'the tests were flawed').speaker).toBe('panel');
    expect(statement('The jury said it could not agree on a verdict.', 'it could not agree').speaker).toBe('jury');
  });
});

describe('requests to a pronoun or a bare plural', () => {
  it('"urged him not to resign", "called on member states to fund ...", "urged ministers to act"', () => {
    expect(statement('Councillor Ada Birk urged him not to resign from the board.', 'him not to resign')).toMatchObject({ rule: 'speech.request', speaker: 'Ada Birk' });
    expect(statement('Councillor Ada Birk called on member states to fund the scheme.', 'member states to fund the scheme').rule).toBe('speech.request');
    expect(statement('Councillor Ada Birk urged ministers to act.', 'ministers to act').rule).toBe('speech.request');
  });

  it('a plural that is no one is no listener: "asked questions to test the plan"', () => {
    expect(statementsOf('The inspector asked questions to test the plan.')).toEqual([]);
  });
});

describe('a trailing cue without its comma', () => {
  it('"The ferry will stop in May officials said.": a bare group after a clause', () => {
    const body = 'The ferry will stop in May officials said. The pier was closed until Friday police said.';
    expect(statement(body, 'The ferry will stop in May')).toMatchObject({ speaker: 'officials', rule: 'speech.trailing-cue.no-comma', text: 'The ferry will stop in May' });
    expect(statement(body, 'The pier was closed').speaker).toBe('police');
  });

  it('a group opening its own sentence, or after a modifier, is no such cue', () => {
    expect(statementsOf('Senior officials said. Many local officials said.')).toEqual([]);
  });
});

describe('a clause without "that" broken by an aside', () => {
  it('"said the plan, which was costly, would fail": the verb after the aside keeps it a clause', () => {
    const body = 'Councillor Ada Birk said the bridge, which opened in 1990, would close for a year.';
    expect(statement(body, 'would close for a year').text).toBe('the bridge, which opened in 1990, would close for a year');
  });

  it('an object with an aside and no verb after it is no clause: "praised the staff, who worked late, and left"', () => {
    expect(statementsOf('Councillor Ada Birk praised the staff, who worked late, and left.')).toEqual([]);
  });
});

describe('a quotation followed by what the speaker did next', () => {
  it('\'said "we will win" and left\': the quotation alone; \'and that ...\' is a second statement', () => {
    const body = 'Captain Rosa Imbert said "we will win this" and walked off. Coach Ian Tarr said "we are ready" and that the squad was fit.';
    expect(statement(body, 'we will win this')).toMatchObject({ kind: 'DIRECT', text: '"we will win this"' });
    expect(statement(body, 'we are ready')).toMatchObject({ kind: 'DIRECT', text: '"we are ready"' });
    expect(statement(body, 'the squad was fit')).toMatchObject({ kind: 'INDIRECT', text: 'that the squad was fit' });
  });
});

describe('speech-act nouns owned by a "by" phrase or by the subject that issued them', () => {
  it('"a demand, by Senator Ann Vale, that ..." and "the claim by the union that ..."', () => {
    expect(statement('One sticking point is a demand, by Senator Ann Vale, that the bill include tax breaks.', 'the bill include tax breaks').speaker).toBe('Ann Vale');
    expect(statement('The claim by the union that wages had fallen was disputed.', 'wages had fallen').speaker).toBe('union');
  });

  it('"The club issued a statement that the coach had resigned"; "a statement that was mocked" is a relative clause', () => {
    expect(statement('The club issued a statement that the coach had resigned.', 'the coach had resigned').speaker).toBe('club');
    expect(statementsOf('The club issued a statement that was widely mocked.')).toEqual([]);
  });

  it('"her charge that ...", "his threat that ...": more nouns of speech', () => {
    expect(statement('Ms Vale pressed her charge that the mayor had lied.', 'the mayor had lied').speaker).toBe('Vale');
  });
});

describe('a request needs a listener', () => {
  it('"X, who asked not to be named, said ...": no request; the main clause is the statement', () => {
    const body = 'One dock worker, who asked not to be named, said the cranes were unsafe.';
    expect(statementsOf(body).map((found) => [found.text, found.speaker])).toEqual([['the cranes were unsafe', 'One dock worker']]);
  });
});

describe('unnamed spokespeople: where the organisation is not clear', () => {
  it('a lawyer, a source or an aide is nobody\'s spokesperson', () => {
    const body = 'Tom Reyes was charged after a raid by Greyfield Police. A lawyer said he would plead not guilty. "He is innocent," she said.';
    expect(statement(body, 'he would plead not guilty').speaker).toBe('A lawyer');
  });

  it('an organisation named as a source, an agent or an outlet is not the one a spokesman speaks for', () => {
    expect(statement('Ann Lee told the Greyfield Gazette the bank had lied to her. A spokesman said the claim was false.', 'the claim was false').speaker).toBe('A spokesman');
    expect(statement('Marlow Water was fined £2m by the Environment Agency. A spokesman said the company would appeal.', 'the company would appeal').speaker).toBe('Marlow Water');
  });

  it('two organisations in view: nobody can say whose spokesman it is', () => {
    expect(statement('Harbour Bank hired Corvath Consulting last year. A spokesman said the deal was over.', 'the deal was over').speaker).toBe('A spokesman');
  });

  it('"a bank spokesman" is no council\'s, "a charity spokeswoman" no bank\'s', () => {
    expect(statement('Greyfield Council approved the loan. A bank spokesman said the terms were fair.', 'the terms were fair').speaker).toBe('A bank spokesman');
    expect(statement('Harbour Bank closed ten branches. A charity spokeswoman said elderly customers would suffer.', 'elderly customers would suffer').speaker).toBe('A charity spokeswoman');
  });
});

describe('who speaks through a document', () => {
  it('the target of a lawsuit does not speak through it; "put out a statement saying" is the subject\'s', () => {
    expect(statement('Harbour Bank faces a lawsuit claiming it misled savers.', 'it misled savers').speaker).not.toBe('Harbour Bank');
    expect(statement('The firm put out a statement saying it would appeal.', 'it would appeal').speaker).toBe('firm');
    expect(statement('The Dunmore campaign sent a fundraising email on Monday saying that the race was close.', 'the race was close').speaker).toMatch(/Dunmore/);
  });
});

describe('review: near-misses of this release\'s rules', () => {
  it('"what police said", "what union members said": no statement', () => {
    expect(statementsOf('Nobody believed what police said. That is not what union members said.')).toEqual([]);
  });

  it('a deadline after "by" is no owner; a relative clause after it is no content', () => {
    expect(statementsOf('Fans hope for a promise by Christmas that the club will stay in Greyfield.').map((found) => found.speaker)).not.toContain('Christmas');
    expect(statementsOf('The government promised a recommendation by March that would settle the dispute.')).toEqual([]);
    expect(statementsOf('The minister made a promise that she has since broken.')).toEqual([]);
  });

  it('a message in capitals after "wrote" is still words; a title with its comma is not', () => {
    expect(statement('He wrote "I Am Sorry" on a note left at the scene.', 'I Am Sorry').cue).toBe('wrote');
    expect(statementsOf('She wrote "The Long Road Home," a memoir about her childhood, in 2001.')).toEqual([]);
  });

  it('site labels are whole labels: "NOTE TAKER:" is someone\'s turn; "CORRECTION:" is not', () => {
    expect(statementsOf('CORRECTION: An earlier version of this story gave the wrong date.')).toEqual([]);
    expect(statementsOf('The hearing resumed.\n\nNOTE TAKER: The meeting started late.').length).toBe(1);
  });

  it('"urged families not to panic": a negated request to a bare plural', () => {
    expect(statement('The charity urged families not to panic.', 'families not to panic').rule).toBe('speech.request');
  });
});

describe('a cue inside a relative clause whose verb follows it', () => {
  it('"a tax that many economists say hurts the poor", "the plan, which officials say will cost £2m, was approved"', () => {
    expect(statement('It is a tax that many economists say hurts the poor.', 'hurts the poor')).toMatchObject({ rule: 'speech.relative', speaker: 'many economists', text: 'hurts the poor' });
    expect(statement('The ferry plan, which officials say will cost £2m, was approved.', 'will cost £2m')).toMatchObject({ speaker: 'officials', text: 'will cost £2m' });
  });

  it('a passive inside the relative clause reports no one: "that it was reported live"', () => {
    expect(statementsOf('It is the clip that it was reported live on the day.')).toEqual([]);
  });
});

describe('a cue in a relative clause between commas', () => {
  it('"The mayor, who said the plan was costly, resigned": the content ends with the relative clause', () => {
    expect(statement('Mayor Ines Dorr, who said the ferry plan was costly, resigned on Monday.', 'the ferry plan was costly').text).toBe('the ferry plan was costly');
  });
});

describe('a participle after the speaker\'s head noun', () => {
  it('"A campaign ad released Tuesday says ...": the participle and its time are no part of the speaker', () => {
    expect(statement('A campaign ad released Tuesday says the senator lied.', 'the senator lied').speaker).toBe('A campaign ad');
    expect(statement('Officials involved said the talks were over.', 'the talks were over').speaker).toBe('officials');
    // After a pronoun the participle is part of the phrase: "those surveyed".
    expect(statement('Most of those surveyed said the tax was unfair.', 'the tax was unfair').speaker).toBe('Most of those surveyed');
  });
});

describe('programmes as listeners', () => {
  it('"told the BBC\'s Today programme that", "told BBC Radio 4\'s Today programme", "told Radio 5 Live that"', () => {
    expect(statement("Ms Vale told the BBC's Today programme that the plan would fail.", 'the plan would fail').text).toBe('that the plan would fail');
    expect(statement("Mr Lund told BBC Radio 4's Today programme the bank was safe.", 'the bank was safe').text).toBe('the bank was safe');
    expect(statement('Ms Vale told Radio 5 Live that fares would rise.', 'fares would rise').text).toBe('that fares would rise');
  });
});

describe('an organisation\'s relative clause', () => {
  it('"..., backed by Harbour Bank, which said ..." and "the Harbour Lenders Group (HLG), which said ..."', () => {
    expect(statement('The plan was backed by Harbour Bank, which said it would lend more.', 'it would lend more').speaker).toBe('Harbour Bank');
    expect(statement('The plan was backed by the Harbour Lenders Group (HLG), which said it would lend more.', 'it would lend more').speaker).toBe('Harbour Lenders Group');
  });
});

describe('an -s form after a possessive and an adjective', () => {
  it('"His opening remarks were ..." is no cue; "His team says ..." is', () => {
    expect(statementsOf('His opening remarks were so quiet that nobody clapped at all.')).toEqual([]);
    expect(statement('His team says the plan will work.', 'the plan will work').cue).toBe('says');
  });
});

describe('"the newspaper" and a one-word title', () => {
  it('"the editors of The Beacon ... The newspaper said": the newspaper is The Beacon', () => {
    const body = 'The flood hit Harbourtown hard. That did not sit well with the editors of The Beacon, who wrote a stern editorial. The newspaper said the mayor had failed.';
    expect(statement(body, 'the mayor had failed').speaker).toBe('Beacon');
  });
});

describe('an infinitive whose frame says the speaking happened', () => {
  it('"was quick to point out that", "went on to say that", "was keen to stress that", "took to the radio to say that"', () => {
    expect(statement('Mr Lund was quick to point out that the bank was safe.', 'the bank was safe').speaker).toBe('Lund');
    expect(statement('Ms Vale went on to say that the plan was dead.', 'the plan was dead').speaker).toBe('Vale');
    expect(statement('Mr Lund was keen to stress that the bank was safe.', 'the bank was safe').speaker).toBe('Lund');
    expect(statement('Ms Vale took to the radio to say that the vote was rigged.', 'the vote was rigged').speaker).toBe('Vale');
  });

  it('"declined to say", "plans to announce": the speaking did not happen', () => {
    expect(statementsOf('Ms Vale declined to say whether she would stand. Mr Lund plans to announce that he will retire.')).toEqual([]);
  });
});
