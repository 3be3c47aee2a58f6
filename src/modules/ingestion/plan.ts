// Pure: checks a story as a client sent it and turns it into a plan the service can store in one
// transaction (canonical URL, offsets of every span, a fingerprint). No database here.
// What the extractor finds is merged into the plan afterwards (extraction.ts).
import { createHash } from 'node:crypto';
import type { Issue } from '../../errors.js';
import type { AgreementStatus, ChangeDirection, EntityKind, StatementKind, StatisticQualifier } from '../../generated/prisma/client.js';
import { nameKey } from '../entities/names.js';
import { findSpan, type Span } from '../shared/spans.js';

export interface StoryInput {
  url: string;
  title: string;
  body: string;
  publishedAt?: Date | null;
  source?: string | null;
  language?: string | null;
  topics?: readonly string[] | null;
  entities?: readonly { name: string; kind: EntityKind; title?: string | null; aliases?: readonly string[] | null }[] | null;
  statements?: readonly { text: string; speaker: string; kind: StatementKind; via?: string | null; topics?: readonly string[] | null }[] | null;
  statistics?: readonly {
    text: string;
    value: number;
    valueMax?: number | null;
    qualifier?: StatisticQualifier | null;
    unit?: string | null;
    label: string;
    /** The sentence it stands in (extracted statistics). */
    context?: string | null;
    direction?: ChangeDirection | null;
    baselineYear?: number | null;
    baselineValue?: number | null;
    subject?: string | null;
  }[] | null;
  agreements?: readonly {
    title: string;
    parties: readonly string[];
    status: AgreementStatus;
    topic?: string | null;
    text?: string | null;
    signedAt?: Date | null;
    proposedAt?: Date | null;
  }[] | null;
}

export const LIMITS = { url: 2048, title: 1000, body: 500_000, name: 300, items: 2000 } as const;

type WithSpan<T> = T & Span;

/** Where a finding comes from: all null when a client annotated it. */
export interface Provenance {
  cue: string | null;
  /** The extraction rule that found it (extracted statements and statistics). */
  rule: string | null;
  confidence: number | null;
  extractorVersion: string | null;
}

const ANNOTATED: Provenance = { cue: null, rule: null, confidence: null, extractorVersion: null };

export interface StoryPlan {
  url: string;
  title: string;
  body: string;
  publishedAt: Date | null;
  source: string | null;
  language: string;
  topics: string[];
  entities: NonNullable<StoryInput['entities']>[number][];
  /** An extracted statement may have no speaker. */
  statements: (WithSpan<Omit<NonNullable<StoryInput['statements']>[number], 'speaker'>> & { speaker: string | null } & Provenance)[];
  statistics: (WithSpan<NonNullable<StoryInput['statistics']>[number]> & Provenance)[];
  agreements: (NonNullable<StoryInput['agreements']>[number] & { span: Span | null; rule?: string | null })[];
  /**
   * The parts the client annotated (sent, even as an empty list): those replace what the
   * extractor finds. Entities are never replaced, only merged.
   */
  annotated: Record<'statements' | 'statistics' | 'agreements' | 'topics', boolean>;
  fingerprint: string;
}

/** Drops the fragment and tracking parameters: one story, one URL. */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$)/.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/**
 * `maxBodyChars`: the longest body accepted (STORY_MAX_CHARS); a longer one is refused first, before
 * any other work is spent on it.
 */
