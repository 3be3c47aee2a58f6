// Number words and magnitudes for the statistics extractor: digits with thousands separators,
// spelled-out numbers ("twenty-five", "two hundred"), ordinals, fractions and scale words.

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Scale suffixes and words that may follow a written number ("4.1bn", "2.3 million"). */
export const SCALE_SUFFIX: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, million: 1e6,
  bn: 1e9, bln: 1e9, billion: 1e9,
  tn: 1e12, trn: 1e12, trillion: 1e12,
  // Indian English: "Rs 500 crore" is five billion rupees, "3 lakh" three hundred thousand
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** Denominators of spelled fractions, singular and plural ("a third", "two thirds"). */
export const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};

/** Alternation of every word a spelled cardinal can be made of. */
export const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALE_WORDS), 'dozen']
  .sort((a, b) => b.length - a.length)
  .join('|');

export const ORDINAL_WORD = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A magnitude rounded to 12 significant digits, so that 1.13 * 1e9 is exactly 1130000000. */
export function tidy(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Number.parseFloat(value.toPrecision(12));
}

/** "1,234.5" -> 1234.5 */
export function parseDigits(raw: string): number {
  return Number.parseFloat(raw.replace(/,/g, ''));
}

/**
 * The value of a spelled cardinal given as lower-case words ("twenty", "five", "hundred", "thousand"),
 * or null when the words do not form one number ("hundred" alone, "five six").
 */
export function parseNumberWords(words: readonly string[]): number | null {
  if (words.length === 0) return null;
  let total = 0;
  let group = 0;
  let last: 'unit' | 'ten' | 'hundred' | 'scale' | null = null;
  for (const word of words) {
    if (word in UNITS) {
      if (last === 'unit') return null;
      if (last === 'ten' && UNITS[word] >= 10) return null;
      group += UNITS[word];
      last = 'unit';
    } else if (word in TENS) {
      if (last === 'unit' || last === 'ten') return null;
      group += TENS[word];
      last = 'ten';
    } else if (word === 'dozen') {
      group = (group || 1) * 12;
      last = 'scale';
    } else if (word === 'hundred') {
      if (last === null || last === 'hundred') return null;
      group = (group || 1) * 100;
      last = 'hundred';
    } else if (word in SCALE_WORDS) {
      if (last === null) return null;
      total += (group || 1) * SCALE_WORDS[word];
      group = 0;
      last = 'scale';
    } else {
      return null;
    }
  }
  return tidy(total + group);
}

/** Round a fraction the way the annotation writes it (2/3 -> 0.6667). */
export function roundFraction(value: number): number {
  return Math.round(value * 10000) / 10000;
}
