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
    // (Nobody rather than the wrong one: the voters speak, not the councillor.)
    expect(statement(body, 'she had kept her promises').speaker).toBeNull();
  });

  it('verbs that report no speech carry no participle: "avoided saying", "stopped saying", "found X telling"', () => {
    expect(statementsOf('Mr Tom Reed avoided saying the plan had failed.')).toEqual([]);
    expect(statementsOf('Mr Tom Reed stopped saying the plan would work.')).toEqual([]);
    expect(statementsOf('Ms Ada Cole found the council telling her to pay twice.')).toEqual([]);
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
    // (Nouns, not verbs: "raise questions whether", "no wonder why".)
    expect(statementsOf('Critics raise questions whether the plan will work.')).toEqual([]);
    expect(statementsOf('It is no wonder why fans left the club.')).toEqual([]);
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
  it('a later person who is a verb\'s object stays the antecedent', () => {
    const body = 'Mr Tom Reed, the chairman, opened the hearing. The committee questioned Mr John Smith for three hours. He said he had done nothing wrong.';
    expect(statement(body, 'he had done nothing wrong').speaker).toBe('John Smith');
  });

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
    // ("As he wrote, ..." is a time: only saying, noting, putting it and pointing out report.)
    expect(statementsOf('Tom Reed is the coach. As he wrote, the fans began to sing.')).toEqual([]);
    expect(statementsOf('As expected, the council approved the plan on Monday.')).toEqual([]);
    expect(statementsOf('As Mr Alan Roe said goodbye, the crowd cheered him.')).toEqual([]);
  });
});

describe('who speaks in an appositive', () => {
  it('a name with its affiliation: "Martin Grieve, of Halden Consulting, said"', () => {
    const body = 'Industry analyst Martin Grieve, of Halden Transport Consulting, said he expected a deal by the summer.';
    expect(statement(body, 'he expected a deal')).toMatchObject({ speaker: 'Martin Grieve' });
  });

  it('a description, then a role and a name: the name speaks', () => {
    const body = 'Her opposite number, shadow housing secretary Gareth Lloyd-Price, said the figures were a damning verdict.';
    expect(statement(body, 'the figures were a damning verdict')).toMatchObject({ speaker: 'Gareth Lloyd-Price' });
  });

  it('a participle about someone else is no role: "responding to reporter X"', () => {
    const body = 'Mayor Ida Crane met the press on Monday. Crane, responding to reporter Jim Okoro, said the budget was balanced.';
    expect(statement(body, 'the budget was balanced')).toMatchObject({ speaker: 'Ida Crane' });
  });

  it('"One, a runner from Bristol, told ...": the description speaks, not "One" nor the place', () => {
    const body = 'Some users have already deleted the app. One, a 34-year-old runner from Bristol, told the BBC she had been horrified.';
    expect(statement(body, 'she had been horrified').speaker).toBe('a 34-year-old runner from Bristol');
  });

  it('a spokesperson "at" or "from" an organisation, and a document from it, speak for it', () => {
    expect(statement('A spokeswoman at Thames Water said the pipes would be replaced.', 'the pipes would be replaced').speaker).toBe('Thames Water');
    expect(statement('A spokesman from Barclays said the branch would close.', 'the branch would close').speaker).toBe('Barclays');
    expect(statement('A letter from Barclays said the branch would close.', 'the branch would close').speaker).toBe('Barclays');
  });

  it('a person described by where they are from is no place', () => {
    expect(statement('A nurse in Dayton said she had not been paid for a month.', 'she had not been paid').speaker).toBe('A nurse in Dayton');
    expect(statement('One driver based in Leeds said morale was low.', 'morale was low').speaker).toBe('One driver based in Leeds');
  });

  it('after an inversion, a role with "of" and then the name: the name', () => {
    const body = '"These were not isolated failings," said the inspectorate\'s chief inspector of hospitals, Dr Kwame Mensah.';
    expect(statement(body, 'These were not isolated failings')).toMatchObject({ speaker: 'Kwame Mensah' });
  });

  it('"a spokeswoman for the firm": the organisation the story is about', () => {
    const body = 'Brightwell Energy said it welcomed the cut. A spokeswoman for the firm added that it had doubled its hardship fund.';
    expect(statement(body, 'it had doubled its hardship fund')).toMatchObject({ speaker: 'Brightwell Energy' });
  });

  it('a wire dateline with a state\'s abbreviation is no sentence of its own', () => {
    const body = 'HARRISBURG, Pa. (AP) — Gov. Nathan Okonkwo vetoed a bill Friday, calling it "a blank check written against the schools."';
    expect(statement(body, 'a blank check')).toMatchObject({ speaker: 'Nathan Okonkwo' });
    // ("He fell ill. Then ..." still ends a sentence: only a capitalised state after a town and a comma is one.)
    expect(statementsOf('Mr Ray Dunn fell ill. He said later that he had been overworked.')[0]).toMatchObject({ speaker: 'Ray Dunn' });
  });

  it('a state after a town ends a sentence when a new one starts after it; before a verb it does not', () => {
    const moved = 'Mr Ray Dunn moved to Seattle, Wash. The move, he said, was for work.';
    expect(statement(moved, 'The move')).toMatchObject({ start: moved.indexOf('The move') });
    const holt = 'Dr Ann Holt of Springfield, Ill. said the tax was unfair. Dr Ben Ode, of Dayton, Ohio, said it was fair.';
    expect(statement(holt, 'the tax was unfair').speaker).toBe('Ann Holt');
    expect(statement(holt, 'it was fair').speaker).toBe('Ben Ode');
  });
});