export function planStory(
  input: StoryInput,
  { maxBodyChars = LIMITS.body }: { maxBodyChars?: number } = {},
): { plan: StoryPlan; issues: [] } | { plan: null; issues: Issue[] } {
  if (input.body.length > maxBodyChars) {
    return { plan: null, issues: [{ path: ['input', 'body'], message: `must be at most ${maxBodyChars} characters` }] };
  }
  const issues: Issue[] = [];
  const problem = (path: (string | number)[], message: string) => issues.push({ path: ['input', ...path], message });
  const required = (value: string | null | undefined, path: (string | number)[], max: number = LIMITS.name) => {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) problem(path, 'must not be empty');
    else if (trimmed.length > max) problem(path, `must be at most ${max} characters`);
    return trimmed;
  };

  // PostgreSQL text cannot hold NUL; say so instead of failing inside the transaction. JSON writes a
  // NUL as the escape `\u0000` and a backslash as `\\`: the six characters `\u0000` are text.
  if (/(?<!\\)(?:\\\\)*\\u0000/.test(JSON.stringify(input))) problem([], 'must not contain NUL (\\u0000) characters');
  const url = canonicalUrl(input.url);
  if (!url || input.url.length > LIMITS.url) problem(['url'], 'must be an absolute http(s) URL');
  const title = required(input.title, ['title'], LIMITS.title);
  const body = input.body;
  if (!body.trim()) problem(['body'], 'must not be empty');
  const language = input.language?.trim().toLowerCase() || 'en';
  if (!/^[a-z]{2}$/.test(language)) problem(['language'], 'must be a two-letter ISO 639-1 code');
  for (const list of ['entities', 'statements', 'statistics', 'agreements', 'topics'] as const) {
    if ((input[list]?.length ?? 0) > LIMITS.items) problem([list], `must hold at most ${LIMITS.items} items`);
  }

  // Repeated identical spans take successive occurrences in the body.
  const nextSearchFrom = new Map<string, number>();
  const locate = (text: string, path: (string | number)[]): Span | null => {
    if (!text) return null;
    const span = findSpan(body, text, nextSearchFrom.get(text) ?? 0);
    if (!span) problem(path, 'is not an exact span of the body');
    else nextSearchFrom.set(text, span.end);
    return span;
  };

  (input.topics ?? []).forEach((topic, i) => required(topic, ['topics', i]));
  (input.entities ?? []).forEach((entity, i) => required(entity.name, ['entities', i, 'name']));
  const statements = (input.statements ?? []).map((statement, i) => {
    required(statement.speaker, ['statements', i, 'speaker']);
    required(statement.text, ['statements', i, 'text'], maxBodyChars);
    return { ...statement, ...locate(statement.text, ['statements', i, 'text'])!, ...ANNOTATED };
  });
  const statistics = (input.statistics ?? []).map((statistic, i) => {
    required(statistic.label, ['statistics', i, 'label']);
    if (!Number.isFinite(statistic.value)) problem(['statistics', i, 'value'], 'must be a finite number');
    const year = statistic.baselineYear;
    if (year != null && (year < 1000 || year > 3000)) problem(['statistics', i, 'baselineYear'], 'must be a year');
    const max = statistic.valueMax;
    if (max != null && !(Number.isFinite(max) && max > statistic.value)) problem(['statistics', i, 'valueMax'], 'must be a finite number greater than value');
    return { ...statistic, ...locate(statistic.text, ['statistics', i, 'text'])!, ...ANNOTATED };
  });
  const agreements = (input.agreements ?? []).map((agreement, i) => {
    required(agreement.title, ['agreements', i, 'title']);
    const parties = new Set(agreement.parties.map((party) => nameKey(party)).filter(Boolean));
    if (parties.size < 2) problem(['agreements', i, 'parties'], 'must name at least two different parties');
    const span = agreement.text ? locate(agreement.text, ['agreements', i, 'text']) : null;
    return { ...agreement, span };
  });
  if (issues.length || !url) return { plan: null, issues };

  const plan = {
    url,
    title,
    body,
    publishedAt: input.publishedAt ?? null,
    source: input.source?.trim() || null,
    language,
    topics: (input.topics ?? []).map((topic) => topic.trim()),
    entities: [...(input.entities ?? [])],
    statements,
    statistics,
    agreements,
    annotated: {
      statements: input.statements != null,
      statistics: input.statistics != null,
      agreements: input.agreements != null,
      topics: input.topics != null,
    },
  };
  const fingerprint = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
  return { plan: { ...plan, fingerprint }, issues: [] };
}
