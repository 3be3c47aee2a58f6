// The shape of a story as clients send it, with an optional annotation in the format of
// ../shared/corpus/*.gold.json (speakers by name, exact text spans; the server finds offsets).
// What the annotation leaves out, the extractor finds (ingestion/extraction.ts).
import { builder } from '../../builder.js';
import { AgreementStatus } from '../agreements/types.js';
import { EntityKind } from '../entities/types.js';
import { StatementKind } from '../statements/types.js';
import { ChangeDirection, StatisticQualifier } from '../statistics/types.js';

const EntityAnnotation = builder.inputType('EntityAnnotation', {
  description: 'A person, organisation, country or place the story names.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name, as the story writes it most fully.' }),
    kind: t.field({ type: EntityKind, required: true, description: 'What it is.' }),
    title: t.string({ description: 'Title or role as the story gives it.' }),
    aliases: t.stringList({ description: 'Other names the story uses for it; pronouns are ignored.' }),
  }),
});

const StatementAnnotation = builder.inputType('StatementAnnotation', {
  description: 'Something somebody said, in the story.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'An exact span of the body.' }),
    speaker: t.string({ required: true, description: 'A name: of an entity in `entities`, or of any entity.' }),
    kind: t.field({ type: StatementKind, required: true, description: 'DIRECT (quoted) or INDIRECT (reported).' }),
    via: t.string({ description: 'The publication it is relayed through.' }),
    topics: t.stringList({ description: 'Topic names.' }),
  }),
});

const StatisticAnnotation = builder.inputType('StatisticAnnotation', {
  description: 'A number the story reports.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'An exact span of the body.' }),
    value: t.float({ required: true, description: 'The full magnitude: 3200000000 for "£3.2bn"; a range\'s lower end.' }),
    valueMax: t.float({ description: 'A range\'s upper end; greater than value.' }),
    qualifier: t.field({ type: StatisticQualifier, description: 'How the text bounds or approximates it ("about", "more than", "up to").' }),
    unit: t.string({ description: 'A unit of the vocabulary described on Statistic.unit.' }),
    label: t.string({ required: true, description: 'What it measures.' }),
    direction: t.field({ type: ChangeDirection, description: 'For a change: up or down.' }),
    baselineYear: t.int({ description: 'For a change: the year it is measured from ("a 34 percent drop from 2010").' }),
    baselineValue: t.float({ description: 'For a change: the value it is measured from.' }),
    subject: t.string({ description: 'Name of the entity it is about.' }),
  }),
});

const AgreementAnnotation = builder.inputType('AgreementAnnotation', {
  description: 'An agreement the story reports, between two or more parties.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'What it is called ("fisheries agreement").' }),
    parties: t.stringList({ required: true, description: 'Names of at least two parties.' }),
    status: t.field({ type: AgreementStatus, required: true, description: 'Where it stands, as the story reports it.' }),
    topic: t.string({ description: 'Topic name.' }),
    text: t.string({ description: 'The exact span of the body that reports it.' }),
    signedAt: t.field({ type: 'DateTime', description: 'When it was signed, if it was.' }),
    proposedAt: t.field({ type: 'DateTime', description: 'When it was proposed, if it was.' }),
  }),
});

export const AddStoryInput = builder.inputType('AddStoryInput', {
  description: 'A story as raw text, with an optional annotation of what is in it (what it leaves out, the extractor finds).',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Canonical URL: adding the same URL again updates that story, never duplicates it.' }),
    title: t.string({ required: true, description: 'The headline.' }),
    body: t.string({ required: true, description: 'The raw text of the story.' }),
    publishedAt: t.field({ type: 'DateTime', description: 'When it was published; its statements are dated by it.' }),
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
