// Entity resolution for a whole story at once: one query loads every entity any of the story's
// names could resolve to, the rules of `resolveEntity` (service.ts) then run in memory, name by
// name in the story's order, and one flush writes what they decided (new entities, aliases, titles)
// in a few bulk statements, instead of two or three statements per name.
//
// The in-memory pool is kept as the database would be after each name, so a later name sees the
// entities, aliases and titles an earlier name of the same story added ("Xi" after "Xi Jinping").
import { Prisma, type EntityKind } from '../../generated/prisma/client.js';
import { sameGivenName } from '../../extraction/entities.js';
import { evidenceOf, isAcronym, isPronoun, nameKey, personName, sameFullName, weighEvidence, withoutTitles, type PersonEvidence } from './names.js';

type Tx = Prisma.TransactionClient;

export interface EntityDescription {
  name: string;
  kind: EntityKind;
  titles?: string[];
  aliases?: string[];
  /** The kind was guessed (a speaker nobody described): an entity of another kind may match. OTHER is always a guess. */
  kindIsGuess?: boolean;
}

interface PoolEntity {
  id: number;
  kind: EntityKind;
  key: string;
  name: string;
  titles: string[];
  aliasKeys: Set<string>;
}

/** Ids handed to entities created in this batch until they are inserted: above any real id, in creation order. */
const PLACEHOLDER_BASE = 2 ** 40;

/** A description with its names normalised as the rules need them. */
function prepare(input: EntityDescription) {
  // "Mr. Nevins", "President-elect Trump": a person's titles are no part of the name; the titled
  // form stays an alias (and evidence: "Mrs." says a woman).
  const untitled = input.kind === 'PERSON' ? withoutTitles(input.name) : input.name;
  const description = untitled !== input.name ? { ...input, name: untitled, aliases: [...(input.aliases ?? []), input.name] } : input;
  const key = nameKey(description.name);
  const aliases = (description.aliases ?? []).filter((alias) => !isPronoun(alias) && nameKey(alias) !== key);
  // Names that identify by themselves: the name, its acronym, its longer written forms. A bare
  // surname alias ("Trump") does not: it only says which person once the name is known.
  const strongKeys = [key, ...aliases.filter((alias) => isAcronym(alias) || nameKey(alias).includes(' ')).map(nameKey)];
  const person = personName(description.name);
  return { description, key, aliases, strongKeys, person, oneWord: !person.key.includes(' ') };
}

const startsOrEnds = (key: string, word: string) => key.startsWith(`${word} `) || key.endsWith(` ${word}`);

/** Entities by a string (key, alias key, first or last word of a person's key): the pool's indexes. */
class Index {
  private readonly sets = new Map<string, Set<PoolEntity>>();
  add(word: string, entity: PoolEntity) {
    const set = this.sets.get(word) ?? new Set();
    set.add(entity);
    this.sets.set(word, set);
  }
  delete(word: string, entity: PoolEntity) {
    this.sets.get(word)?.delete(entity);
  }
  get(word: string): Iterable<PoolEntity> {
    return this.sets.get(word) ?? [];
  }
}

/** An entity as `candidatesQuery` finds it. */
export interface CandidateRow {
  id: number;
  kind: EntityKind;
  key: string;
  name: string;
  titles: string[];
  aliasKeys: string[];
}

/**
 * The query of every entity the rules may consider for any of `descriptions` (rows: CandidateRow),
 * or null when there is nothing to look for.
 */
export function candidatesQuery(descriptions: EntityDescription[]): Prisma.Sql | null {
  const keys = new Set<string>();
  const words = new Set<string>();
  for (const prepared of descriptions.map(prepare)) {
    for (const key of prepared.strongKeys) keys.add(key);
    for (const word of [prepared.person.key, prepared.person.first, prepared.person.last, prepared.key]) if (word && !word.includes(' ')) words.add(word);
  }
  if (!keys.size && !words.size) return null;
  // Each way of being a candidate is its own indexed lookup (key, alias key, a person's first or last
  // word: the last two are the expression indexes of migration 20261207170000_entity_name_words),
  // and the ids they find are read by primary key. One WHERE with OR across them cannot use those
  // indexes and scanned every entity: 34-60 ms per story with 50,000 entities (docs/performance.md).
  return Prisma.sql`
    SELECT e."id", e."kind"::text AS kind, e."key", e."name", e."titles",
      COALESCE((SELECT array_agg(a."key") FROM "EntityAlias" a WHERE a."entityId" = e."id"), '{}') AS "aliasKeys"
    FROM "Entity" e
    WHERE e."id" = ANY(ARRAY(
      SELECT "id" FROM "Entity" WHERE "key" = ANY(${[...keys]}::text[])
      UNION SELECT "entityId" FROM "EntityAlias" WHERE "key" = ANY(${[...keys]}::text[])
      UNION SELECT "id" FROM "Entity" WHERE "kind" = 'PERSON' AND split_part("key", ' ', 1) = ANY(${[...words]}::text[])
      UNION SELECT "id" FROM "Entity" WHERE "kind" = 'PERSON' AND substring("key" from '[^ ]*$') = ANY(${[...words]}::text[])))`;
}

