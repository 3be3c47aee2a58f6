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

/** A tab GraphiQL opens with: its operation, and the headers it sends (JSON, shown in the Headers tab). */
export interface ExampleTab {
  query: string;
  headers?: string;
}

// A tour in five tabs, each line short enough for the editor's half of a laptop screen (about 58
// characters at 1400 pixels) so that nothing is cut off. The names are those of
// the invented demo stories a new embedded database starts with (data/demo-stories).
export const exampleTabs: ExampleTab[] = [
  {
    query: `# Welcome to Newsgraph: news stories turned into a
# graph of who said what. Press the play button (or
# Ctrl-Enter) to run this. The other tabs show one
# person, a search, live updates and adding a story.
# The Docs button (top left) explains every field.

query LatestStatements {
  statements(first: 5) {
    totalCount
    edges {
      node {
        kind   # DIRECT (quoted) or INDIRECT (reported)
        text
        speaker { name titles }
        article { title source { name } publishedAt }
      }
    }
  }
}
`,
  },
  {
    query: `# One person, by name: the exact name or an alias,
# in any case. Filters take names as well as IDs:
# speakerName, partyName, mentionsName, sourceName.

query OnePerson {
  entity(name: "helena voss") {
    name
    kind
    titles
    statements(first: 10) {
      totalCount
      edges { node { kind text article { title } } }
    }
  }
  reyes: statements(
    first: 3
    filter: { speakerName: ["Tomas Reyes"] }
  ) {
    edges { node { text } }
  }
}
`,
  },
  {
    query: `# Search everything. Each hit has a score and a
# snippet whose highlighted parts are the words that
# matched. Entities named so come first.

query Search {
  search(query: "harbour", first: 5) {
    totalCount
    edges {
      score
      snippet { text highlighted }
      node {
        __typename
        ... on Entity { name }
        ... on Statement { text speaker { name } }
        ... on Article { title }
        ... on Statistic { value unit label }
      }
    }
  }
}
`,
  },
  {
    query: `# Live: press play and leave this tab open. The
# statements of every story added from now on arrive
# here as they are stored (add one in the next tab).
# Reconnect with after: "<cursor>" to get what you
# missed.

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
`,
  },
  {
    query: `# Add a story: the extractor finds its statements,
# statistics and agreements. Writes need a token:
# start the server with API_TOKENS=change-me and see
# the Headers tab below.

mutation AddStory {
  addStory(input: {
    url: "https://example.org/stories/ferry"
    title: "Ferry service to Saltmere returns"
    body: """
    The ferry to Saltmere will run again from May.
    "We missed it every single day," said Gwen Tarrant.
    """
    source: "The Brackwater Courier"
  }) {
    __typename
    ... on AddStoryPayload {
      created
      newStatements
      article {
        statements(first: 5) {
          edges { node { text speaker { name } } }
        }
      }
    }
    ... on Error { message }
  }
}
`,
    headers: '{\n  "Authorization": "Bearer change-me"\n}',
  },
];

const escapeForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderGraphiQL(options: GraphiQLOptions = {}): string {
  // GraphiQL 4 opens `defaultTabs` on a first visit (later visits restore the tabs the browser kept);
  // Yoga's page puts `query` in the first tab's editor. `defaultQuery` only seeds new tabs.
  const settings = { query: exampleTabs[0]!.query, defaultTabs: exampleTabs, ...options };
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
