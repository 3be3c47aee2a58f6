// Where a server's time went: reads a V8 CPU profile (`node --cpu-prof`, as `npm run bench:read --
// --cpu-prof <dir>` writes them) and prints the shares of its busy time (idle excluded), by
// package and by function: self time (spent in the function itself) and, with --inclusive,
// inclusive time (spent in it or anything it called). `garbage collector`, `writev` and `(program)`
// are V8's and the kernel's own entries.
//
//   npm run bench:profile -- <file.cpuprofile> [--top 30] [--inclusive] [--match <regexp>]
//
// --match keeps only functions whose "name package:line" matches, e.g. --match selection-mapper.
// --requests N (the requests the profiled process served) adds each entry's CPU µs per request, the
// unit bench:layers prints, so a share can be set against the floor's whole request.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '30' },
    inclusive: { type: 'boolean', default: false },
    match: { type: 'string' },
    requests: { type: 'string' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: npm run bench:profile -- <file.cpuprofile> [--top 30] [--inclusive] [--match <regexp>] [--requests N]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;
const top = Number(options.top);
const match = options.match ? new RegExp(options.match) : undefined;
const requests = options.requests === undefined ? undefined : Number(options.requests);
if (requests !== undefined && !(requests > 0)) {
  console.error('--requests must be a positive number');
  process.exit(2);
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

/** Microseconds sampled in each node (a sample's time is the delta that follows it). */
const selfTime = new Map<number, number>();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));

/** A package name for files under node_modules, the repository path for ours, else V8's entry name. */
function packageOf(node: ProfileNode): string {
  const url = node.callFrame.url;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (dependency) return dependency;
  if (!url) return `(${node.callFrame.functionName.replace(/[()]/g, '') || 'native'})`;
  return url.startsWith('node:') ? url : url.replace(/^.*?\/(src|bench|test)\//, '$1/');
}
const functionOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${packageOf(node)}:${node.callFrame.lineNumber + 1}`;

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let busy = 0;
for (const [id, time] of selfTime) {
  const node = byId.get(id)!;
  if (node.callFrame.functionName === '(idle)') continue;
  busy += time;
  // Self time is charged to the sampled node only; inclusive time to every distinct frame above it.
  const frames = options.inclusive ? stackOf(id) : [node];
  for (const key of new Set(frames.map(packageOf))) byPackage.set(key, (byPackage.get(key) ?? 0) + time);
  for (const key of new Set(frames.map(functionOf))) byFunction.set(key, (byFunction.get(key) ?? 0) + time);
}

function stackOf(id: number): ProfileNode[] {
  const stack: ProfileNode[] = [];
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) stack.push(byId.get(current)!);
  return stack.filter((node) => node.callFrame.functionName !== '(root)');
}

const print = (title: string, shares: Map<string, number>, keep: (key: string) => boolean = () => true) => {
  console.log(`\n${title}`);
  [...shares]
    .filter(([key]) => keep(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([key, time]) => {
      const perRequest = requests ? `${Math.round(time / requests).toString().padStart(6)} µs/req` : '';
      console.log(`${((100 * time) / busy).toFixed(1).padStart(6)} %${perRequest}  ${key}`);
    });
};

const kind = options.inclusive ? 'inclusive' : 'self';
console.log(
  `${positionals[0]}: busy ${(busy / 1e6).toFixed(2)} s of ${(profile.timeDeltas.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} s sampled` +
    (requests ? `, ${Math.round(busy / requests)} µs per request over ${requests} requests` : ''),
);
print(`by package (${kind} time, % of busy time)`, byPackage);
print(`by function (${kind} time, % of busy time)`, byFunction, (key) => !match || match.test(key));