const firstWord = (key: string) => key.split(' ')[0]!;
const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

export class EntityBatch {
  /** Every entity known to the batch, found through indexes: a story of 2,000 names stays fast. */
  private readonly byKey = new Index();
  private readonly byAlias = new Index();
  /** People by the first and the last word of their key. */
  private readonly byWord = new Index();
  private readonly created: PoolEntity[] = [];
  private readonly aliasRows = new Map<string, { entityId: number; alias: string; key: string }>();
  private readonly newTitles = new Map<number, string[]>();
  private readonly kindChanges = new Map<number, EntityKind>();
  private readonly grown: { id: number; fromKey: string; name: string; key: string }[] = [];
  private readonly realIds = new Map<number, number>();

  constructor(private readonly tx: Tx) {}

  /** Loads, in one query, every entity the rules may consider for any of `descriptions`. */
  async load(descriptions: EntityDescription[]): Promise<void> {
    const query = candidatesQuery(descriptions);
    if (query) this.loaded(await this.tx.$queryRaw<CandidateRow[]>(query));
  }

  /** Takes the rows of `candidatesQuery`, run by the caller (within another statement of the same transaction). */
  loaded(rows: readonly CandidateRow[]): void {
    for (const row of rows) this.remember({ ...row, aliasKeys: new Set(row.aliasKeys) });
  }

  private remember(entity: PoolEntity) {
    this.byKey.add(entity.key, entity);
    for (const alias of entity.aliasKeys) this.byAlias.add(alias, entity);
    if (entity.kind === 'PERSON') {
      this.byWord.add(firstWord(entity.key), entity);
      this.byWord.add(lastWord(entity.key), entity);
    }
  }

  private addAlias(entity: PoolEntity, aliasKey: string) {
    entity.aliasKeys.add(aliasKey);
    this.byAlias.add(aliasKey, entity);
  }

  private rekey(entity: PoolEntity, update: Partial<Pick<PoolEntity, 'key' | 'name' | 'kind'>>) {
    this.byKey.delete(entity.key, entity);
    this.byWord.delete(firstWord(entity.key), entity);
    this.byWord.delete(lastWord(entity.key), entity);
    Object.assign(entity, update);
    this.byKey.add(entity.key, entity);
    if (entity.kind === 'PERSON') {
      this.byWord.add(firstWord(entity.key), entity);
      this.byWord.add(lastWord(entity.key), entity);
    }
  }

  /** Entities known by any of `words` as key, alias or (people) first or last word, by id. */
  private lookUp(words: string[]): PoolEntity[] {
    const found = new Set<PoolEntity>();
    for (const word of words) {
      if (!word) continue;
      for (const index of [this.byKey, this.byAlias, this.byWord]) for (const entity of index.get(word)) found.add(entity);
    }
    return [...found].sort((a, b) => a.id - b.id);
  }

  /** People whose full name has `word` as its first or last word ("xi" -> "xi jinping"); a few. */
  private personsNamedWith(word: string): PoolEntity[] {
    return this.lookUp([word]).filter((entity) => entity.kind === 'PERSON' && startsOrEnds(entity.key, word)).slice(0, 12);
  }

