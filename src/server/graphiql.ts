// GraphiQL that works offline: the page and its assets come from this server (the package
// @graphql-yoga/graphiql), not from a CDN. Assets are gzipped once in memory and cached by browsers.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

const ASSETS_PATH = '/graphiql/assets/';
const assetsDir = path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json'));
const ASSETS: Record<string, string> = {
  'graphiql.css': 'dist/graphiql.css',
  'yoga-graphiql.umd.js': 'dist/yoga-graphiql.umd.js',
  'editor.worker.js': 'dist/monacoeditorwork/editor.worker.bundle.js',
  'json.worker.js': 'dist/monacoeditorwork/json.worker.bundle.js',
  'graphql.worker.js': 'dist/monacoeditorwork/graphql.worker..bundle.js',
};

export const exampleOperation = `# Welcome to Newsgraph. Press the play button and pick an operation to run it.
query LatestStatements {
  statements(first: 5) {
    totalCount
    edges {
      node {
        kind
        text
        speaker { name kind }
        article { title url }
      }
    }
  }
}

# Run this one, then add a story (addStory, with a token): its statements arrive here as they are stored.
subscription NewStatements {
  statementAdded {
    cursor
    node {
      kind
      text
      speaker { name }
      article { title }
    }
  }
}
`;

const escapeForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderGraphiQL(options: GraphiQLOptions = {}): string {
  // GraphiQL 4 opens its first tab on `initialQuery`; `defaultQuery` only seeds new tabs.
  const settings = { initialQuery: options.defaultQuery, ...options };
  const workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Newsgraph GraphiQL</title>
  <link rel="stylesheet" href="${ASSETS_PATH}graphiql.css" />
</head>
<body id="body" class="no-focus-outline">
  <div id="root">Loading GraphiQL…</div>
  <script>
    const workers = ${escapeForScript(workers)};
    self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => '${ASSETS_PATH}' + (workers[label] ?? workers.editorWorkerService) };
  </script>
  <script src="${ASSETS_PATH}yoga-graphiql.umd.js"></script>
  <script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${escapeForScript(settings)});</script>
</body>
</html>`;
}

const cache = new Map<string, Promise<{ plain: Buffer; gzipped: Buffer }>>();

function loadAsset(name: string) {
  let asset = cache.get(name);
  if (!asset) {
    asset = readFile(path.join(assetsDir, ASSETS[name])).then((plain) => ({ plain, gzipped: gzipSync(plain) }));
    cache.set(name, asset);
  }
  return asset;
}

export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(ASSETS_PATH)) return;
      const name = url.pathname.slice(ASSETS_PATH.length);
      if (!Object.hasOwn(ASSETS, name)) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      const { plain, gzipped } = await loadAsset(name);
      const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      endResponse(
        new fetchAPI.Response(new Uint8Array(gzip ? gzipped : plain), {
          headers: {
            'content-type': name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
            'cache-control': 'public, max-age=86400',
            vary: 'accept-encoding',
            ...(gzip ? { 'content-encoding': 'gzip' } : {}),
          },
        }),
      );
    },
  };
}
