// The held-out split of ../shared/corpus/dev-more and ../shared/corpus/dev-bbc, for `npm run eval`.
//
// Rule (it looks at file names only, never at the text or the gold):
//   1. put each story in its stratum: the publisher for PolNeAR ids ("polnear-train-<publisher>_<date>_…"),
//      the category for BBC ids ("bbc-<category>-NNN"), otherwise one stratum for the whole folder;
//   2. sort the ids of each stratum by plain string order (the order `ls` shows);
//   3. hold out every third id of each stratum, starting with the second: positions 1, 4, 7, … (0-based).
//
// dev-more has 18 articles per publisher, so 6 per publisher (42 of 126) are held out. dev-bbc has 10
// business, 8 politics and 6 tech articles, so 3 + 3 + 2 (8 of 24) are held out: every category has some.
// The split is repeatable from the folder listing alone. Adding files to a folder would move it, so the
// held-out ids are also printed by `npm run eval -- --list-held-out`.
//
// Held-out stories are scored on every run, but `npm run eval -- --verbose` does not list their misses
// unless `--held-out` is given: tune on the other part, and look at these only now and then.

/** The stratum of a story id: the PolNeAR publisher, the BBC category, or '' when the id has neither. */
export function stratumOf(id: string): string {
  const polnear = /^polnear-[a-z]+-([^_]+)_/.exec(id);
  if (polnear) return `polnear:${polnear[1]}`;
  const bbc = /^bbc-([a-z]+)-/.exec(id);
  if (bbc) return `bbc:${bbc[1]}`;
  return '';
}

/** The held-out ids among `ids` (the ids of one folder), by the rule above. */
export function heldOutIds(ids: readonly string[]): Set<string> {
  const strata = new Map<string, string[]>();
  for (const id of ids) {
    const key = stratumOf(id);
    strata.set(key, [...(strata.get(key) ?? []), id]);
  }
  const heldOut = new Set<string>();
  for (const members of strata.values()) {
    [...members].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach((id, position) => {
      if (position % 3 === 1) heldOut.add(id);
    });
  }
  return heldOut;
}

/**
 * The held-out part of test/probe (our own stories, written without reading the extractor): of the first
 * twenty, eight chosen by hand before any of their errors was looked at, two or three of each group (US
 * politics, BBC-style, local and world); and the whole second batch. Fixed since; rules are tuned on the
 * other twelve of the first batch only.
 */
export const PROBE_HELD_OUT = new Set([
  'us-new-hampshire-debate', 'us-shutdown-talks-stall', 'us-arizona-governor-poll',
  'bbc-thistle-bank-rejects-bid', 'bbc-skylane-job-cuts', 'bbc-rural-broadband-report',
  'local-caldwick-rovers-ground-row', 'world-calvario-floods',
  // The second batch (p2-*), written after rules-0.6.0 and held out whole: no one has read its errors.
  'p2-bbc-bakery-results', 'p2-bbc-brewery-takeover', 'p2-bbc-council-parking-row', 'p2-bbc-ferry-strike',
  'p2-bbc-nhs-discharge-report', 'p2-campaign-arizona-senate', 'p2-court-drone-ruling', 'p2-feature-flood-town',
  'p2-ohio-bridge-veto', 'p2-redline-senate-smear', 'p2-sci-sleep-study', 'p2-sport-football-manager-row',
  'p2-tech-smart-glasses-launch', 'p2-world-bangladesh-cyclone', 'p2-world-ceasefire-talks', 'p2-world-chile-runoff',
  // The fourth batch (p4-*: deals, with agreements and statistics gold), written after rules-0.6.0 by two teammates
  // apart; half of each writer's stories, every other one in alphabetical order, held out before any was read.
  'p4-biz-cement-bid', 'p4-biz-dairy-merger', 'p4-biz-inhaler-settlement', 'p4-biz-rail-stake',
  'p4-pol-bus-strike', 'p4-pol-coalition-talks', 'p4-pol-river-treaty', 'p4-pol-trade-talks',
  // The fifth batch (p5-*: several speakers per story, roles, pronouns, unisex names), written during
  // rules-0.7.0 by a teammate who had read neither the rules nor the other batches; every third story in
  // alphabetical order, from the second, held out before any was read.
  'p5-bakery-closures', 'p5-cup-upset-alderley', 'p5-ohio-warehouse-ruling', 'p5-senate-drone-hearing',
]);
