// Topics of a story or a statement: a small, general taxonomy of news subjects, each with the words and
// phrases that point at it. A story's topics are the ones its words point at most often, the headline
// counting more than the body. Pure, deterministic, no model.
import type { Layout, Token } from './text.js';
import type { Span } from './types.js';

/**
 * Topic name (lowercase, as stored) -> trigger words and phrases (lowercase; a phrase is matched word for
 * word, hyphens and punctuation counting as spaces). Longer phrases win over the words inside them:
 * "cyber crime" is not also "crime", "social security" is not "security".
 */
const TAXONOMY: Record<string, string[]> = {
  'climate change': [
    'climate', 'climate change', 'global warming', 'greenhouse', 'greenhouse gas', 'greenhouse gases', 'greenhouse gas emissions',
    'greenhouse emissions', 'carbon emissions', 'carbon dioxide', 'emissions', 'co2', 'net zero', 'decarbonisation',
    'decarbonization', 'sea level', 'sea levels', 'paris agreement', 'fossil fuels', 'ipcc', 'cop26', 'cop21',
  ],
  energy: [
    'energy', 'renewable', 'renewables', 'renewable energy', 'clean energy', 'solar', 'solar power', 'wind power', 'wind farm',
    'wind farms', 'wind turbines', 'nuclear power', 'power station', 'power stations', 'power plant', 'power plants', 'oil',
    'crude', 'oil prices', 'natural gas', 'gas prices', 'coal', 'electricity', 'pipeline', 'fracking', 'petrol', 'gasoline',
    'opec', 'fuel', 'fuel prices', 'utilities', 'clean tech', 'clean technology', 'green technology', 'energy efficiency',
  ],
  'cyber crime': [
    'cyber crime', 'cyber crimes', 'cybercrime', 'cybercrimes', 'cyber attack', 'cyber attacks', 'cyberattack', 'cyberattacks',
    'cyber security', 'cybersecurity', 'hacking', 'hacker', 'hackers', 'hacked', 'malware', 'ransomware', 'phishing',
    'data breach', 'data breaches', 'cyber espionage', 'cyberespionage', 'cyber theft', 'data theft', 'intellectual property theft', 'trade secrets', 'identity theft',
  ],
  crime: [
    'crime', 'crimes', 'criminal', 'criminals', 'murder', 'murders', 'homicide', 'homicides', 'robbery', 'burglary', 'theft',
    'violent crime', 'gang', 'gangs', 'fraud', 'arrested', 'arrest', 'prison', 'prisons', 'jail', 'inmates', 'felons',
    'felony', 'drug trafficking', 'police', 'policing',
  ],
  'gun control': [
    'gun', 'guns', 'firearm', 'firearms', 'gun control', 'gun violence', 'rifle', 'rifles', 'assault weapons', 'mass shooting',
    'mass shootings', 'shooting', 'shootings', 'nra', 'second amendment', 'background check', 'background checks', 'gunman',
  ],
  terrorism: [
    'terror', 'terrorism', 'terrorist', 'terrorists', 'counterterrorism', 'isis', 'isil', 'islamic state', 'al qaeda', 'jihadist',
    'jihadists', 'extremist', 'extremists', 'extremism', 'radicalization', 'radicalisation', 'suicide bomber', 'bombing',
    'bombings',
  ],
  security: [
    'national security', 'security', 'defense', 'defence', 'military', 'troops', 'army', 'navy', 'pentagon', 'war', 'wars',
    'soldiers', 'weapons', 'missile', 'missiles', 'nuclear weapons', 'armed forces', 'commandos', 'special operations',
    'airstrikes', 'air strikes', 'combat', 'intelligence', 'espionage',
  ],
  'foreign policy': [
    'foreign policy', 'foreign affairs', 'diplomacy', 'diplomatic', 'diplomat', 'diplomats', 'embassy', 'sanctions',
    'foreign minister', 'secretary of state', 'state department', 'united nations', 'nato', 'summit', 'bilateral',
    'ambassador', 'treaty', 'allies', 'foreign leaders', 'state visit',
  ],
  trade: [
    'trade', 'trade deal', 'trade deals', 'trade agreement', 'trade agreements', 'free trade', 'tariff', 'tariffs', 'exports',
    'imports', 'exporter', 'exporters', 'importers', 'export', 'import', 'nafta', 'tpp', 'trans pacific partnership', 'wto',
    'world trade organization', 'trade deficit', 'trade war', 'protectionism', 'customs union', 'single market',
  ],
  economy: [
    'economy', 'economic', 'economies', 'economists', 'economist', 'gdp', 'gross domestic product', 'economic growth', 'recession',
    'inflation', 'interest rates', 'interest rate', 'central bank', 'federal reserve', 'the fed', 'stock market', 'stock markets',
    'stocks', 'shares', 'investors', 'markets', 'consumer spending', 'manufacturing', 'productivity', 'downturn', 'slowdown',
    'prices', 'dollar', 'currency', 'exchange rate', 'yuan', 'euro', 'stock prices', 'share prices', 'sell-off', 'stock exchange',
  ],
  business: [
    'company', 'companies', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'shareholders', 'merger', 'mergers',
    'acquisition', 'takeover', 'chief executive', 'ceo', 'firm', 'firms', 'corporate', 'business', 'businesses', 'executives',
    'bankruptcy', 'retailer', 'retailers', 'startup', 'startups', 'industry',
  ],
  banking: [
    'bank', 'banks', 'banking', 'banker', 'bankers', 'lender', 'lenders', 'loans', 'loan', 'mortgage', 'mortgages', 'credit',
    'hedge fund', 'hedge funds', 'insurer', 'insurers', 'insurance', 'wall street', 'financial crisis', 'bailout',
  ],
  jobs: [
    'jobs', 'job', 'employment', 'unemployment', 'unemployed', 'jobless', 'workers', 'workforce', 'wages', 'wage',
    'minimum wage', 'labor', 'labour', 'union', 'unions', 'trade union', 'trade unions', 'hiring', 'layoffs', 'job cuts',
    'redundancies', 'payrolls', 'employers', 'strike', 'strikes',
  ],
  taxes: [
    'tax', 'taxes', 'taxation', 'taxpayer', 'taxpayers', 'irs', 'tax cut', 'tax cuts', 'tax rise', 'tax rises', 'income tax',
    'corporate tax', 'vat', 'tax credit', 'tax credits', 'tax returns', 'tax return', 'tax code',
  ],
  budget: [
    'budget', 'budgets', 'deficit', 'deficits', 'national debt', 'public debt', 'debt', 'borrowing', 'spending cuts',
    'public spending', 'government spending', 'austerity', 'fiscal', 'chancellor of the exchequer', 'treasury',
  ],
  health: [
    'health', 'healthcare', 'health care', 'hospital', 'hospitals', 'medical', 'medicine', 'doctors', 'nurses', 'nhs',
    'obamacare', 'affordable care act', 'medicare', 'medicaid', 'disease', 'diseases', 'vaccine', 'vaccines', 'patients',
    'epidemic', 'pandemic', 'virus', 'cancer', 'hiv', 'aids', 'obesity', 'mental health', 'opioid', 'opioids',
    'medical records', 'public health',
  ],
  education: [
    'education', 'school', 'schools', 'students', 'student', 'teachers', 'teacher', 'university', 'universities', 'college',
    'colleges', 'tuition', 'student loans', 'student debt', 'classroom', 'classrooms', 'pupils', 'curriculum',
  ],
  immigration: [
    'immigration', 'immigrant', 'immigrants', 'migrant', 'migrants', 'migration', 'refugee', 'refugees', 'asylum', 'border',
    'borders', 'deportation', 'deportations', 'deport', 'illegal immigration', 'visa', 'visas', 'undocumented', 'border wall',
    'muslim ban', 'amnesty',
  ],
  elections: [
    'election', 'elections', 'electoral', 'vote', 'votes', 'voter', 'voters', 'voting', 'ballot', 'ballots', 'poll', 'polls',
    'polling', 'pollster', 'campaign', 'campaigns', 'campaigning', 'candidate', 'candidates', 'primary', 'primaries',
    'caucus', 'caucuses', 'nomination', 'nominee', 'delegates', 'presidential race', 'debate', 'debates', 'endorsement',
    'endorse', 'endorsed', 'electorate', 'referendum', 'runoff', 'swing state', 'swing states', 'super pac', 'fundraising',
    'front runner', 'frontrunner', 'convention',
  ],
  technology: [
    'technology', 'technologies', 'tech', 'internet', 'software', 'digital', 'online', 'smartphone', 'smartphones',
    'computer', 'computers', 'artificial intelligence', 'silicon valley', 'tech company', 'tech companies', 'broadband',
    'social media', 'encryption', 'semiconductor', 'semiconductors', 'personal data', 'big data', 'data centre', 'data center', 'computer networks', 'innovation', 'robots',
  ],
  'civil rights': [
    'civil rights', 'voting rights', 'discrimination', 'racism', 'racist', 'racial', 'equality', 'lgbt', 'gay', 'transgender',
    'same sex marriage', 'gay marriage', 'segregation', 'civil liberties', 'hate crime', 'hate crimes', 'islamophobia',
    'anti semitic', 'anti semitism', 'bigotry', 'free speech',
  ],
  'human rights': ['human rights', 'genocide', 'torture', 'persecution', 'ethnic cleansing', 'atrocities', 'war crimes'],
  religion: [
    'religion', 'religious', 'muslim', 'muslims', 'islam', 'islamic', 'christian', 'christians', 'church', 'churches', 'jewish',
    'jews', 'faith', 'mosque', 'mosques', 'evangelical', 'evangelicals', 'catholic', 'catholics', 'pope',
  ],
  justice: [
    'supreme court', 'court', 'courts', 'judge', 'judges', 'justice', 'lawsuit', 'lawsuits', 'trial', 'ruling', 'indictment',
    'indict', 'indicted', 'prosecutor', 'prosecutors', 'prosecution', 'attorney general', 'verdict', 'appeals court', 'sued',
    'settlement', 'litigation', 'convicted', 'investigation',
  ],
  abortion: ['abortion', 'abortions', 'planned parenthood', 'pro life', 'pro choice', 'roe v wade', 'reproductive rights'],
  housing: ['housing', 'house prices', 'home prices', 'homeowners', 'rent', 'rents', 'property market', 'home sales', 'housing market', 'homelessness'],
  environment: [
    'environment', 'environmental', 'pollution', 'wildlife', 'conservation', 'deforestation', 'epa', 'air quality',
    'recycling', 'plastic', 'endangered',
  ],
  transport: [
    'transport', 'transportation', 'airline', 'airlines', 'airport', 'airports', 'rail', 'railway', 'railways', 'train',
    'trains', 'traffic', 'cars', 'carmaker', 'carmakers', 'automotive', 'vehicles', 'highway', 'highways', 'infrastructure',
  ],
  pensions: ['social security', 'pension', 'pensions', 'retirement', 'retirees', 'pensioners'],
};

