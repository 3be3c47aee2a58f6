// The kinds of names the words of the name leave open, settled by what the story writes around
// them (src/extraction/entities/kind-evidence.ts, kinds.ts). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';

const kindOf = (body: string, name: string) => extractStory({ body }).entities.find((entity) => entity.name === name || entity.aliases.includes(name))?.kind;

describe('a person, by how the story speaks of them', () => {
  it('person.pronoun: "Varsko said she would ..."', () => {
    expect(kindOf('The board met on Monday, and Varsko said she would not stand again.', 'Varsko')).toBe('PERSON');
    expect(kindOf('After the vote, Brannagh has resigned his seat on the panel.', 'Brannagh')).toBe('PERSON');
  });

  it('person.pronoun only for a subject: not "the mother of a Varsko victim says he ..."', () => {
    expect(kindOf('A joke on the Varsko forum was that he had left.', 'Varsko')).not.toBe('PERSON');
    expect(kindOf('A group of Varskans thanked Brannagh, and the mother of a Brannagh pupil says he helped.', 'Brannagh')).not.toBe('PERSON');
  });

  it('a group in the plural is no person: "Republicans, who ..."', () => {
    expect(kindOf('The bill was blocked by Conservatives, who hold the majority.', 'Conservatives')).not.toBe('PERSON');
  });

  it('person.age: "Varsko, 47, ..."', () => {
    expect(kindOf('The shop, said Varsko, 47, will reopen.', 'Varsko')).toBe('PERSON');
  });

  it('person.who, but not after "of": "the editors of X, who ..." may be the editors', () => {
    expect(kindOf('The pier will close, said Varsko, who chairs the harbour trust.', 'Varsko')).toBe('PERSON');
    expect(kindOf('The pier will close, according to the editors of Varsko, who wrote to the council.', 'Varsko')).not.toBe('PERSON');
    // After a noun's preposition the "who" is the noun's; after "according to" or a verb's "with" it is the name's.
    expect(kindOf('One driver based in Leeds, who did not want to be named, said morale was low.', 'Leeds')).not.toBe('PERSON');
    expect(kindOf('Talks stalled, according to Varsko, who chairs the board.', 'Varsko')).toBe('PERSON');
    expect(kindOf('Reporters spoke with Varsko, who leads the inquiry.', 'Varsko')).toBe('PERSON');
  });

  it("person.kin: \"Varsko's wife\"", () => {
    expect(kindOf("The house was sold, and Varsko's wife declined to comment.", 'Varsko')).toBe('PERSON');
  });
});

