// `npm run setup [-- <npm command and flags>]`: installs the project with npm running on Node 24.
//
// npm checks every package's `engines` against the Node that runs npm itself, so an install started
// by an older system Node warns (EBADENGINE) about dependencies that want Node >= 22, even though the
// scripts later run on the Node 24 that the project brings (`node-<platform>-<arch>` in
// optionalDependencies, linked as node_modules/.bin/node). This runs on whatever Node is on PATH,
// plain JavaScript and no dependencies: it fetches that same pinned Node 24 package from the npm
// registry into .node/ when the running Node is older, then runs this npm on it
// (`npm install` by default, or the command given after `--`, e.g. `ci --no-audit`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MINIMUM_MAJOR = 24;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`setup: ${message}`);
  process.exit(1);
}

function major(version) {
  return Number(version.replace(/^v/, '').split('.')[0]);
}

// The npm that runs this script (npm sets npm_execpath), else the one beside this Node, else the
// first on PATH (a link to its npm-cli.js).
function npmCli() {
  const onPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'npm')).filter((path) => existsSync(path));
  const candidates = [
    process.env.npm_execpath,
    join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js'),
    ...onPath.map((path) => realpathSync(path)),
  ];
  const found = candidates.find((path) => path && /npm-cli\.js$/.test(path) && existsSync(path));
  return found ?? fail('cannot find npm-cli.js of npm: run this as `npm run setup`');
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) fail(`${command}: ${result.error.message}`);
  return result.status ?? 1;
}

// The Node 24 package for this platform, at the version package.json pins for the project itself.
function pinnedNodePackage() {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const name = `node-${platform}-${process.arch}`;
  const { optionalDependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = optionalDependencies[name];
  if (!version) {
    fail(`no Node ${MINIMUM_MAJOR} package for ${process.platform}/${process.arch} on npm: install Node ${MINIMUM_MAJOR} yourself, then run \`npm install\``);
  }
  return { name, version };
}

function nodeBinaryIn(packageDir) {
  const manifest = join(packageDir, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { version, bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const path = join(packageDir, typeof bin === 'string' ? bin : bin.node);
  return existsSync(path) ? { version, path } : undefined;
}

// Node 24 from the registry into .node/ (git-ignored, kept across `npm ci`), once per pinned version.
function fetchNode() {
  const { name, version } = pinnedNodePackage();
  const prefix = join(root, '.node');
  const packageDir = join(prefix, 'node_modules', name);
  let binary = nodeBinaryIn(packageDir);
  if (binary?.version !== version) {
    console.log(`setup: Node ${process.versions.node} runs npm here; fetching ${name}@${version} into .node/`);
    const status = run(process.execPath, [
      npmCli(), 'install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund',
      `${name}@${version}`,
    ]);
    if (status !== 0) fail(`could not install ${name}@${version}`);
    binary = nodeBinaryIn(packageDir);
    if (!binary) fail(`${name}@${version} installed no node binary`);
  }
  return binary.path;
}

const node = major(process.versions.node) >= MINIMUM_MAJOR ? process.execPath : fetchNode();
const args = process.argv.slice(2);
const npmArgs = args.length > 0 ? args : ['install'];
console.log(`setup: npm ${npmArgs.join(' ')} on Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()} (${node})`);
// That Node first on PATH too, so that lifecycle scripts run during the install (ours and the
// dependencies') find it before the link to the project's own Node exists.
const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
process.exit(run(node, [npmCli(), ...npmArgs], env));
