// `npm start`. graphql-js decides once, as it loads, whether to run its development-time checks
// (an extra realm check on every failed `instanceof`, about a tenth of a read's CPU time), from
// NODE_ENV. Unless told otherwise the server runs as production, so everything else is imported
// after NODE_ENV is set. Tests build the app themselves and keep the checks.
process.env.NODE_ENV ??= 'production';
await import('./serve.js');
