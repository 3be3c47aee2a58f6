// Starts `src/server/main.ts` as its own process, as `npm start` does, and finds its URL in the log.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { repoRoot } from '../../src/config.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Sends SIGTERM and resolves to the exit code. */
  stop(): Promise<number | null>;
}

/** `openFiles`: the process's limit of open files (ulimit -n), set through util-linux's prlimit. */
export async function startServerProcess(env: Record<string, string>, options: { openFiles?: number } = {}): Promise<ServerProcess> {
  const node = [process.execPath, '--import', 'tsx', 'src/server/main.ts'];
  // prlimit execs the command, so the child's pid is the server's and signals reach it.
  const command = options.openFiles ? ['prlimit', `--nofile=${options.openFiles}:${options.openFiles}`, ...node] : node;
  const child = spawn(command[0], command.slice(1), {
    cwd: repoRoot,
    // No demo stories unless a test asks for them: a test's fresh database starts empty.
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', VITEST: '', DEMO_DATA: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /"url":"([^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}