  /**
   * The entity a name refers to (see `resolveEntity` in service.ts for the rules), as an id that
   * `id()` turns into the stored one after `flush()`. Only entities `load()` was given a
   * description for, or that this batch created, are known.
   */
  resolve(input: EntityDescription): number {
    const { description, key, aliases, strongKeys, person, oneWord } = prepare(input);
    const personForm = (entity: PoolEntity) => {
      if (description.kind !== 'PERSON' || !person.key || entity.kind !== 'PERSON') return false;
      if (oneWord) return startsOrEnds(entity.key, person.key);
      return (sameGivenName(entity.key.split(' ', 1)[0]!, person.first) && entity.key.includes(` ${person.last}`)) || entity.key === person.first || entity.key === person.last;
    };
    const strong = (entity: PoolEntity) => strongKeys.includes(entity.key) || strongKeys.some((strongKey) => entity.aliasKeys.has(strongKey));
    const found = this.lookUp([...strongKeys, person.key, person.first, person.last]).filter((entity) => strong(entity) || personForm(entity));
    const candidates = found.filter(strong);
    const fuller = found.filter((entity) => entity.kind === 'PERSON' && oneWord && startsOrEnds(entity.key, person.key));
    const kindIsGuess = description.kindIsGuess || description.kind === 'OTHER';
    const evidence = evidenceOf(description.titles ?? [], aliases);
    const unknownKind = candidates.find((entity) => entity.kind === 'OTHER' && entity.key === key);
    const sameKind = candidates.filter((entity) => entity.kind === description.kind);
    let existing: PoolEntity | undefined;
    if (description.kind === 'PERSON' && oneWord && person.key && (evidence.gender || evidence.roles.length)) {
      existing = chooseByEvidence(fuller, evidence) ?? undefined;
    }
    existing ??= sameKind.find((entity) => entity.key === key) ?? (kindIsGuess ? candidates.find((entity) => entity.key === key) : undefined);
    if (!existing) {
      const pool = sameKind.length ? sameKind : kindIsGuess ? candidates : [];
      if (pool.length) {
        const sharers = oneWord && pool.some((entity) => entity.kind === 'PERSON') ? (fuller.length ? fuller : this.personsNamedWith(key)) : [];
        existing = chooseByEvidence([...pool, ...sharers], evidence) ?? undefined;
      }
    }
    if (!existing && !kindIsGuess) existing = unknownKind;
    const describedPerson = description.kind === 'PERSON' && !kindIsGuess;
    if (!existing && description.kind === 'PERSON' && !oneWord) {
      const same = found.filter((entity) => entity.kind === 'PERSON' && entity.key !== key && sameFullName(personName(entity.name), person));
      if (same.length === 1) existing = same[0];
    }
    if (!existing && describedPerson && oneWord && person.key) {
      const chosen = chooseByEvidence(fuller, evidence);
      if (chosen) {
        existing = chosen;
        aliases.push(description.name);
      }
    } else if (!existing && describedPerson && !oneWord) {
      const short = found.filter((entity) => entity.kind === 'PERSON' && (entity.key === person.first || entity.key === person.last));
      if (short.length === 1 && this.personsNamedWith(short[0]!.key).length === 0) existing = this.grow(short[0]!, description.name, key);
    }
    if (existing && existing.key !== key && isAcronym(existing.name) && !isAcronym(description.name) && strongKeys.includes(existing.key)) {
      existing = this.grow(existing, description.name, key);
    }
    if (existing && existing === unknownKind && !kindIsGuess) {
      this.rekey(existing, { kind: description.kind });
      if (!this.isCreated(existing.id)) this.kindChanges.set(existing.id, description.kind);
    }
    const titles = [...new Set(description.titles ?? [])].filter(Boolean);
    if (existing) {
      const known = existing.titles;
      const added = titles.filter((title) => !known.includes(title));
      if (added.length) {
        existing.titles.push(...added);
        if (!this.isCreated(existing.id)) this.newTitles.set(existing.id, [...(this.newTitles.get(existing.id) ?? []), ...added]);
      }
      if (existing.key !== key && !aliases.some((alias) => nameKey(alias) === key)) aliases.push(description.name);
    } else {
      existing = { id: PLACEHOLDER_BASE + this.created.length, kind: description.kind, key, name: description.name, titles, aliasKeys: new Set() };
      this.created.push(existing);
      this.remember(existing);
    }
    const target = existing;
    for (const [aliasKey, alias] of new Map(aliases.map((alias) => [nameKey(alias), alias]))) {
      if (!aliasKey || aliasKey === target.key) continue;
      if (!target.aliasKeys.has(aliasKey)) this.aliasRows.set(`${target.id}\u0000${aliasKey}`, { entityId: target.id, alias, key: aliasKey });
      this.addAlias(target, aliasKey);
    }
    return target.id;
  }

  /**
   * An entity known by a short form takes the fuller name (the short one becomes an alias), unless
   * an entity of its kind already has that name.
   */
  private grow(entity: PoolEntity, name: string, key: string): PoolEntity {
    if ([...this.byKey.get(key)].some((other) => other.kind === entity.kind)) return entity;
    if (!this.isCreated(entity.id)) this.grown.push({ id: entity.id, fromKey: entity.key, name, key });
    const [oldName, oldKey] = [entity.name, entity.key];
    this.rekey(entity, { name, key });
    if (!entity.aliasKeys.has(oldKey)) this.aliasRows.set(`${entity.id}\u0000${oldKey}`, { entityId: entity.id, alias: oldName, key: oldKey });
    this.addAlias(entity, oldKey);
    return entity;
  }

  private isCreated(id: number): boolean {
    return id >= PLACEHOLDER_BASE;
  }

