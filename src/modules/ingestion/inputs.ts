// The shape of a story as clients send it, with an optional annotation in the format of
// ../shared/corpus/*.gold.json (speakers by name, exact text spans; the server finds offsets).
// What the annotation leaves out, the extractor finds (ingestion/extraction.ts).
import { builder } from '../../builder.js';
import { AgreementStatus } from '../agreements/types.js';
import { EntityKind } from '../entities/types.js';
import { StatementKind } from '../statements/types.js';
import { ChangeDirection, StatisticQualifier } from '../statistics/types.js';

const EntityAnnotation = builder.inputType('EntityAnnotation', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: EntityKind, required: true }),
    title: t.string({ description: 'Title or role as the story gives it.' }),
    aliases: t.stringList({ description: 'Other names the story uses for it; pronouns are ignored.' }),
  }),
});

const StatementAnnotation = builder.inputType('StatementAnnotation', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'An exact span of the body.' }),
    speaker: t.string({ required: true, description: 'A name: of an entity in `entities`, or of any entity.' }),
    kind: t.field({ type: StatementKind, required: true }),
    via: t.string({ description: 'The publication it is relayed through.' }),
    topics: t.stringList({ description: 'Topic names.' }),
  }),
});

const StatisticAnnotation = builder.inputType('StatisticAnnotation', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'An exact span of the body.' }),
    value: t.float({ required: true, description: 'The full magnitude: 3200000000 for "£3.2bn"; a range\'s lower end.' }),
    valueMax: t.float({ description: 'A range\'s upper end; greater than value.' }),
    qualifier: t.field({ type: StatisticQualifier }),
    unit: t.string({ description: 'A unit of the vocabulary described on Statistic.unit.' }),
    label: t.string({ required: true, description: 'What it measures.' }),
    direction: t.field({ type: ChangeDirection }),
    baselineYear: t.int(),
    baselineValue: t.float(),
    subject: t.string({ description: 'Name of the entity it is about.' }),
  }),
});

const AgreementAnnotation = builder.inputType('AgreementAnnotation', {
  fields: (t) => ({
    title: t.string({ required: true }),
    parties: t.stringList({ required: true, description: 'Names of at least two parties.' }),
    status: t.field({ type: AgreementStatus, required: true }),
    topic: t.string({ description: 'Topic name.' }),
    text: t.string({ description: 'The exact span of the body that reports it.' }),
    signedAt: t.field({ type: 'DateTime' }),
    proposedAt: t.field({ type: 'DateTime' }),
  }),
});

export const AddStoryInput = builder.inputType('AddStoryInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'Canonical URL: adding the same URL again updates that story, never duplicates it.' }),
    title: t.string({ required: true }),
    body: t.string({ required: true, description: 'The raw text of the story.' }),
    publishedAt: t.field({ type: 'DateTime' }),
    source: t.string({ description: 'Name of the publication.' }),
    language: t.string({ description: 'ISO 639-1 code; default "en".' }),
    topics: t.stringList({ description: 'Topic names of the story. When given (even empty), they replace the topics the extractor finds.' }),
    entities: t.field({
      type: [EntityAnnotation],
      description: 'Merged with the entities the extractor finds; for a name both give, this kind and title win.',
    }),
    statements: t.field({
      type: [StatementAnnotation],
      description: 'When given (even empty), these replace the statements the extractor finds.',
    }),
    statistics: t.field({
      type: [StatisticAnnotation],
      description: 'When given (even empty), these replace the statistics the extractor finds.',
    }),
    agreements: t.field({
      type: [AgreementAnnotation],
      description: 'When given (even empty), these replace the agreements the extractor finds.',
    }),
  }),
});
