/** Benchmark helpers: medians over repeated runs, printed as a table. */

export interface Row {
  /** What was measured. */
  name: string;
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  runs: number;
  /** A derived figure (throughput, ratio against a yardstick). */
  note?: string;
}

/** Runs fn `warmup` times unmeasured, then `runs` times, and returns the median in milliseconds. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

/**
 * Medians of several functions measured in alternation (a, b, a, b, …), so that a change in the
 * machine's load affects them alike and their ratio stays meaningful.
 */
export function interleavedMediansMs(fns: (() => unknown)[], runs = 21, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) for (const f of fns) f();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((f, k) => {
      const t0 = process.hrtime.bigint();
      f();
      times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return times.map((ts) => {
    ts.sort((a, b) => a - b);
    const mid = ts.length >> 1;
    return ts.length % 2 ? ts[mid] : (ts[mid - 1] + ts[mid]) / 2;
  });
}

export function printRows(title: string, rows: Row[]): void {
  console.log(`\n## ${title}`);
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`${'benchmark'.padEnd(w)}  ${'median'.padStart(10)}  runs  note`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(w)}  ${(r.medianMs.toFixed(2) + ' ms').padStart(10)}  ${String(r.runs).padStart(4)}  ${r.note ?? ''}`);
  }
}

/** A deterministic pseudo-random generator (mulberry32), so generated inputs are the same every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