interface Trigger {
  words: string[];
  topic: number;
}

const TOPIC_NAMES = Object.keys(TAXONOMY);

/** Triggers by their first word, longest first. */
const TRIGGERS = new Map<string, Trigger[]>();
TOPIC_NAMES.forEach((topic, index) => {
  for (const phrase of TAXONOMY[topic]!) {
    const words = phrase.split(/[\s-]+/);
    const list = TRIGGERS.get(words[0]!) ?? [];
    list.push({ words, topic: index });
    TRIGGERS.set(words[0]!, list);
  }
});
for (const list of TRIGGERS.values()) list.sort((a, b) => b.words.length - a.words.length);

const WORDS = /[a-z0-9]+(?:['’][a-z]+)?/g;

/** The lowercase words of a free text ("China's" -> "china"). */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  const lower = text.toLowerCase();
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(lower); match; match = WORDS.exec(lower)) {
    const word = match[0];
    words.push(word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word);
  }
  return words;
}

/** A cheap first test before the map lookup: first letter and length of every trigger's first word. */
const FIRST_WORD_SHAPES = new Uint8Array(128 * 32);
const shapeOf = (word: string) => (word.charCodeAt(0) & 127) * 32 + Math.min(word.length, 31);
for (const word of TRIGGERS.keys()) FIRST_WORD_SHAPES[shapeOf(word)] = 1;

