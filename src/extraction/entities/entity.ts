// One entity of a story, as the registry builds it and the kind rules settle it.
import type { EntityKind } from '../types.js';
import type { Gender } from './names.js';

export interface Entity {
  name: string;
  kind: EntityKind;
  title: string | null;
  gender: Gender;
  aliases: Set<string>;
  /** Lowercased titles and roles ("mayor", "governor") for "the mayor said". */
  roles: Set<string>;
  firstSeen: number;
  /** The words of the name's key, for matching short forms. */
  parts: string[];
}
