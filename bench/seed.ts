// A deterministic read-benchmark data set (issue 5): by default 5,000 articles of 2-4k characters,
// 500 entities with aliases and titles, 50,000 statements (exact spans of their article's body,
// with correct offsets), 10,000 statistics, 1,000 agreements with parties and mentions, 50 topics
// linked to articles and statements, 40 sources. Every word is invented here from a fixed-seed PRNG
// (no corpus text, no Math.random): the same seed gives the same rows, IDs included.
//
// Loaded with bulk SQL (`INSERT ... SELECT FROM unnest($1::int[], ...)`, batches of column arrays)
// through the app's own raw SQL session, after the app's own migrations (openDatabase), so it runs
// alike on PostgreSQL and PGlite. A database that already holds data is refused unless `force`
// (which truncates every table but `_prisma_migrations` first).
//
//   npm run bench:seed -- --database postgresql://root@127.0.0.1:5432/newsgraph_bench
//   npm run bench:seed -- --database .data/bench-pglite [--force] [--seed 42] [--scale 0.1]
//
// Importable: `await seedBench(urlOrDir, { force, seed, scale, log })` returns the counts and a
// deterministic sample of article and speaker IDs for the read benchmark.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db.js';
import type { SqlSession } from '../src/database/types.js';

export interface SeedOptions {
  /** Truncate a non-empty database instead of refusing it. */
  force?: boolean;
  /** PRNG seed (default 42). */
  seed?: number;
  /** Multiplies every volume (default 1: 5,000 articles). Topics and sources stay fixed. */
  scale?: number;
  /** Progress and timings (default: console.log). */
  log?: (line: string) => void;
}

export interface SeedResult {
  counts: Record<string, number>;
  /** 100 article IDs spread evenly over the articles (the read benchmark's Q2 rotation). */
  sampleArticleIds: number[];
  /** Up to 100 speaker (entity) IDs with at least 50 statements each, lowest IDs first (Q3). */
  sampleSpeakerIds: number[];
  /** Seconds: generating the rows, loading them, VACUUM ANALYZE, in all. */
  timings: { generate: number; load: number; analyze: number; total: number };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number) {
    return Math.floor(this.next() * n);
  }
  between(min: number, max: number) {
    return min + this.int(max - min + 1);
  }
  chance(p: number) {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** `k` distinct items. */
  sample<T>(items: readonly T[], k: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, items.length)) chosen.add(this.int(items.length));
    return [...chosen].map((i) => items[i]);
  }
}

