// Speakers a story refers to by a description rather than a name: a document someone issued ("the
// statement said"), an organisation described before its name ("the aid agency Relief Without
// Borders"), a person's organisation ("Marsh's union"), the unnamed spokesperson who goes on as "he",
// and a quotation after a colon that a publishing verb introduces. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
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

describe('a description the story names only after it', () => {
  it('"..., the energy regulator has announced. The Energy Pricing Authority said ..." is the authority', () => {
    const body = 'Bills to fall\n\nHousehold energy bills will fall by £118 a year from April, the energy regulator has announced.\n\nThe Energy Pricing Authority said wholesale costs had dropped.';
    expect(statement(body, 'Household energy bills will fall').speaker).toBe('Energy Pricing Authority');
  });

  it('"..., a report says. The study, by the Higher Education Council, ..." is the council', () => {
    const body = 'Fewer teenagers from poor areas go to university, a report says.\n\nThe study, by the Higher Education Council for Wales, found that the gap had narrowed.';
    expect(statement(body, 'Fewer teenagers from poor areas go to university').speaker).toBe('Higher Education Council for Wales');
  });

  it('a noun for a person is never an organisation named later: "The lifelong Democrat said"', () => {
    const body = 'The lifelong Democrat said she will not vote this year.\n\nShe joined the Coastal Democrats in 1990.';
    expect(statement(body, 'she will not vote this year').speaker).not.toBe('Coastal Democrats');
  });

  it('"Inspectors said ..." is the inspectorate named just after', () => {
    const body = 'Inspectors said patients were left without water. The Care Standards Inspectorate rated the hospital inadequate.';
    expect(statement(body, 'patients were left without water').speaker).toBe('Care Standards Inspectorate');
  });

  it('"A three-judge panel agreed ..., finding that" is the court named before', () => {
    const body = 'The case went to the Kelso Court of Appeals in May. A three-judge panel agreed with the firms, finding that the case could not be brought.';
    expect(statement(body, 'that the case could not be brought').speaker).toBe('Kelso Court of Appeals');
  });

  it('"the panel said" is the court it sits for', () => {
    const body = 'The Tidewater Court of Appeals struck down the map on Monday. If the county fails to act, the panel said an expert would draw the lines.';
    expect(statement(body, 'an expert would draw the lines').speaker).toBe('Tidewater Court of Appeals');
  });
});

describe('a role held somewhere', () => {
  it('"The governor of a coastal district in north Marlo promised ..." is the governor the story names, never the place', () => {
    const body = 'The governor of a coastal district in north Marlo promised on Monday to build a sea wall within three years.\n\nGovernor Adi Prasetyo told reporters the wall would cost $40 million.';
    expect(statement(body, 'to build a sea wall within three years').speaker).toBe('Adi Prasetyo');
  });

  it('with nobody named in that role, the role as written: "the mayor of Leeds"', () => {
    expect(statement('The mayor of Leeds said the roads were closed.', 'the roads were closed').speaker).toBe('mayor of Leeds');
  });

  it('"The chief executive of Harbour Bank, Ann Lowe, said" is Ann Lowe: a given name after the comma is a person, not a state', () => {
    const body = 'The chief executive of Harbour Bank, Ann Lowe, said profits rose by a third this year.';
    expect(statement(body, 'profits rose by a third this year').speaker).toBe('Ann Lowe');
    expect(statement('Ann Holt, a nurse in Springfield, New York, said the ward was full.', 'the ward was full').speaker).toBe('Ann Holt');
  });
});

describe('descriptions with a name inside or beside them', () => {
  it('"But the KPF, which controls the east, said" is the front, not the relative clause', () => {
    const body = "The Kesh People's Front (KPF) fought on. But the KPF, which controls much of the east, said the offer was a trap.";
    expect(statement(body, 'the offer was a trap').speaker).toBe("Kesh People's Front");
  });

  it('"According to retail analyst Jo Fenwick of the broker Orrin & Blake" is the analyst', () => {
    const body = 'According to retail analyst Jo Fenwick of the broker Orrin & Blake, sales fell for 11 months.';
    expect(statement(body, 'sales fell for 11 months').speaker).toBe('Jo Fenwick');
  });

  it('"The UK carmaker said" refers back like "the carmaker": a country only modifies it', () => {
    const body = 'Ashcombe Motors left the venture on Monday. The UK carmaker said on Wednesday that it would buy cells elsewhere.';
    expect(statement(body, 'that it would buy cells elsewhere').speaker).toBe('Ashcombe Motors');
  });

  it('"A Dunmore spokesman" after "Dunmore United" speaks for the club', () => {
    const body = 'Dunmore United bid for the striker in July. A Dunmore spokesman said the club was disappointed.';
    expect(statement(body, 'the club was disappointed').speaker).toBe('Dunmore United');
  });

  it('"The Republican leader" is the one the story described as a Republican, not the only "leader"', () => {
    const body =
      'The deal was struck by Senate Majority Leader Carla Brennan and the top House Republican, Tom Haskell, on Monday.\n\n' +
      'Mr Haskell said his caucus had won limits. The Republican leader added that the deal was fair.';
    expect(statement(body, 'that the deal was fair').speaker).toBe('Tom Haskell');
  });
});