describe('unnamed people who go on speaking', () => {
  it('"he" after "a spokesman for the operator" stays with the operator', () => {
    const body = 'Northline Rail rejected the claim. A spokesman for the operator said the offer was fair. "We remain ready to talk," he added.';
    expect(statement(body, 'We remain ready to talk')).toMatchObject({ speaker: 'Northline Rail' });
  });

  it('"he" after "one driver based in Leeds" stays with that driver, not the last person named', () => {
    const body = 'Union leader Anthony Whitlow addressed a rally. One driver based in Leeds, who did not want to be named, said morale was low. "We have been told money is tight," he said.';
    expect(statement(body, 'We have been told money is tight')).toMatchObject({ speaker: 'One driver based in Leeds' });
  });
});

describe('names with "and" and sentence subjects in apposition', () => {
  it('an organisation whose name holds "and" speaks as a whole after its cue', () => {
    const body = 'Drivers will walk out on three days this month, the Rail and Transport Union has said.';
    expect(statement(body, 'Drivers will walk out')).toMatchObject({ rule: 'speech.trailing-cue' });
    expect(statement(body, 'Drivers will walk out').speaker).toMatch(/Transport Union$/);
  });

  it('two people joined by "and" are no one name: the phrase still ends at "and"', () => {
    const body = 'The two partners disagreed. Ms Ana Smith and Mr Ben Jones said the firm would be sold.';
    expect(statement(body, 'the firm would be sold').speaker).toBe('Ben Jones');
  });

  it('a sentence opening with a description and a name between commas has the name as subject', () => {
    const body = 'Inspectors rated the hospital inadequate. The trust\'s chief executive, Amanda Clarke, apologised to patients and said the findings were difficult to read.';
    expect(statement(body, 'the findings were difficult to read')).toMatchObject({ speaker: 'Amanda Clarke' });
  });
});

describe('someone close to a person named', () => {
  it.each([
    ['a confidant', 'Governor Pell Anders held a rally. One Anders confidant said the campaign was broke.', 'the campaign was broke', 'One Anders confidant'],
    ['an aide', 'Senator Colleen Marsh spoke in Ames. A Marsh aide, who spoke on condition of anonymity, said the campaign would spend more on radio.', 'the campaign would spend more', 'A Marsh aide'],
  ])('%s is not the person named', (_form, body, part, speaker) => {
    expect(statement(body, part).speaker).toBe(speaker);
  });

  it('a spokesman still speaks for the one named', () => {
    const body = 'Senator Colleen Marsh spoke in Ames. A spokesman for Ms Marsh said the campaign would spend more on radio.';
    expect(statement(body, 'the campaign would spend more').speaker).toBe('Colleen Marsh');
  });
});

