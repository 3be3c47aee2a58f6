// One story file -> the input of `addStory` (pure: no file system, no network; `npm run ingest`).
//
// Two layouts, both plain text (.txt or .md):
//
//   ---                                   Title line
//   title: Harbour reopens                <blank line>
//   url: https://example.com/harbour      Body ...
//   source: The Coastal Times
//   publishedAt: 2024-03-05
//   language: en
//   topics: ports, trade
//   ---
//   Body ...
//
// The front matter is flat `key: value` lines, not YAML: six known keys with string values (topics
// comma-separated) need no YAML parser, and an unknown or repeated key is an error, not silently lost.
import type { IngestStoryMutationVariables } from '../../src/generated/operations/graphql.js';

export type StoryInput = IngestStoryMutationVariables['input'];

export const STORY_EXTENSIONS = ['.txt', '.md'] as const;
export const DEFAULT_BASE_URL = 'https://stories.newsgraph.local/';

/** The file cannot become a story; `problems` says why, one line each. */
export class StoryFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'StoryFileError';
  }
}

export interface StoryFileOptions {
  /** Path of the file relative to the folder it was found in ('/' or the platform separator). */
  relativePath: string;
  /** Base of the URL given to a file without `url:` (default DEFAULT_BASE_URL). */
  baseUrl?: string;
  /** Publication name for a file without `source:`. */
  defaultSource?: string;
}

const KEYS = ['title', 'url', 'source', 'publishedAt', 'language', 'topics'] as const;
type Key = (typeof KEYS)[number];
const KEY_BY_LOWER = new Map<string, Key>(KEYS.map((key) => [key.toLowerCase(), key]));

export function isStoryFile(name: string): boolean {
  const lower = name.toLowerCase();
  return STORY_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** `world/Élections 2024.md` -> `world/elections-2024`: lower case, letters and digits of any script. */
export function slugOfPath(relativePath: string): string {
  const segments = relativePath.split(/[\\/]+/).filter(Boolean);
  const last = segments.length - 1;
  if (last >= 0) segments[last] = segments[last].replace(/\.[^.]*$/, '');
  return segments
    .map((segment) =>
      segment
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('/');
}

/** The stable URL of a file without `url:`, so adding the same folder again updates, not duplicates. */
export function urlForPath(relativePath: string, baseUrl: string = DEFAULT_BASE_URL): string {
  const slug = slugOfPath(relativePath);
  if (!slug) throw new StoryFileError([`cannot derive a URL from the file name "${relativePath}": add a url: line`]);
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(slug, base).toString();
}

/** `2024-03-05` (midnight UTC) or an RFC 3339 date-time with a zone -> ISO string; null when neither. */
export function parsePublishedAt(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/i.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (hour !== undefined && zone === undefined) return null;
  // The calendar date must exist (Date would roll 2024-02-30 over to March).
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCFullYear() !== Number(year) || calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) {
    return null;
  }
  if (hour === undefined) return calendar.toISOString();
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${fraction ?? ''}${zone.toUpperCase()}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && (trimmed[0] === '"' || trimmed[0] === "'") && trimmed.at(-1) === trimmed[0]) return trimmed.slice(1, -1).trim();
  return trimmed;
}

function parseTopics(value: string): string[] {
  const list = value.trim().replace(/^\[(.*)\]$/s, '$1');
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const part of list.split(',')) {
    const topic = unquote(part);
    if (topic && !seen.has(topic.toLowerCase())) {
      seen.add(topic.toLowerCase());
      topics.push(topic);
    }
  }
  return topics;
}

/** Reads the text of one story file. Throws StoryFileError listing every problem found. */
export function parseStoryFile(text: string, options: StoryFileOptions): StoryInput {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines.every((line) => !line.trim())) throw new StoryFileError(['the file is empty']);

  const problems: string[] = [];
  const fields = new Map<Key, string>();
  let rest = lines;
  if (lines[0].trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    if (close < 0) throw new StoryFileError(['the front matter opened by "---" on line 1 is never closed by a "---" line']);
    for (let i = 1; i < close; i++) {
      const line = lines[i];
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      const match = /^\s*([A-Za-z][\w-]*)\s*:(.*)$/.exec(line);
      if (!match) {
        problems.push(`line ${i + 1}: expected "key: value" in the front matter, got "${line.trim()}"`);
        continue;
      }
      const key = KEY_BY_LOWER.get(match[1].toLowerCase());
      if (!key) {
        problems.push(`line ${i + 1}: unknown front matter key "${match[1]}" (known: ${KEYS.join(', ')})`);
      } else if (fields.has(key)) {
        problems.push(`line ${i + 1}: "${key}" is given twice`);
      } else {
        const value = key === 'topics' ? match[2].trim() : unquote(match[2]);
        if (value) fields.set(key, value);
      }
    }
    rest = lines.slice(close + 1);
  }

  let title = fields.get('title');
  let bodyLines = rest;
  if (title === undefined) {
    const at = rest.findIndex((line) => line.trim());
    if (at >= 0) {
      title = rest[at].trim();
      if (/\.md$/i.test(options.relativePath)) title = title.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
      bodyLines = rest.slice(at + 1);
    }
  }
  if (!title) problems.push('no title: give a "title:" line or make the first non-empty line the title');
  const body = bodyLines.join('\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  if (title && !body) problems.push('no body: nothing follows the title');

  const story: StoryInput = { url: '', title: title ?? '', body };
  const publishedAt = fields.get('publishedAt');
  if (publishedAt !== undefined) {
    const iso = parsePublishedAt(publishedAt);
    if (iso) story.publishedAt = iso;
    else problems.push(`publishedAt "${publishedAt}" is not a date: write 2024-03-05 or 2024-03-05T14:30:00Z`);
  }
  const source = fields.get('source') ?? options.defaultSource?.trim();
  if (source) story.source = source;
  const language = fields.get('language');
  if (language) story.language = language;
  const topics = fields.has('topics') ? parseTopics(fields.get('topics')!) : [];
  if (topics.length) story.topics = topics;

  const url = fields.get('url');
  if (url) story.url = url;
  else {
    try {
      story.url = urlForPath(options.relativePath, options.baseUrl);
    } catch (error) {
      problems.push(...(error instanceof StoryFileError ? error.problems : [`cannot derive a URL: ${(error as Error).message}`]));
    }
  }

  if (problems.length) throw new StoryFileError(problems);
  return story;
}
