// Topics (src/extraction/topics.ts) on stories written for these tests.
import { describe, expect, it } from 'vitest';
import { layOut } from '../../src/extraction/text.js';
import { extractTopics, headlineOf, TOPICS, topicsOf } from '../../src/extraction/topics.js';

const story = [
  'Harbour city bets on wind power to cut emissions',
  '',
  'The council approved a plan on Tuesday to build two offshore wind farms, saying the project would cut carbon emissions by a third and help the city meet its climate targets.',
  'The wind farms will supply electricity to 40,000 homes. Energy officials said the turbines would be running by 2027.',
  'The project is expected to create 300 jobs, and local firms will train workers at the port.',
  'Critics said the council should spend the money on schools instead.',
].join('\n');

describe('extractTopics', () => {
  it('ranks the topics a story is about, headline first, and leaves out passing mentions', () => {
    const topics = extractTopics(layOut(story));
    expect(topics.slice(0, 2).sort()).toEqual(['climate change', 'energy']);
    expect(topics).toContain('jobs');
    expect(topics).not.toContain('education'); // one mention of schools
    expect(topics.length).toBeLessThanOrEqual(5);
  });

  it('weighs a separate title', () => {
    const body = 'The minister spoke about tariffs. Voters in the north will go to the polls in May. The election campaign starts next week, and the candidates will debate the election rules.';
    expect(extractTopics(layOut(body))[0]).toBe('elections');
    expect(extractTopics(layOut(body), 'Tariff row: exports and imports at risk as trade talks stall')[0]).toBe('trade');
  });

  it('returns lowercase taxonomy names, deterministically', () => {
    const topics = extractTopics(layOut(story));
    expect(extractTopics(layOut(story))).toEqual(topics);
    for (const topic of topics) {
      expect(TOPICS).toContain(topic);
      expect(topic).toBe(topic.toLowerCase());
    }
  });

  it('returns nothing for a text without clear topics', () => {
    expect(extractTopics(layOut('The cat sat on the mat. It was a sunny day.'))).toEqual([]);
    expect(extractTopics(layOut(''))).toEqual([]);
  });

  it('reads a phrase as one topic: "cyber crime" is not also "crime", "social security" not "security"', () => {
    const text = 'Hackers stole records. The cyber crime unit said cyber crime is rising. Social security payments and social security checks were delayed.';
    const topics = extractTopics(layOut(text));
    expect(topics).toContain('cyber crime');
    expect(topics).toContain('pensions');
    expect(topics).not.toContain('crime');
    expect(topics).not.toContain('security');
  });
});

describe('topicsOf', () => {
  it('gives the topics of a single statement', () => {
    expect(topicsOf('We will cut taxes and bring back manufacturing jobs')).toEqual(expect.arrayContaining(['taxes', 'jobs']));
    expect(topicsOf('hacking into bank servers is an offence that should be prosecuted')).toContain('cyber crime');
    expect(topicsOf('The weather was lovely')).toEqual([]);
  });
});

describe('headlineOf', () => {
  it('finds a headline line followed by a blank line or with no full stop', () => {
    const withBlank = layOut('Council backs wind farms.\n\nThe council voted on Tuesday.');
    expect(withBlank.text.slice(headlineOf(withBlank)!.start, headlineOf(withBlank)!.end)).toBe('Council backs wind farms.');
    expect(headlineOf(layOut('Council backs wind farms\nThe council voted on Tuesday.'))).not.toBeNull();
    expect(headlineOf(layOut('The council voted on Tuesday. It was close.\nA second paragraph follows.'))).toBeNull();
    expect(headlineOf(layOut('Only one paragraph'))).toBeNull();
  });
});