describe('a role noun for an organisation', () => {
  it('"the regulator" by the last word of a name, never by a word inside it', () => {
    const fined = 'Harbour Water was fined £3m. The Water Services Commission imposed the fine. Harbour Water said it would appeal. The regulator said the company had failed its customers.';
    expect(statement(fined, 'the company had failed').speaker).toBe('Water Services Commission');
    const charity = 'The Arkwright Trust lost its case at the Court of Appeal. The charity said it would fight on.';
    expect(statement(charity, 'it would fight on').speaker).toBe('Arkwright Trust');
  });

  it('"the watchdog" is the Authority or Commission the story named', () => {
    const body = 'Brightwell Energy will cut its prices. The Energy Consumer Authority cut the price cap on Monday. Brightwell Energy said it welcomed the move, and Brightwell Energy shares rose. The watchdog said bills would fall by £118.';
    expect(statement(body, 'bills would fall')).toMatchObject({ speaker: 'Energy Consumer Authority' });
  });
});

describe('a role with a party word', () => {
  it('"the Democratic governor" is the one governor the story named', () => {
    const body = 'Gov. Nathan Okonkwo vetoed the bill on Friday. The Democratic governor said in a veto message that the measure would divert money from schools.';
    expect(statement(body, 'the measure would divert money')).toMatchObject({ speaker: 'Nathan Okonkwo' });
  });
});

describe('requests, charges and offices in longer forms', () => {
  it('"pleaded with X to ..." is a request', () => {
    expect(statement('Farm groups pleaded with both senators to return to the table.', 'to return to the table')).toMatchObject({ rule: 'speech.request' });
  });

  it('"accused X ... of <gerund>" across a longer object', () => {
    const body = 'State Sen. Colleen Marsh accused her rival for the Republican Senate nomination on Saturday of dodging rural voters.';
    expect(statement(body, 'dodging rural voters')).toMatchObject({ speaker: 'Colleen Marsh', rule: 'speech.charge' });
  });

  it('a person\'s office speaks for them', () => {
    expect(statement('Senator Ada Voss missed the vote. Voss\'s office said she had been unwell.', 'she had been unwell').speaker).toBe('Ada Voss');
    expect(statement('Gov. Nathan Okonkwo vetoed the bill. The governor\'s office said he would meet leaders on Monday.', 'he would meet leaders').speaker).toBe('Nathan Okonkwo');
  });
});

describe('a pronoun\'s contraction before a cue', () => {
  it('"a sentence I never thought I\'d write: ..." has the pronoun as subject, never the clause before it', () => {
    const body = 'The result is a sentence I never thought I\'d write: the council got it right.';
    expect(statement(body, 'the council got it right').speaker).toBeNull();
    const named = 'Columnist Dev Rook looked back. "It was a long year," he said. The result, he wrote, is a sentence he\'d never thought he\'d write: the council got it right.';
    expect(statement(named, 'the council got it right').speaker).toBe('Dev Rook');
  });
});

describe('a pronoun after an opening participle clause', () => {
  it('is never the person that clause names: "Asked about Mr Drake, he said ..."', () => {
    expect(statement('Mr Olin Drake met Mr Pavel Roon. Asked about Mr Drake, he said they were friends.', 'they were friends').speaker).toBe('Pavel Roon');
    expect(statement('Mr Olin Drake lives in Leeds. Mr Pavel Roon arrived later. Commenting on Mr Roon\'s case, he said the state owed him nothing.', 'the state owed him nothing').speaker).toBe('Olin Drake');
  });

  it('a participle clause that names no one changes nothing', () => {
    expect(statement('Mr Pavel Roon spoke last. Speaking to reporters, he said the case was closed.', 'the case was closed').speaker).toBe('Pavel Roon');
  });
});

describe('a sentence opening with an adverbial', () => {
  it('"Despite ..., President Lula has ..., arguing that": the subject after the adverbial speaks', () => {
    const body = 'Analyst Julio Ramos said growth was slow. Despite his leftist background, President Lula has pursued a careful policy, arguing that the government needs growth first.';
    expect(statement(body, 'the government needs growth first').speaker).toBe('Lula');
  });
});