/** The trigger that starts at `words[i]`, longest first, or null. */
function matchAt(words: readonly string[], i: number): Trigger | null {
  const word = words[i]!;
  if (!FIRST_WORD_SHAPES[shapeOf(word)]) return null;
  const list = TRIGGERS.get(word);
  if (!list) return null;
  for (const trigger of list) {
    const length = trigger.words.length;
    let k = 1;
    while (k < length && words[i + k] === trigger.words[k]) k++;
    if (k === length) return trigger;
  }
  return null;
}

/** A phrase of several words is more telling than a single word. */
const scoreOf = (trigger: Trigger, weight: number) => weight * (trigger.words.length > 1 ? 1.5 : 1);

/** Adds `weight` to each topic for every trigger among `words` (a phrase hides the words inside it). */
function count(words: readonly string[], weight: number, scores: Float64Array): void {
  for (let i = 0; i < words.length; ) {
    const trigger = matchAt(words, i);
    if (trigger) scores[trigger.topic]! += scoreOf(trigger, weight);
    i += trigger ? trigger.words.length : 1;
  }
}

/**
 * The same over layout tokens, without building word lists: most tokens fail the shape test at once.
 * A possessive counts as its noun ("China's"); a hyphenated or dotted token is split ("cyber-crime").
 */
