/**
 * Every process a launcher starts is tracked here and stopped when the launcher ends: normally, on an
 * error, at the time limit, or on SIGINT/SIGTERM. Children are started in their own process group
 * (`detached`), and the whole group is signalled, because code-server leaves file watchers and the
 * extension host behind when only its main process is killed.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'child_process';

interface Tracked {
  name: string;
  child: ChildProcess;
  exited: Promise<void>;
}

const tracked = new Set<Tracked>();
const cleanups = new Set<() => Promise<void> | void>();
let handlersInstalled = false;

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Last resort when the process exits without running stopAll (e.g. process.exit in a callback).
  process.on('exit', () => {
    for (const t of tracked) signalGroup(t.child.pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal} received: stopping every process started by this run\n`);
      void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/** Starts a process in a new process group and tracks it until it exits. */
export function startTracked(name: string, command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  installHandlers();
  const child = spawn(command, args, { ...options, detached: true });
  const entry: Tracked = {
    name,
    child,
    exited: new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    }),
  };
  tracked.add(entry);
  return child;
}

/** Registers an extra cleanup step (closing the browser, removing a folder) run by stopAll. */
export function onCleanup(fn: () => Promise<void> | void): () => void {
  installHandlers();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops one tracked process group: SIGTERM, then SIGKILL after graceMs if any member remains. */
export async function stopTracked(child: ChildProcess, graceMs = 5000): Promise<void> {
  const entry = [...tracked].find((t) => t.child === child);
  const pid = child.pid;
  if (pid !== undefined && groupAlive(pid)) {
    signalGroup(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groupAlive(pid) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
  }
  if (entry) {
    await entry.exited;
    tracked.delete(entry);
  }
}

/** Runs the registered cleanups, then stops every tracked process group. Safe to call more than once. */
export async function stopAll(): Promise<void> {
  const steps = [...cleanups];
  cleanups.clear();
  for (const step of steps.reverse()) {
    try {
      await step();
    } catch (e) {
      process.stderr.write(`cleanup step failed: ${(e as Error).message}\n`);
    }
  }
  await Promise.all([...tracked].map((t) => stopTracked(t.child)));
}

/** Names of the tracked processes still running (for diagnostics). */
export function running(): string[] {
  return [...tracked].filter((t) => t.child.exitCode === null && t.child.signalCode === null).map((t) => t.name);
}