describe('a report its speaker said something in', () => {
  const filler = 'Builders were busy. Prices rose. Sales fell. Rents went up. ';
  it('"The committee said in a report ..." makes "the report" the committee\'s, many sentences later', () => {
    const body = `The Housing Select Committee said in a report published on Wednesday that too few homes were built.\n\n${filler}\n\nThe report urged ministers to publish a yearly plan.`;
    expect(statement(body, 'publish a yearly plan').speaker).toBe('Housing Select Committee');
  });

  it('"saw no evidence in the report" does not make the speaker its owner', () => {
    const body = `Tom Shaw, an expert, said he saw no evidence in the report that the plan had failed.\n\n${filler}\n\nThe report said builders had gone home.`;
    expect(statement(body, 'builders had gone home').speaker).not.toBe('Tom Shaw');
  });

  it('"the panel" is never a board named before it', () => {
    const body = 'The Wexford County Board of Supervisors drew the map. If the county fails to act, the panel said an expert would draw the lines.';
    expect(statement(body, 'an expert would draw the lines').speaker).not.toBe('Wexford County Board of Supervisors');
  });
});

describe('two people spoken of together', () => {
  it('"Both said ..." after two people were named is the two of them, in the order the story met them', () => {
    const body = 'Doug Hessler said the issue belonged to the states, while Karen Villanueva said she would vote no.\n\nOn tariffs, the two largely agreed. Both said they supported higher duties on steel.';
    expect(statement(body, 'they supported higher duties on steel').speaker).toBe('Doug Hessler and Karen Villanueva');
  });

  it('with three people in view, "Both" names no pair of them', () => {
    const body = 'Doug Hessler, Ann Marr and Karen Villanueva debated on Monday. Both said they supported higher duties on steel.';
    expect(statement(body, 'they supported higher duties on steel').speaker ?? '').not.toContain(' and ');
  });
});

describe('groups, appositives and places in speaker phrases', () => {
  it('"Residents of a small town ... have blocked the road, saying ..." are residents, in lowercase', () => {
    const body = 'Residents of a small town in northern Chile have blocked the road to a mine for a fifth day, saying the mine is draining their wells.';
    expect(statement(body, 'the mine is draining their wells').speaker).toBe('residents');
  });

  it('"Democrats said" keeps its capital: a party\'s members are a proper noun', () => {
    expect(statement('Democrats said the bill would fail.', 'the bill would fail').speaker).toBe('Democrats');
  });

  it('"Paramedics in the East Midlands have said ..." keep their place; the place alone is no speaker', () => {
    expect(statement('Paramedics in the East Midlands have said patients are being put at risk.', 'patients are being put at risk').speaker).toBe('paramedics in the East Midlands');
  });

  it('"Leticia Obregon, a home health aide who said she ..., urged ...": the name, and the relative clause ends at its comma', () => {
    const body = 'Riders were divided. Leticia Obregon, a home health aide who said she spends $90 a month on passes, urged the board to freeze fares.';
    expect(statement(body, 'she spends $90 a month on passes')).toMatchObject({ speaker: 'Leticia Obregon', text: 'she spends $90 a month on passes' });
  });

  it('"Robin Ashcroft, the MP for North Dalesford, said ... "...," he said": with no man in the story, "he" is the last speaker whatever the name guessed', () => {
    const body = 'The minister, Helen Marsh, said councils would choose. Robin Ashcroft, the MP for North Dalesford, said routes would vanish.\n\n"She has listened politely," he said.';
    expect(statement(body, '"She has listened politely,"').speaker).toBe('Robin Ashcroft');
  });

  it('"North Dalesford" is a place and "Andes Litio Resources" an organisation', () => {
    const { entities } = extractStory({ body: 'Buses will stop running in North Dalesford next year, and Andes Litio Resources will close its depot there.' });
    expect(entities.find((entity) => entity.name === 'North Dalesford')?.kind).toBe('PLACE');
    expect(entities.find((entity) => entity.name === 'Andes Litio Resources')?.kind).toBe('ORGANIZATION');
  });
});