  /** Writes what `resolve` decided: a handful of statements, whatever the number of names. */
  async flush(): Promise<void> {
    for (const [id, kind] of this.kindChanges) await this.tx.entity.update({ where: { id }, data: { kind } });
    for (const { id, fromKey, name, key } of this.grown) {
      // Only if nobody grew it meanwhile (a concurrent story naming "Lin Wei" while this one names "Lin Haoran").
      await this.tx.entity.updateMany({ where: { id, key: fromKey }, data: { name, key } });
    }
    if (this.created.length) await this.insertCreated();
    if (!this.newTitles.size && !this.aliasRows.size) return;
    // New titles and aliases in one statement. Aliases in one order for every story, so two stories
    // adding aliases at once do not deadlock.
    const titles = [...this.newTitles].map(([id, added]) => ({ id, titles: added }));
    const aliases = [...this.aliasRows.values()].map((row) => ({ ...row, entityId: this.id(row.entityId) }));
    aliases.sort((a, b) => a.entityId - b.entityId || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    await this.tx.$executeRaw`
      WITH titled AS (
        UPDATE "Entity" AS e SET "titles" = e."titles" || ARRAY(SELECT jsonb_array_elements_text(u.titles))
        FROM jsonb_to_recordset(${JSON.stringify(titles)}::jsonb) AS u(id int, titles jsonb)
        WHERE e."id" = u.id
      )
      INSERT INTO "EntityAlias" ("entityId", "alias", "key")
      SELECT * FROM unnest(${aliases.map((row) => row.entityId)}::int[], ${aliases.map((row) => row.alias)}::text[], ${aliases.map((row) => row.key)}::text[])
      ON CONFLICT DO NOTHING`;
  }

  /**
   * Inserts the entities this batch created. One another story created meanwhile (same kind and
   * name, committed or not) is not a conflict that fails the story: the insert waits for it and
   * skips it, and this story takes that entity, as it would have had it been there first. Rows go
   * in one order (kind, key) for every story, so two stories cannot deadlock on them.
   */
  private async insertCreated(): Promise<void> {
    const rows = [...this.created].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const json = JSON.stringify(rows.map(({ name, key, kind, titles }) => ({ name, key, kind, titles })));
    const inserted = await this.tx.$queryRaw<{ id: number; kind: string; key: string }[]>`
      INSERT INTO "Entity" ("name", "key", "kind", "titles")
      SELECT x.name, x.key, x.kind::"EntityKind", ARRAY(SELECT jsonb_array_elements_text(x.titles))
      FROM ROWS FROM (jsonb_to_recordset(${json}::jsonb) AS (name text, key text, kind text, titles jsonb)) WITH ORDINALITY AS x(name, key, kind, titles, position)
      ORDER BY x.position
      ON CONFLICT ("kind", "key") DO NOTHING
      RETURNING "id", "kind"::text AS kind, "key"`;
    const ids = new Map(inserted.map((row) => [`${row.kind}\u0000${row.key}`, row.id]));
    const missing = rows.filter((row) => !ids.has(`${row.kind}\u0000${row.key}`));
    if (missing.length) {
      const found = await this.tx.entity.findMany({
        where: { OR: missing.map(({ kind, key }) => ({ kind, key })) },
        select: { id: true, kind: true, key: true, titles: true },
      });
      for (const row of found) {
        ids.set(`${row.kind}\u0000${row.key}`, row.id);
        // Its titles, plus the ones this story gave.
        const created = missing.find((entity) => entity.kind === row.kind && entity.key === row.key)!;
        const added = created.titles.filter((title) => !row.titles.includes(title));
        if (added.length) this.newTitles.set(row.id, added);
      }
    }
    for (const entity of this.created) this.realIds.set(entity.id, ids.get(`${entity.kind}\u0000${entity.key}`)!);
  }

  /** The stored id of an id `resolve` returned (after `flush`). */
  id(resolved: number): number {
    return this.realIds.get(resolved) ?? resolved;
  }
}

/**
 * The one candidate the evidence leaves, or null: the only one; else the only one whose gender
 * does not conflict with the story's honorifics; else the only one the evidence supports (its
 * gender and titles fit). Several people of one surname and no evidence: nobody.
 */
function chooseByEvidence<T extends { id: number; kind: EntityKind; name: string; titles: string[] }>(candidates: T[], evidence: PersonEvidence): T | null {
  const distinct = [...new Map(candidates.map((candidate) => [candidate.id, candidate])).values()];
  if (!evidence.gender && !evidence.roles.length) return distinct.length === 1 ? distinct[0]! : null;
  const weighed = distinct.map((candidate) => ({ candidate, weight: candidate.kind === 'PERSON' ? weighEvidence(candidate, evidence) : 'conflicts' }));
  const compatible = weighed.filter(({ weight }) => weight !== 'conflicts');
  if (compatible.length === 1) return compatible[0]!.candidate;
  const supported = compatible.filter(({ weight }) => weight === 'supports');
  return supported.length === 1 ? supported[0]!.candidate : null;
}