describe('an organisation, by what it does and how it is described', () => {
  it('organisation.described: "consumer analysts Quellin", "Rival Quellin"', () => {
    expect(kindOf('Sales of kettles rose 8%, according to consumer analysts Quellin.', 'Quellin')).toBe('ORGANIZATION');
    expect(kindOf('Rival Quellin has not said when its own kettle will go on sale.', 'Quellin')).toBe('ORGANIZATION');
  });

  it('organisation.owned: bought, a stake in, its affiliate', () => {
    expect(kindOf('Dorvane said it had bought all of Quellin for $40m.', 'Quellin')).toBe('ORGANIZATION');
    expect(kindOf('The fund holds a stake in Quellin and in two banks.', 'Quellin')).toBe('ORGANIZATION');
    expect(kindOf("It also bought Quellin's Irish affiliate last year.", 'Quellin')).toBe('ORGANIZATION');
  });

  it('organisation.it: "Quellin has said it will ..."', () => {
    expect(kindOf('In a crowded market, Quellin has said it will cut prices in May.', 'Quellin')).toBe('ORGANIZATION');
  });

  it('organisation.document: "a survey by Quellin", "Quellin\'s Hidden Costs report"', () => {
    expect(kindOf('Most shoppers now pay by phone, a survey by Quellin suggests.', 'Quellin')).toBe('ORGANIZATION');
    expect(kindOf("In March, Quellin's Hidden Costs report said rents had doubled.", 'Quellin')).toBe('ORGANIZATION');
  });

  it('organisation.spokesperson: "a spokeswoman for Quellin", "Quellin\'s spokesman"', () => {
    expect(kindOf('The plant will close, a spokeswoman for Quellin said.', 'Quellin')).toBe('ORGANIZATION');
    expect(kindOf("The plant will close, Quellin's spokesman said.", 'Quellin')).toBe('ORGANIZATION');
  });

  it('organisation.such-as: "firms such as Quellin and Dorvane", "lenders including Quellin"', () => {
    const body = 'Tech firms such as Quellin and Dorvane have cut prices, and lenders including Marrowby are worried.';
    expect(kindOf(body, 'Quellin')).toBe('ORGANIZATION');
    expect(kindOf(body, 'Dorvane')).toBe('ORGANIZATION');
    expect(kindOf(body, 'Marrowby')).toBe('ORGANIZATION');
    expect(kindOf('Stars such as Quellin were at the gala, said Ana Reyes.', 'Quellin')).not.toBe('ORGANIZATION');
  });

  it('organisation.deal: "a joint venture with Quellin"', () => {
    expect(kindOf('The carmaker has signed a joint venture with Quellin to build batteries.', 'Quellin')).toBe('ORGANIZATION');
  });

  it('organisation.coordinated: listed with organisations and no person', () => {
    expect(kindOf('Dorvane Group, Quellin and Marrow Foods Ltd all bid for the site.', 'Quellin')).toBe('ORGANIZATION');
  });

  it('a founder, a group of states, a generic word inside a one-word name', () => {
    expect(kindOf("At the launch, Quellin's founder Ada Morrow spoke first.", 'Quellin')).toBe('ORGANIZATION');
    expect(kindOf('Ministers of the G12 met in the spring.', 'G12')).toBe('ORGANIZATION');
    expect(kindOf('The deal came a year after Harkgroup bought the lender.', 'Harkgroup')).toBe('ORGANIZATION');
  });

  it('publications: "The Brackley Sentinel", "the newspaper Dagvold Posten"', () => {
    expect(kindOf('According to The Brackley Sentinel, the vote was delayed.', 'The Brackley Sentinel')).toBe('ORGANIZATION');
    expect(kindOf('The plan was first reported by the Velmoran newspaper Dagvold Posten on Monday.', 'Dagvold Posten')).toBe('ORGANIZATION');
  });

  it("a country's adjective before its state: \"the Velmoran State\"", () => {
    expect(kindOf('A dispute between the Irish State and the firm is in court.', 'Irish State')).toBe('ORGANIZATION');
  });
});

describe('places and countries', () => {
  it('place.settlement and place.in: "the capital, Ostrelle", "protests in Ostrelle"', () => {
    expect(kindOf('The talks were held in the Kestrian capital, Ostrelle, on Friday.', 'Ostrelle')).toBe('PLACE');
    expect(kindOf('Buses in Ostrelle will run again on Monday.', 'Ostrelle')).toBe('PLACE');
    expect(kindOf('The fund holds a stake in Ostrelle and in two banks.', 'Ostrelle')).not.toBe('PLACE');
  });

  it("country.statehood and the country's own adjective", () => {
    expect(kindOf("On Monday, Narvia's foreign ministry did not reply.", 'Narvia')).toBe('COUNTRY');
    expect(kindOf('From May, Narvia will cut its tariffs. The Narvian government said the cut was fair.', 'Narvia')).toBe('COUNTRY');
  });

  it('a name with no evidence stays of unknown kind', () => {
    expect(kindOf('The plan was praised by Quellin on Monday.', 'Quellin')).toBe('OTHER');
  });
});