function countTokens(tokens: readonly Token[], weight: number, scores: Float64Array): void {
  const lowers: string[] = [];
  for (let k = 0; k < tokens.length; k++) lowers.push(tokens[k]!.lower);
  for (let i = 0; i < lowers.length; ) {
    let word = lowers[i]!;
    if (word.length > 2 && word.charCodeAt(word.length - 2) === 39 && word.endsWith("'s")) word = word.slice(0, -2);
    if (word.includes('-') || word.includes('.')) {
      count(word.split(/[-.]+/).filter(Boolean), weight, scores);
      i++;
      continue;
    }
    let trigger: Trigger | null = null;
    if (FIRST_WORD_SHAPES[shapeOf(word)]) {
      lowers[i] = word;
      trigger = matchAt(lowers, i);
    }
    if (trigger) scores[trigger.topic]! += scoreOf(trigger, weight);
    i += trigger ? trigger.words.length : 1;
  }
}

function ranked(scores: Float64Array, minimum: number, limit: number): string[] {
  const order = TOPIC_NAMES.map((_, index) => index)
    .filter((index) => scores[index]! >= minimum)
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  if (!order.length) return [];
  // Keep topics that matter next to the leading one: a topic far behind is noise.
  const top = scores[order[0]!]!;
  return order.filter((index) => scores[index]! >= top * 0.2).slice(0, limit).map((index) => TOPIC_NAMES[index]!);
}

/**
 * The headline of a story whose body starts with it (as the corpus files and pasted articles do): a short
 * first paragraph followed by a blank line, or one with no final full stop. Null when there is none.
 */
export function headlineOf(layout: Layout, title?: string | null): Span | null {
  const [first, second] = layout.paragraphs;
  if (!first || !second) return null;
  const text = layout.text.slice(first.start, first.end);
  if (text.length > 220 || text.split(/\s+/).length > 30) return null;
  const blankLineAfter = /\n\s*\n/.test(layout.text.slice(first.end, second.start));
  const noFullStop = !/[.!?…]["'”’)]*$/.test(text) || /[!?]["'”’)]*$/.test(text) && text.length < 120;
  // With a title of its own (one the body does not open with), a short first paragraph that ends
  // like a sentence is the story's lede, not a headline: only a line without a full stop is one.
  if (title && title.trim()) return noFullStop ? first : null;
  return blankLineAfter || noFullStop ? first : null;
}

/** Title weight: one word of the headline counts as much as this many in the body. */
const TITLE_WEIGHT = 3;

/**
 * Topics of a whole story, best first: up to five taxonomy topics whose triggers occur at least twice
 * (a headline occurrence counts three times). When no title is given, a headline that opens the body
 * (see `headlineOf`) is used as the title and not counted again as body.
 */
export function extractTopics(layout: Layout, title?: string | null, limit = 5): string[] {
  const scores = new Float64Array(TOPIC_NAMES.length);
  const hasTitle = !!title && !!title.trim();
  if (hasTitle) count(wordsOf(title!), TITLE_WEIGHT, scores);
  const headline = hasTitle ? null : headlineOf(layout);
  for (const sentence of layout.sentences) {
    const inHeadline = !!headline && sentence.start >= headline.start && sentence.end <= headline.end;
    countTokens(sentence.tokens, inHeadline ? TITLE_WEIGHT : 1, scores);
  }
  return ranked(scores, 2, limit);
}

/** Topics of a short text (a statement, an agreement): every taxonomy topic it names, best first, at most three. */
export function topicsOf(text: string, limit = 3): string[] {
  const scores = new Float64Array(TOPIC_NAMES.length);
  count(wordsOf(text), 1, scores);
  const order = TOPIC_NAMES.map((_, index) => index)
    .filter((index) => scores[index]! > 0)
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.slice(0, limit).map((index) => TOPIC_NAMES[index]!);
}

/** The names of the taxonomy, for documentation and tests. */
export const TOPICS: readonly string[] = TOPIC_NAMES;
