import type { Figure } from './figure.js';
export function readableLabel(label: string, _f: Figure, _subject: string | null): string {
  return label;
}