describe('one entity per party and per person', () => {
  const entities = (body: string) => extractStory({ body }).entities;

  it('a party\'s word in the singular joins the party named in the plural', () => {
    const found = entities('The Liberals won 40 seats. The Liberal leader, Anna Pell, said the Liberals would not join a coalition.');
    expect(found.find((entity) => entity.name === 'Liberals')).toMatchObject({ kind: 'ORGANIZATION', aliases: ['Liberal'] });
    expect(found.filter((entity) => entity.name === 'Liberal')).toHaveLength(0);
  });

  it('one given name in two transliterations is one person, and the bare surname joins them', () => {
    const found = entities('Viktor Salenko, 61, says he was betrayed. Mr Salenko told the paper he had been promised a pension. "Victor Salenko gave us a great deal," a former official said.');
    expect(found.filter((entity) => /Salenko/.test([entity.name, ...entity.aliases].join(' ')))).toHaveLength(1);
  });

  it('a bare surname two people share joins the one its pronouns fit, else is no third person', () => {
    const body = 'Marta Kovac and Tomas Kovac run the farm. After the flood, Kovac said she would replant in May.';
    const found = entities(body);
    expect(found.find((entity) => entity.name === 'Marta Kovac')?.aliases).toContain('Kovac');
    expect(found.filter((entity) => entity.name === 'Kovac')).toHaveLength(0);
    const vague = entities('Marta Kovac and Tomas Kovac run the farm. After the flood, Kovac, who is 52, would replant in May.');
    expect(vague.filter((entity) => entity.kind === 'PERSON' && entity.name === 'Kovac')).toHaveLength(0);
  });

  it('two different given names with one surname stay two people', () => {
    const found = entities('Marta Kovac and Milan Kovac run the farm. Marta Kovac said the harvest was poor.');
    expect(found.filter((entity) => entity.kind === 'PERSON' && /Kovac/.test(entity.name))).toHaveLength(2);
  });
});

describe('two capitalised words with no given name', () => {
  it('are a person until the story shows otherwise: "in Port Hallam", "Brackwell Sachs has said it will"', () => {
    expect(kindOf('Rents in Port Hallam have doubled, said Ana Reyes.', 'Port Hallam')).toBe('PLACE');
    expect(kindOf('In a statement, Brackwell Sachs has said it will close two branches.', 'Brackwell Sachs')).toBe('ORGANIZATION');
    expect(kindOf('Writer Ode Krayfield may have said it best when he wrote that the plan was dead.', 'Ode Krayfield')).toBe('PERSON');
  });

  it('in a story that calls people "Mr" and "Ms", a name said twice with neither leans to an organisation', () => {
    const body = 'Brackwell Sachs cut 300 jobs, Ms Tanaka said. Mr Oduya said Brackwell Sachs had no choice.';
    expect(kindOf(body, 'Brackwell Sachs')).toBe('ORGANIZATION');
    // A person the story gives an honorific stays one; so does a name said once; so does a group.
    expect(kindOf('Noor Haddad left, Ms Tanaka said. Mr Oduya said Ms Haddad had no choice. Noor Haddad agreed.', 'Noor Haddad')).toBe('PERSON');
    expect(kindOf('Brackwell Sachs cut 300 jobs, Ms Tanaka said.', 'Brackwell Sachs')).toBe('PERSON');
  });
});

describe('parts of places', () => {
  it('"South Florida", "Central Asia", "Upstate New York" are places', () => {
    expect(kindOf('Rents in South Florida rose, said Ana Reyes.', 'South Florida')).toBe('PLACE');
    expect(kindOf('Winters across Central Asia are long, said Ana Reyes.', 'Central Asia')).toBe('PLACE');
  });
});

describe('clubs by the words of their name', () => {
  it('"X United", "X Rovers", "X FK" are organisations, and "the club" is the one the story is about', () => {
    const body = 'Redvale United dismissed head coach Lars Moberg on Sunday. The club said in a statement that his assistant would take charge. Moberg joined from Brekka FK in 2023.';
    expect(kindOf(body, 'Redvale United')).toBe('ORGANIZATION');
    expect(kindOf(body, 'Brekka FK')).toBe('ORGANIZATION');
    expect(extractStory({ body }).statements.find((statement) => statement.text.includes('his assistant'))?.speaker).toBe('Redvale United');
  });
});