/** Picks from a fixed list with weights, by binary search over the cumulative weights. */
function weighted<T>(items: readonly T[], weights: readonly number[]) {
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  return (random: Random): T => {
    const x = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

// ---------------------------------------------------------------------------------------------
// An invented language: syllables -> words -> sentences, plus a few English glue words

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'th', 'sh', 'pl', 'gl', 'h'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ou', 'ea', 'y'];
const CODAS = ['', '', '', '', 'n', 'r', 'l', 's', 'm', 'th', 'k', 'nd', 'st'];
const GLUE = ['the', 'of', 'and', 'to', 'in', 'for', 'with', 'on', 'by', 'from', 'a', 'its', 'after', 'over'];

const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1);
const keyOf = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');

class Language {
  readonly words: string[];
  constructor(private random: Random, size: number) {
    const words = new Set<string>();
    while (words.size < size) words.add(this.word(this.random.between(1, 3)));
    this.words = [...words];
  }
  word(syllables: number) {
    let word = '';
    for (let i = 0; i < syllables; i++) word += this.random.pick(ONSETS) + this.random.pick(VOWELS) + this.random.pick(CODAS);
    return word;
  }
  /** A fresh capitalised name, unique among those handed out. */
  private used = new Set<string>();
  name(minSyllables = 2, maxSyllables = 3) {
    for (;;) {
      const name = capitalise(this.word(this.random.between(minSyllables, maxSyllables)));
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
  /** Lower-case words, with glue words mixed in. */
  phrase(min: number, max: number) {
    const n = this.random.between(min, max);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(i > 0 && this.random.chance(0.3) ? this.random.pick(GLUE) : this.random.pick(this.words));
    return words.join(' ');
  }
  sentenceBody(min: number, max: number) {
    return capitalise(this.phrase(min, max));
  }
}

// ---------------------------------------------------------------------------------------------
// The rows

const KIND = { PERSON: 'PERSON', ORGANIZATION: 'ORGANIZATION', COUNTRY: 'COUNTRY' } as const;
type Kind = (typeof KIND)[keyof typeof KIND];

interface EntityRow {
  id: number;
  name: string;
  key: string;
  kind: Kind;
  titles: string[];
  aliases: string[];
  /** How later sentences of a story refer to it. */
  short: string;
  createdAt: string;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;
const EPOCH = Date.UTC(2023, 0, 1);

function generate(seed: number, scale: number) {
  const random = new Random(seed);
  const language = new Language(random, 600);
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const ARTICLES = n(5000);
  const ENTITIES = n(500);
  const STATEMENTS = n(50_000);
  const STATISTICS_PER_ARTICLE = 2;
  const AGREEMENTS = n(1000);
  const TOPICS = 50;
  const SOURCES = 40;

  // Sources
  const OUTLETS = ['Herald', 'Ledger', 'Post', 'Courier', 'Gazette', 'Times', 'Wire', 'Monitor', 'Observer', 'Dispatch'];
  const sources = Array.from({ length: SOURCES }, (_, i) => {
    const name = `The ${language.name(2, 2)} ${random.pick(OUTLETS)}`;
    return { id: i + 1, name, key: keyOf(name), createdAt: iso(EPOCH - DAY + i * 60_000) };
  });

  // Topics
  const topics = Array.from({ length: TOPICS }, (_, i) => {
    const name = `${language.name(2, 3)} ${random.pick(language.words)}`;
    return { id: i + 1, name, slug: `${keyOf(name).replace(/ /g, '-')}-${i + 1}` };
  });

  // Entities: 60 % persons, 30 % organisations, 10 % countries
  const countries: EntityRow[] = [];
  const organisations: EntityRow[] = [];
  const persons: EntityRow[] = [];
  const nCountries = Math.max(2, Math.round(ENTITIES * 0.1));
  const nOrganisations = Math.max(1, Math.round(ENTITIES * 0.3));
  const nPersons = Math.max(1, ENTITIES - nCountries - nOrganisations);
  const created = (id: number) => iso(EPOCH - DAY + id * 1000);
  let entityId = 0;
  const ENDINGS = ['ia', 'land', 'stan', 'ora', 'ica', 'ovia'];
  const countryKeys = new Set<string>();
  for (let i = 0; i < nCountries; i++) {
    let name: string;
    do name = language.name(2, 2) + random.pick(ENDINGS);
    while (countryKeys.has(keyOf(name)));
    countryKeys.add(keyOf(name));
    const id = ++entityId;
    countries.push({ id, name, key: keyOf(name), kind: KIND.COUNTRY, titles: [], aliases: [`the Republic of ${name}`], short: name, createdAt: created(id) });
  }
  const ORG_KINDS = ['Council', 'Agency', 'Institute', 'Group', 'Bank', 'Union', 'Authority', 'Federation', 'Works', 'Alliance'];
  for (let i = 0; i < nOrganisations; i++) {
    const words = [language.name(2, 3), ...(random.chance(0.5) ? [capitalise(random.pick(language.words))] : [])];
    const name = `${words.join(' ')} ${random.pick(ORG_KINDS)}`;
    const acronym = name
      .split(' ')
      .map((word) => word[0])
      .join('')
      .toUpperCase();
    const id = ++entityId;
    organisations.push({ id, name, key: keyOf(name), kind: KIND.ORGANIZATION, titles: [], aliases: [acronym], short: `the ${name.split(' ').at(-1)!.toLowerCase()}`, createdAt: created(id) });
  }
  const ROLES = ['President of', 'Prime Minister of', 'Minister of Trade of', 'Foreign Minister of', 'Ambassador of'];
  for (let i = 0; i < nPersons; i++) {
    const first = language.name(2, 2);
    const last = language.name(2, 3);
    const name = `${first} ${last}`;
    const honorific = random.chance(0.5) ? 'Mr.' : 'Ms.';
    const titles = random.chance(0.5)
      ? [`${random.pick(ROLES)} ${random.pick(countries).name}`]
      : random.chance(0.6)
        ? [`${random.pick(['chief executive of', 'spokesperson for', 'director of', 'economist at'])} the ${random.pick(organisations).name}`]
        : [];
    const id = ++entityId;
    persons.push({ id, name, key: keyOf(name), kind: KIND.PERSON, titles, aliases: [last, `${honorific} ${last}`], short: last, createdAt: created(id) });
  }
  const entities = [...countries, ...organisations, ...persons];

  // Speakers: persons and organisations, Zipf-like (a few speak a lot), in a shuffled order so the
  // prolific ones are not simply the lowest IDs.
  const speakers = random.shuffle([...persons, ...organisations]);
  const pickSpeaker = weighted(speakers, speakers.map((_, rank) => 1 / Math.pow(rank + 20, 0.9)));
  const pickParty = (k: number) => random.sample([...countries, ...organisations], k);

  // Statement counts per article: 7-13, then nudged so they add up to exactly STATEMENTS.
  const counts = Array.from({ length: ARTICLES }, () => random.between(7, 13));
  let difference = STATEMENTS - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; difference !== 0; i = (i + 1) % ARTICLES) {
    if (difference > 0 && counts[i] < 15) (counts[i]++, difference--);
    else if (difference < 0 && counts[i] > 5) (counts[i]--, difference++);
  }

  // Agreements, each reported by one article (evenly spread).
  const STATUSES = ['SIGNED', 'PROPOSED', 'NOT_REACHED', 'WITHDRAWN'] as const;
  const ACCORDS = ['accord', 'pact', 'treaty', 'framework', 'memorandum', 'agreement'];
  const agreementOfArticle = new Map<number, number>();
  const agreements = Array.from({ length: AGREEMENTS }, (_, i) => {
    const articleIndex = Math.floor((i * ARTICLES) / AGREEMENTS);
    agreementOfArticle.set(articleIndex, i);
    const parties = pickParty(random.between(2, 3));
    const title = `${capitalise(random.pick(language.words))} ${random.pick(language.words)} ${random.pick(ACCORDS)}`;
    return {
      id: i + 1,
      title,
      key: keyOf(title),
      status: random.pick(STATUSES),
      topicId: random.chance(0.8) ? random.pick(topics).id : null,
      parties,
      articleIndex,
    };
  });

  const articles: {
    id: number;
    url: string;
    title: string;
    body: string;
    publishedAt: string;
    sourceId: number;
    createdAt: string;
  }[] = [];
  const articleTopics: [number, number][] = [];
  const statements: {
    id: number;
    text: string;
    kind: 'DIRECT' | 'INDIRECT';
    start: number;
    end: number;
    speakerId: number | null;
    articleId: number;
    viaSourceId: number | null;
    saidAt: string;
    cue: string;
    confidence: number;
    extractorVersion: string;
    createdAt: string;
  }[] = [];
  const statementTopics: [number, number][] = [];
  const statistics: {
    id: number;
    value: number;
    unit: string | null;
    label: string;
    direction: 'INCREASE' | 'DECREASE' | null;
    baselineYear: number | null;
    baselineValue: number | null;
    text: string;
    start: number;
    end: number;
    articleId: number;
    subjectId: number | null;
    cue: string;
    confidence: number;
    extractorVersion: string;
    createdAt: string;
  }[] = [];
  const mentions: { id: number; entityId: number; articleId: number; name: string; title: string | null }[] = [];
  const agreementMentions: { id: number; agreementId: number; articleId: number; text: string; start: number; end: number }[] = [];
  const agreementRows: {
    id: number;
    title: string;
    key: string;
    status: string;
    topicId: number | null;
    proposedAt: string | null;
    signedAt: string | null;
    createdAt: string;
  }[] = [];
  const agreementParties: [number, number][] = [];
  const agreementStatements: [number, number][] = [];
  const EXTRACTOR = 'bench-seed-1';

  // A story is a list of sentences; the findings are spans of sentences, rendered in story order so
  // that a speaker's first mention is the full name and later ones the short form.
  type Sentence = (say: (entity: EntityRow | null) => string, offset: number) => { text: string; spans: { ref: unknown; start: number; end: number }[] };
  const interval = (2 * 365 * DAY) / ARTICLES;

  for (let index = 0; index < ARTICLES; index++) {
    const articleId = index + 1;
    const publishedMs = EPOCH + Math.floor(index * interval + random.next() * interval * 0.9);
    const publishedAt = iso(publishedMs);
    const createdAt = iso(publishedMs + 3_600_000);
    const ownTopics = random.sample(topics, random.between(1, 3)).map((topic) => topic.id);
    for (const topicId of ownTopics.sort((a, b) => a - b)) articleTopics.push([articleId, topicId]);

    const cast = Array.from({ length: random.between(2, 5) }, () => pickSpeaker(random));
    const sentences: Sentence[] = [];
    const statementRefs: { kind: 'DIRECT' | 'INDIRECT'; speaker: EntityRow | null; cue: string; via: number | null }[] = [];
    const statisticRefs: Omit<(typeof statistics)[number], 'id' | 'start' | 'end' | 'text' | 'articleId' | 'createdAt'>[] = [];

    for (let s = 0; s < counts[index]; s++) {
      const speaker = random.chance(0.03) ? null : random.pick(cast);
      const direct = random.chance(0.55);
      const via = !direct && random.chance(0.05) ? random.pick(sources) : null;
      const form = direct ? random.int(2) : random.int(3);
      const cue = direct ? (form === 0 ? 'said' : 'told reporters') : (['said', 'according to', 'told reporters'] as const)[form];
      const ref = { kind: (direct ? 'DIRECT' : 'INDIRECT') as 'DIRECT' | 'INDIRECT', speaker, cue, via: via?.id ?? null };
      statementRefs.push(ref);
      const content = direct ? language.sentenceBody(8, 18) : language.phrase(6, 14);
      sentences.push((say, offset) => {
        const who = say(speaker);
        let before: string;
        let after: string;
        if (direct) {
          before = form === 0 ? `"` : `${capitalise(who)} told reporters: "`;
          after = form === 0 ? `," ${who} said.` : `."`;
        } else if (form === 1) {
          before = `According to ${who}, `;
          after = '.';
        } else {
          before = `${capitalise(who)} ${form === 0 ? 'said' : 'told reporters'} that `;
          after = via ? `, ${via.name} reported.` : '.';
        }
        const start = offset + before.length;
        return { text: before + content + after, spans: [{ ref, start, end: start + content.length }] };
      });
    }
    for (let s = 0; s < STATISTICS_PER_ARTICLE; s++) {
      const percent = random.chance(0.6);
      const label = `${random.pick(language.words)} ${random.pick(language.words)}`;
      const subject = random.chance(0.5) ? random.pick(countries) : null;
      const direction = random.chance(0.8) ? (random.chance(0.5) ? 'INCREASE' : 'DECREASE') : null;
      const year = direction ? random.between(2010, 2022) : null;
      const amount = percent ? random.between(1, 90) : random.between(11, 990) / 10;
      const noun = random.pick(language.words);
      const shown = percent ? `${amount} percent` : `${amount} million ${noun}s`;
      const ref = {
        value: percent ? amount : Math.round(amount * 1_000_000),
        unit: percent ? 'percent' : `${noun}s`,
        label,
        direction: direction as 'INCREASE' | 'DECREASE' | null,
        baselineYear: year,
        baselineValue: null,
        subjectId: subject?.id ?? null,
        cue: percent ? '%' : direction === 'DECREASE' ? 'fell' : 'rose',
        confidence: Math.round((0.7 + random.next() * 0.29) * 100) / 100,
        extractorVersion: EXTRACTOR,
      };
      statisticRefs.push(ref);
      sentences.push((say, offset) => {
        const verb = direction === 'INCREASE' ? 'rose by' : direction === 'DECREASE' ? 'fell by' : 'stood at';
        const before = `${subject ? `In ${say(subject)}, the` : 'The'} ${label} ${verb} `;
        const after = `${year ? ` from ${year}` : ''}, figures showed.`;
        const start = offset + before.length;
        return { text: before + shown + after, spans: [{ ref, start, end: start + shown.length }] };
      });
    }
    const agreementIndex = agreementOfArticle.get(index);
    const agreement = agreementIndex === undefined ? undefined : agreements[agreementIndex];
    if (agreement) {
      sentences.push((say, offset) => {
        const verb = { SIGNED: 'signed', PROPOSED: 'proposed', NOT_REACHED: 'failed to agree on', WITHDRAWN: 'withdrew from' }[agreement.status];
        const names = agreement.parties.map((party) => say(party));
        const span = `${names.slice(0, -1).join(', ')} and ${names.at(-1)} ${verb} the ${agreement.title}`;
        const text = `${capitalise(span)} on ${random.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`;
        return { text, spans: [{ ref: agreement, start: offset, end: offset + span.length }] };
      });
    }
    // Filler up to a target length of 2,000-4,000 characters (estimated at ~120 per finding).
    const target = random.between(2000, 4000);
    let estimate = sentences.length * 120;
    while (estimate < target) {
      const text = `${language.sentenceBody(8, 20)}.`;
      estimate += text.length + 1;
      sentences.push(() => ({ text, spans: [] }));
    }
    random.shuffle(sentences);

    // Render: paragraphs of 1-4 sentences.
    const seen = new Set<number>();
    const firstNames = new Map<number, string>();
    const say = (entity: EntityRow | null) => {
      if (!entity) return 'officials';
      if (seen.has(entity.id)) return entity.short;
      seen.add(entity.id);
      const name = entity.kind === 'ORGANIZATION' ? `the ${entity.name}` : entity.name;
      firstNames.set(entity.id, entity.name);
      return name;
    };
    let body = '';
    let inParagraph = 0;
    let paragraphLength = random.between(1, 4);
    const found: { ref: unknown; start: number; end: number }[] = [];
    for (const sentence of sentences) {
      if (body) {
        if (inParagraph >= paragraphLength) {
          body += '\n\n';
          inParagraph = 0;
          paragraphLength = random.between(1, 4);
        } else body += ' ';
      }
      const rendered = sentence(say, body.length);
      body += rendered.text;
      inParagraph++;
      found.push(...rendered.spans);
    }
    found.sort((a, b) => a.start - b.start);
    const leadName = firstNames.size ? [...firstNames.values()][0] : capitalise(random.pick(language.words));
    const title = `${leadName} ${random.pick(['warns over', 'backs', 'questions', 'defends', 'rejects', 'welcomes'])} ${language.phrase(2, 5)}`;
    articles.push({
      id: articleId,
      url: `https://bench.newsgraph.test/${publishedAt.slice(0, 10)}/${articleId}-${keyOf(title).replace(/ /g, '-').slice(0, 60)}`,
      title,
      body,
      publishedAt,
      sourceId: random.pick(sources).id,
      createdAt,
    });

    let firstStatementId: number | undefined;
    for (const span of found) {
      const text = body.slice(span.start, span.end);
      const statementRef = statementRefs.find((ref) => ref === span.ref);
      if (statementRef) {
        const id = statements.length + 1;
        firstStatementId ??= id;
        statements.push({
          id,
          text,
          kind: statementRef.kind,
          start: span.start,
          end: span.end,
          speakerId: statementRef.speaker?.id ?? null,
          articleId,
          viaSourceId: statementRef.via,
          saidAt: publishedAt,
          cue: statementRef.cue,
          confidence: Math.round((0.55 + random.next() * 0.44) * 100) / 100,
          extractorVersion: EXTRACTOR,
          createdAt,
        });
        if (random.chance(0.5)) statementTopics.push([id, random.pick(ownTopics)]);
        continue;
      }
      const statisticRef = statisticRefs.find((ref) => ref === span.ref);
      if (statisticRef) {
        statistics.push({ ...statisticRef, id: statistics.length + 1, text, start: span.start, end: span.end, articleId, createdAt });
        continue;
      }
      if (agreement && span.ref === agreement) {
        agreementMentions.push({ id: agreementMentions.length + 1, agreementId: agreement.id, articleId, text, start: span.start, end: span.end });
      }
    }
    if (agreement) {
      agreementRows.push({
        id: agreement.id,
        title: agreement.title,
        key: agreement.key,
        status: agreement.status,
        topicId: agreement.topicId,
        proposedAt: publishedAt,
        signedAt: agreement.status === 'SIGNED' ? publishedAt : null,
        createdAt,
      });
      for (const party of [...agreement.parties].sort((a, b) => a.id - b.id)) agreementParties.push([agreement.id, party.id]);
      if (firstStatementId) agreementStatements.push([agreement.id, firstStatementId]);
    }
    for (const [entityId, name] of firstNames) {
      const entity = entities[entityId - 1];
      mentions.push({ id: mentions.length + 1, entityId, articleId, name, title: entity.titles[0] ?? null });
    }
  }
  agreementRows.sort((a, b) => a.id - b.id);

  // Q2 / Q3 samples for the read benchmark.
  const step = Math.max(1, Math.floor(ARTICLES / 100));
  const sampleArticleIds = Array.from({ length: Math.min(100, ARTICLES) }, (_, i) => 1 + i * step);
  const perSpeaker = new Map<number, number>();
  for (const statement of statements) if (statement.speakerId) perSpeaker.set(statement.speakerId, (perSpeaker.get(statement.speakerId) ?? 0) + 1);
  const sampleSpeakerIds = [...perSpeaker]
    .filter(([, count]) => count >= 50)
    .map(([id]) => id)
    .sort((a, b) => a - b)
    .slice(0, 100);

  const aliasRows: { id: number; entityId: number; alias: string; key: string }[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) aliasRows.push({ id: aliasRows.length + 1, entityId: entity.id, alias, key: keyOf(alias) });
  }

  return {
    sources,
    topics,
    entities,
    aliasRows,
    articles,
    articleTopics,
    statements,
    statementTopics,
    statistics,
    mentions,
    agreementRows,
    agreementParties,
    agreementStatements,
    agreementMentions,
    sampleArticleIds,
    sampleSpeakerIds,
    perSpeaker,
  };
}

// ---------------------------------------------------------------------------------------------
// Bulk loading: one INSERT ... SELECT FROM unnest(column arrays) per batch, on either engine

type ColumnType = 'int' | 'float' | 'text' | 'timestamp' | `enum:${string}` | 'text[]';

interface Column<Row> {
  name: string;
  type: ColumnType;
  value: (row: Row) => unknown;
}

const UNIT_SEPARATOR = '\u001f';

function arrayType(type: ColumnType) {
  return type === 'int' ? 'int[]' : type === 'float' ? 'float8[]' : 'text[]';
}

function selectExpression(type: ColumnType, name: string) {
  if (type === 'timestamp') return `${name}::timestamp(3)`;
  if (type === 'text[]') return `string_to_array(${name}, E'\\x1F')`;
  if (type.startsWith('enum:')) return `${name}::"${type.slice(5)}"`;
  return name;
}

async function insert<Row>(session: SqlSession, table: string, columns: Column<Row>[], rows: Row[], batchSize = 2000) {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT ${columns.map((column, i) => selectExpression(column.type, aliases[i])).join(', ')} ` +
    `FROM unnest(${columns.map((column, i) => `$${i + 1}::${arrayType(column.type)}`).join(', ')}) AS u(${aliases.join(', ')})`;
  for (let offset = 0; offset < rows.length; offset += batchSize) {
    const batch = rows.slice(offset, offset + batchSize);
    const params = columns.map((column) =>
      batch.map((row) => {
        const value = column.value(row);
        return column.type === 'text[]' ? (value as string[]).join(UNIT_SEPARATOR) : value;
      }),
    );
    await session.query(sql, params);
  }
}

const TABLES = [
  'Source',
  'Article',
  'Entity',
  'EntityAlias',
  'EntityMention',
  'Statement',
  'Agreement',
  'AgreementMention',
  'Statistic',
  'Topic',
  '_ArticleToTopic',
  '_StatementToTopic',
  '_AgreementParties',
  '_AgreementStatements',
];
const SERIAL_TABLES = ['Source', 'Article', 'Entity', 'EntityAlias', 'EntityMention', 'Statement', 'Agreement', 'AgreementMention', 'Statistic', 'Topic'];

const seconds = (since: number) => (performance.now() - since) / 1000;

/** `databaseUrlOrDir`: a postgres:// URL, or a PGlite directory (created if missing). */
export async function seedBench(databaseUrlOrDir: string, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 42;
  const scale = options.scale ?? 1;
  const started = performance.now();

  let t = performance.now();
  const data = generate(seed, scale);
  const generateSeconds = seconds(t);
  log(`generated in ${generateSeconds.toFixed(1)} s (seed ${seed}, scale ${scale})`);

  const isUrl = /^postgres(ql)?:\/\//.test(databaseUrlOrDir);
  t = performance.now();
  const database = await openDatabase(
    isUrl ? { databaseUrl: databaseUrlOrDir, dataDir: '', poolSize: 1 } : { dataDir: path.resolve(databaseUrlOrDir), poolSize: 1 },
  );
  log(`opened ${database.engine} and applied migrations in ${seconds(t).toFixed(1)} s`);
  const counts: Record<string, number> = {};
  let loadSeconds = 0;
  let analyzeSeconds = 0;
  try {
    // The app's raw SQL session (on PostgreSQL a dedicated connection holding the migration lock:
    // nobody migrates underneath the seed).
    await database.withMigrationLock(async (session) => {
      const [{ busy }] = await session.query<{ busy: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "Article") OR EXISTS (SELECT 1 FROM "Entity") OR EXISTS (SELECT 1 FROM "Source")
           OR EXISTS (SELECT 1 FROM "Topic") OR EXISTS (SELECT 1 FROM "Agreement") AS busy`,
      );
      if (busy && !options.force) {
        throw new Error('The database already holds data; pass --force (option `force`) to truncate it first.');
      }
      const load = performance.now();
      await session.exec('BEGIN');
      try {
        if (busy) {
          await session.exec(`TRUNCATE ${TABLES.map((table) => `"${table}"`).join(', ')} RESTART IDENTITY CASCADE`);
          log('truncated the existing data (--force)');
        }
        const step = async <Row>(table: string, columns: Column<Row>[], rows: Row[], batchSize?: number) => {
          const time = performance.now();
          await insert(session, table, columns, rows, batchSize);
          counts[table] = rows.length;
          const took = seconds(time);
          log(`  ${table.padEnd(20)} ${String(rows.length).padStart(7)} rows  ${took.toFixed(2).padStart(6)} s  ${Math.round(rows.length / took).toLocaleString('en').padStart(9)} rows/s`);
        };
        type Of<T extends keyof typeof data> = (typeof data)[T] extends (infer R)[] ? R : never;
        await step<Of<'sources'>>('Source', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'name', type: 'text', value: (r) => r.name },
          { name: 'key', type: 'text', value: (r) => r.key },
          { name: 'createdAt', type: 'timestamp', value: (r) => r.createdAt },
        ], data.sources);
        await step<Of<'topics'>>('Topic', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'name', type: 'text', value: (r) => r.name },
          { name: 'slug', type: 'text', value: (r) => r.slug },
        ], data.topics);
        await step<Of<'entities'>>('Entity', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'name', type: 'text', value: (r) => r.name },
          { name: 'key', type: 'text', value: (r) => r.key },
          { name: 'kind', type: 'enum:EntityKind', value: (r) => r.kind },
          { name: 'titles', type: 'text[]', value: (r) => r.titles },
          { name: 'createdAt', type: 'timestamp', value: (r) => r.createdAt },
        ], data.entities);
        await step<Of<'aliasRows'>>('EntityAlias', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'entityId', type: 'int', value: (r) => r.entityId },
          { name: 'alias', type: 'text', value: (r) => r.alias },
          { name: 'key', type: 'text', value: (r) => r.key },
        ], data.aliasRows);
        await step<Of<'articles'>>('Article', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'url', type: 'text', value: (r) => r.url },
          { name: 'title', type: 'text', value: (r) => r.title },
          { name: 'body', type: 'text', value: (r) => r.body },
          { name: 'publishedAt', type: 'timestamp', value: (r) => r.publishedAt },
          { name: 'sourceId', type: 'int', value: (r) => r.sourceId },
          { name: 'createdAt', type: 'timestamp', value: (r) => r.createdAt },
          { name: 'updatedAt', type: 'timestamp', value: (r) => r.createdAt },
        ], data.articles, 500);
        await step<Of<'articleTopics'>>('_ArticleToTopic', [
          { name: 'A', type: 'int', value: (r) => r[0] },
          { name: 'B', type: 'int', value: (r) => r[1] },
        ], data.articleTopics, 10_000);
        await step<Of<'mentions'>>('EntityMention', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'entityId', type: 'int', value: (r) => r.entityId },
          { name: 'articleId', type: 'int', value: (r) => r.articleId },
          { name: 'name', type: 'text', value: (r) => r.name },
          { name: 'title', type: 'text', value: (r) => r.title },
        ], data.mentions, 5000);
        await step<Of<'statements'>>('Statement', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'text', type: 'text', value: (r) => r.text },
          { name: 'kind', type: 'enum:StatementKind', value: (r) => r.kind },
          { name: 'start', type: 'int', value: (r) => r.start },
          { name: 'end', type: 'int', value: (r) => r.end },
          { name: 'speakerId', type: 'int', value: (r) => r.speakerId },
          { name: 'articleId', type: 'int', value: (r) => r.articleId },
          { name: 'viaSourceId', type: 'int', value: (r) => r.viaSourceId },
          { name: 'saidAt', type: 'timestamp', value: (r) => r.saidAt },
          { name: 'cue', type: 'text', value: (r) => r.cue },
          { name: 'confidence', type: 'float', value: (r) => r.confidence },
          { name: 'extractorVersion', type: 'text', value: (r) => r.extractorVersion },
          { name: 'createdAt', type: 'timestamp', value: (r) => r.createdAt },
          { name: 'updatedAt', type: 'timestamp', value: (r) => r.createdAt },
        ], data.statements, 5000);
        await step<Of<'statementTopics'>>('_StatementToTopic', [
          { name: 'A', type: 'int', value: (r) => r[0] },
          { name: 'B', type: 'int', value: (r) => r[1] },
        ], data.statementTopics, 10_000);
        await step<Of<'statistics'>>('Statistic', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'value', type: 'float', value: (r) => r.value },
          { name: 'unit', type: 'text', value: (r) => r.unit },
          { name: 'label', type: 'text', value: (r) => r.label },
          { name: 'direction', type: 'enum:ChangeDirection', value: (r) => r.direction },
          { name: 'baselineYear', type: 'int', value: (r) => r.baselineYear },
          { name: 'baselineValue', type: 'float', value: (r) => r.baselineValue },
          { name: 'text', type: 'text', value: (r) => r.text },
          { name: 'start', type: 'int', value: (r) => r.start },
          { name: 'end', type: 'int', value: (r) => r.end },
          { name: 'articleId', type: 'int', value: (r) => r.articleId },
          { name: 'subjectId', type: 'int', value: (r) => r.subjectId },
          { name: 'cue', type: 'text', value: (r) => r.cue },
          { name: 'confidence', type: 'float', value: (r) => r.confidence },
          { name: 'extractorVersion', type: 'text', value: (r) => r.extractorVersion },
          { name: 'createdAt', type: 'timestamp', value: (r) => r.createdAt },
        ], data.statistics, 5000);
        await step<Of<'agreementRows'>>('Agreement', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'title', type: 'text', value: (r) => r.title },
          { name: 'key', type: 'text', value: (r) => r.key },
          { name: 'status', type: 'enum:AgreementStatus', value: (r) => r.status },
          { name: 'topicId', type: 'int', value: (r) => r.topicId },
          { name: 'proposedAt', type: 'timestamp', value: (r) => r.proposedAt },
          { name: 'signedAt', type: 'timestamp', value: (r) => r.signedAt },
          { name: 'createdAt', type: 'timestamp', value: (r) => r.createdAt },
          { name: 'updatedAt', type: 'timestamp', value: (r) => r.createdAt },
        ], data.agreementRows);
        await step<Of<'agreementParties'>>('_AgreementParties', [
          { name: 'A', type: 'int', value: (r) => r[0] },
          { name: 'B', type: 'int', value: (r) => r[1] },
        ], data.agreementParties, 10_000);
        await step<Of<'agreementStatements'>>('_AgreementStatements', [
          { name: 'A', type: 'int', value: (r) => r[0] },
          { name: 'B', type: 'int', value: (r) => r[1] },
        ], data.agreementStatements, 10_000);
        await step<Of<'agreementMentions'>>('AgreementMention', [
          { name: 'id', type: 'int', value: (r) => r.id },
          { name: 'agreementId', type: 'int', value: (r) => r.agreementId },
          { name: 'articleId', type: 'int', value: (r) => r.articleId },
          { name: 'text', type: 'text', value: (r) => r.text },
          { name: 'start', type: 'int', value: (r) => r.start },
          { name: 'end', type: 'int', value: (r) => r.end },
        ], data.agreementMentions);
        // Explicit IDs were inserted: move each sequence past them so the app's own inserts work.
        for (const table of SERIAL_TABLES) {
          await session.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT max(id) FROM "${table}"), 1))`);
        }
        await session.exec('COMMIT');
      } catch (error) {
        await session.exec('ROLLBACK');
        throw error;
      }
      loadSeconds = seconds(load);
      log(`loaded in ${loadSeconds.toFixed(1)} s`);
      // Fresh statistics and visibility map, as autovacuum would give a live database in time
      // (PGlite has no autovacuum at all).
      const analyze = performance.now();
      await session.exec('VACUUM ANALYZE');
      analyzeSeconds = seconds(analyze);
      log(`VACUUM ANALYZE in ${analyzeSeconds.toFixed(1)} s`);
    });
  } finally {
    await database.close();
  }
  const total = seconds(started);
  const speakers = [...data.perSpeaker.values()].sort((a, b) => b - a);
  log(
    `seeded ${counts.Article} articles, ${counts.Entity} entities, ${counts.Statement} statements, ${counts.Statistic} statistics, ` +
      `${counts.Agreement} agreements, ${counts.Topic} topics, ${counts.Source} sources in ${total.toFixed(1)} s ` +
      `(statements per speaker: max ${speakers[0]}, median ${speakers[Math.floor(speakers.length / 2)]}, ${speakers.filter((n) => n >= 50).length} speakers with >= 50)`,
  );
  return {
    counts,
    sampleArticleIds: data.sampleArticleIds,
    sampleSpeakerIds: data.sampleSpeakerIds,
    timings: { generate: generateSeconds, load: loadSeconds, analyze: analyzeSeconds, total },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.env.LOG_LEVEL ??= 'warn';
  const { values } = parseArgs({
    options: {
      database: { type: 'string' },
      force: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
      scale: { type: 'string', default: '1' },
    },
  });
  if (!values.database) {
    console.error('usage: npm run bench:seed -- --database <postgres://... | pglite dir> [--force] [--seed 42] [--scale 1]');
    process.exit(2);
  }
  try {
    await seedBench(values.database, { force: values.force, seed: Number(values.seed), scale: Number(values.scale) });
  } catch (error) {
    console.error(`bench:seed failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
