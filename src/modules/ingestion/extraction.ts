// What the extractor (src/extraction, pure rules) finds in a story, merged into the story's plan
// before the transaction. The client's annotation wins for each part it sends, even as an empty
// list (statements, statistics, agreements, topics); the parts it leaves out come from the
// extractor. Entities are merged: the client's kind and title win for a name both give.
//
// Provenance: an extracted statement or statistic carries the extractor's cue, confidence and
// version; an annotated one has all three null. The fingerprint covers the extractor's version and
// findings, so a new extractor re-extracts an unchanged story while the same story with the same
// extractor changes nothing.
import { createHash } from 'node:crypto';
import { extractStory, type Extraction, type EntityKind as ExtractedKind, type StoryText } from '../../extraction/index.js';
import { isOneBodyRule } from '../../extraction/agreements/found.js';
import type { EntityKind } from '../../generated/prisma/client.js';
import { logger } from '../../logger.js';
import { isPronoun, nameKey } from '../entities/names.js';
import type { ExtractionPool } from './extraction-pool.js';
import type { StoryPlan } from './plan.js';

export type Extractor = (story: StoryText) => Extraction;

/** The extractor's rules are written for English; other languages are stored without findings. */
export const EXTRACTION_LANGUAGES = new Set(['en']);

const KINDS: Record<ExtractedKind, EntityKind> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  COUNTRY: 'COUNTRY',
  PLACE: 'PLACE',
  OTHER: 'OTHER',
};

interface Logger {
  error(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/**
 * Runs the extractor on the planned story. Never throws: an extractor that fails is logged and the
 * story is stored with no extracted findings (null) rather than the write failing.
 */
export function extractFindings(plan: StoryPlan, extract: Extractor = extractStory, log: Logger = logger): Extraction | null {
  const story = storyText(plan);
  if (!story) return null;
  try {
    return extract(story);
  } catch (error) {
    log.error({ err: error, url: plan.url }, 'extraction failed; the story is stored without extracted findings');
    return null;
  }
}

/** The same as `extractFindings`, with the extractor in a worker thread (extraction-pool.ts). */
export async function extractFindingsInPool(plan: StoryPlan, pool: ExtractionPool, log: Logger = logger): Promise<Extraction | null> {
  const story = storyText(plan);
  if (!story) return null;
  try {
    return await pool.extract(story);
  } catch (error) {
    log.error({ err: error, url: plan.url }, 'extraction failed; the story is stored without extracted findings');
    return null;
  }
}

/** What the extractor reads of a plan; null for a language it has no rules for. */
function storyText(plan: StoryPlan): StoryText | null {
  if (!EXTRACTION_LANGUAGES.has(plan.language)) return null;
  // The title goes along only when the body does not already open with it (the contract's `title`).
  const title = plan.body.trimStart().startsWith(plan.title) ? null : plan.title;
  return { title, body: plan.body };
}

/** `body.slice(start, end) === text`, as the extraction contract promises. */
function inBody(body: string, item: { text: string; start: number; end: number }) {
  return Boolean(item.text) && Number.isInteger(item.start) && item.end > item.start && body.slice(item.start, item.end) === item.text;
}

/** "the New York Times." -> "New York Times"; pronouns and empty names -> null. */
function cleanName(name: string | null | undefined): string | null {
  const cleaned = (name ?? '').trim().replace(/[\s,;:!?]+$/, '').replace(/(?<![A-Z])\.$/, '').replace(/^the\s+/, '').trim();
  return cleaned && !isPronoun(cleaned) ? cleaned : null;
}

function mergeEntities(annotated: StoryPlan['entities'], extracted: Extraction['entities']): StoryPlan['entities'] {
  const merged = annotated.map((entity) => ({ ...entity, aliases: [...(entity.aliases ?? [])] }));
  const byKey = new Map<string, number>();
  const index = (at: number) => {
    const entity = merged[at];
    for (const name of [entity.name, ...entity.aliases]) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), at);
  };
  merged.forEach((_, at) => index(at));
  for (const entity of extracted) {
    const name = entity.name.trim();
    if (!nameKey(name)) continue;
    const names = [name, ...entity.aliases.filter((alias) => nameKey(alias) && !isPronoun(alias))];
    const at = names.map((n) => byKey.get(nameKey(n))).find((found) => found !== undefined);
    if (at === undefined) {
      merged.push({ name, kind: KINDS[entity.kind], title: entity.title, aliases: names.slice(1) });
    } else {
      // The same entity as one already described: the first description's kind and title win.
      const known = merged[at];
      const knownKeys = new Set([known.name, ...known.aliases].map(nameKey));
      for (const n of names) {
        if (!knownKeys.has(nameKey(n))) known.aliases.push(n);
        knownKeys.add(nameKey(n));
      }
      if (!known.title && entity.title) merged[at] = { ...known, title: entity.title };
    }
    index(at ?? merged.length - 1);
  }
  return merged;
}

/** The plan with the extracted findings merged in and a fingerprint of the result. Pure. */
export function withExtraction(plan: StoryPlan, extraction: Extraction | null): StoryPlan {
  const { fingerprint: _, ...base } = plan;
  let merged = base;
  if (extraction) {
    const provenance = { extractorVersion: extraction.version };
    const { body, annotated } = plan;
    merged = {
      ...base,
      entities: mergeEntities(plan.entities, extraction.entities),
      topics: annotated.topics ? plan.topics : [...new Set(extraction.topics.map((topic) => topic.trim()).filter(Boolean))],
      statements: annotated.statements
        ? plan.statements
        : extraction.statements.filter((statement) => inBody(body, statement)).map((statement) => ({
            text: statement.text,
            kind: statement.kind,
            start: statement.start,
            end: statement.end,
            speaker: cleanName(statement.speaker),
            via: cleanName(statement.via),
            topics: statement.topics ?? [],
            cue: statement.cue,
            rule: statement.rule,
            confidence: statement.confidence,
            ...provenance,
          })),
      statistics: annotated.statistics
        ? plan.statistics
        : extraction.statistics
            .filter((statistic) => inBody(body, statistic) && Number.isFinite(statistic.value))
            .map((statistic) => ({
              text: statistic.text,
              value: statistic.value,
              valueMax: statistic.valueMax,
              qualifier: statistic.qualifier,
              unit: statistic.unit,
              label: statistic.label.trim() || statistic.text,
              context: statistic.context,
              direction: statistic.direction,
              baselineYear: statistic.baselineYear,
              baselineValue: statistic.baselineValue,
              subject: cleanName(statistic.subject),
              start: statistic.start,
              end: statistic.end,
              cue: statistic.cue,
              rule: statistic.rule,
              confidence: statistic.confidence,
              ...provenance,
            })),
      agreements: annotated.agreements
        ? plan.agreements
        : extraction.agreements
            .filter((agreement) => inBody(body, agreement) && agreement.title.trim())
            // Two parties at least, or one body of many members that agrees as one ("the G8 agreed to ...").
            .filter((agreement) => new Set(agreement.parties.map(nameKey).filter(Boolean)).size >= (isOneBodyRule(agreement.rule) ? 1 : 2))
            .map((agreement) => ({
              title: agreement.title.trim(),
              parties: agreement.parties,
              status: agreement.status,
              topic: agreement.topic?.trim() || null,
              text: agreement.text,
              span: { start: agreement.start, end: agreement.end },
              rule: agreement.rule,
              signedAt: null,
              proposedAt: null,
            })),
    };
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ plan: merged, extractor: extraction?.version ?? null }))
    .digest('hex');
  return { ...merged, fingerprint };
}