describe('more clause and speaker forms', () => {
  it('a subject interrupted by a relative clause, then an irregular past', () => {
    const body = 'Transport Secretary Alan Whitcombe said the increase, which is below inflation, struck the right balance.';
    expect(statement(body, 'struck the right balance')).toMatchObject({ speaker: 'Alan Whitcombe', rule: 'speech.clause' });
  });

  it('a pledge after a time: "promised on Monday to build ..."', () => {
    expect(statement('Mayor Ann Lee promised on Monday to build a sea wall.', 'to build a sea wall')).toMatchObject({ speaker: 'Ann Lee', rule: 'speech.pledge' });
  });

  it('a request whose infinitive opens a quotation', () => {
    expect(statement('The growers urged senators to "put farmers back at the table" before the vote.', 'put farmers back')).toMatchObject({ rule: 'speech.request' });
  });

  it('a charge across an appositive: "accused her opponent, businessman X, of ..."', () => {
    const body = 'Democrat Karen Villa accused her Republican opponent, businessman Doug Hessel, of shipping jobs overseas.';
    expect(statement(body, 'shipping jobs overseas')).toMatchObject({ speaker: 'Karen Villa', rule: 'speech.charge' });
  });

  it('a reply: "shot back that", "hit back that"', () => {
    expect(statement('Senator Ruth Lane shot back that she had voted for the bill.', 'she had voted for the bill')).toMatchObject({ speaker: 'Ruth Lane' });
  });

  it('"groups who say ..." without a comma: the group, not the clause before it', () => {
    const body = 'Rail fares will rise by 4.9%, prompting anger from passenger groups who say services have got worse.';
    expect(statement(body, 'services have got worse').speaker).toBe('passenger groups');
  });

  it('an approximate amount opens the reported clause: "said about one in five ..."', () => {
    const body = 'A spokeswoman for Trentvale Hospitals Trust, which runs two busy departments, said about one in five of its beds was occupied.';
    expect(statement(body, 'one in five of its beds')).toMatchObject({ speaker: 'Trentvale Hospitals Trust' });
    expect(statement(body, 'one in five of its beds').text).toMatch(/^about one in five/);
  });

  it('a segment before an appositive ends at a colon: "Others were less calm: one woman, who ..., said"', () => {
    const body = 'Gary Hinds took it calmly. Others were less calm: one woman, who did not want to be named, said she would give up her job.';
    expect(statement(body, 'she would give up her job').speaker).toBe('one woman');
  });
});

describe('a reported clause whose subject is a list or holds an aside', () => {
  it('"said higher bills, rising wages and a drop in trade had squeezed margins"', () => {
    const body = 'Chief executive Ann Rudd said higher energy bills, rising wages and a drop in trade had squeezed margins.';
    expect(statement(body, 'higher energy bills, rising wages and a drop in trade had squeezed margins').speaker).toBe('Ann Rudd');
  });

  it('"said the increase, which is below inflation, struck the right balance"', () => {
    const body = 'Transport Secretary Alan Kerr said the increase, which is below inflation, struck the right balance.';
    expect(statement(body, 'the increase, which is below inflation, struck the right balance').speaker).toBe('Alan Kerr');
  });

  it('a list with no verb after it is no clause: "said thanks, hugs and goodbyes"', () => {
    expect(statementsOf('Mr Tom Reed said thanks, hugs and goodbyes to the staff.')).toEqual([]);
  });
});

describe('two cues in one sentence', () => {
  it('"While Mr Cole said A, he said B" gives two statements', () => {
    const body = 'While Mr Cole said the plan was good, he said it was late.';
    expect(statement(body, 'the plan was good').text).toBe('the plan was good');
    expect(statement(body, 'it was late').speaker).toBe('Cole');
  });

  it('an opening adverbial of the reported clause is no clause of its own: "disclosed that after the vote, X called her ..."', () => {
    const body = 'Ms Ada Cole disclosed that after the vote, Tom Vale called her to ask for help.';
    expect(statement(body, 'that after the vote').text).toBe('that after the vote, Tom Vale called her to ask for help');
  });

  it('\'"...," said Tom Reed, who said he would not vote\': the relative clause reports its own words', () => {
    const body = '"The army is tired," said Tom Reed, who said he would not vote.';
    expect(statement(body, '"The army is tired,"').speaker).toBe('Tom Reed');
    expect(statement(body, 'he would not vote')).toMatchObject({ speaker: 'Tom Reed', kind: 'INDIRECT' });
  });
});

describe('a quantified relative pronoun', () => {
  it('"..., both of whom advised him that ..." never makes "both of whom" a speaker', () => {
    const body = 'Mr Vale said he had asked Mark Hern and Ann Dow at the University of Virginia, both of whom advised him that the order was lawful.';
    expect(statementsOf(body).map((found) => found.speaker)).not.toContain('both of whom');
  });
});
