// The worker's entry point, in plain JavaScript so that a worker thread can load it whatever loader
// its parent runs under (`node --import tsx`, vitest's own, a test's child process): it compiles
// the TypeScript worker with tsx's scoped import, which registers no global hook.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./extraction-worker.ts', import.meta.url);

export default worker.default;
