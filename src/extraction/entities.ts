// Named entities: runs of capitalised words, their kind from word lists and context, the titles
// written before or beside them, and one registry per story that maps every short form ("Xi",
// "McAuliffe", "Mr. Sloan") to the fullest name the story gives. The work is done in entities/:
// this module is the one importers use.
export { isOpener, possessiveInsideName } from './entities/edges.js';
export { classify } from './entities/kinds.js';
export { dropSentenceInitialWords, findMentions, NAME_PARTICLES, type Mention } from './entities/mentions.js';
export { countryOf, givenNameGender, isGivenName, isTitleWord, sameGivenName, splitTitles, type Gender } from './entities/names.js';
export { EntityRegistry, type Entity } from './entities/registry.js';
