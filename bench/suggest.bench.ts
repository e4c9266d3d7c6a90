/**
 * Suggestion speed on one core: articles of more than 1 MB, in MB of article text (UTF-8) per
 * second. The target is at least 2 MB/s.
 *
 * Two inputs: the invented news articles of test/fixtures/suggest repeated until past 1 MB (realistic
 * text, dense in quotations), and a generated article with many different speakers (the actor
 * registry grows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestAttributions } from '../src/core/suggest';
import { printRows, rng, type Row } from './harness';

const ROOT = join(__dirname, '..', '..');
const TARGET_MB_S = 2;

function fixtureArticle(minBytes: number): string {
  const dir = join(ROOT, 'test', 'fixtures', 'suggest');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const p = parts[i % parts.length];
    out.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n') + '\n';
}

const FIRST = ['Ingrid', 'Tomás', 'Marta', 'Jonas', 'Amara', 'Piet', 'Elena', 'Dmitri', 'Ruth', 'Grace', 'Priya', 'Henrik', 'Mara', 'Tobias', 'Amélie'];
const LAST = ['Solberg', 'O’Brien', 'Kowalski', 'Berg', 'Osei', 'de Groot', 'Vasquez', 'Halloran', 'Abernathy', 'Adeyemi', 'Raman', 'Lindqvist', 'Okonkwo', 'Rousseau', 'Weber'];
const TITLES = ['Mayor', 'Councillor', 'Sen.', 'the harbour master', 'a spokesperson for the port,', 'Dr.'];
const WORDS = 'the council ferry budget harbour residents noise terminal vote plan week city water berth engines tickets cost report design future quay'.split(' ');

function generatedArticle(minBytes: number): string {
  const rand = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const out: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const title = pick(TITLES);
    let p: string;
    switch (Math.floor(rand() * 5)) {
      case 0:
        p = `“${words(9)},” said ${title.startsWith('a ') || title.startsWith('the ') ? name : `${title} ${name}`}. “${words(12)}.”`;
        break;
      case 1:
        p = `${name} told reporters on Tuesday that the ${words(10)} would “${words(5)}.” She added that the ${words(8)}.`;
        break;
      case 2:
        p = `According to ${name}, the ${words(14)}. ${name.split(' ')[1]} said: “${words(11)}.”`;
        break;
      case 3:
        p = `The ${words(12)}, ${name}, the ${words(3)} chief, said in a statement. He declined to say whether the ${words(6)}.`;
        break;
      default:
        p = `${words(18).replace(/^./, (c) => c.toUpperCase())}. Residents say the ${words(9)} is “${words(4)}.”`;
    }
    out.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n') + '\n';
}

/**
 * Wall and CPU times of `runs` calls after `warmup` unmeasured ones, each sorted ascending, in
 * milliseconds. CPU time is the process's (the garbage collector's helper threads included), so on
 * a busy machine it is the steadier of the two.
 */
function times(fn: () => unknown, runs: number, warmup: number): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

export function run(): void {
  const inputs = [
    { name: 'fixture articles repeated', text: fixtureArticle(1100 * 1024) },
    { name: 'generated, many speakers', text: generatedArticle(1100 * 1024) },
  ];
  const rows: Row[] = [];
  const runs = 15;
  for (const input of inputs) {
    const bytes = Buffer.byteLength(input.text);
    const mb = bytes / (1024 * 1024);
    const found = suggestAttributions(input.text).attributions.length;
    const t = times(() => suggestAttributions(input.text), runs, 2);
    const median = t.wall[runs >> 1];
    const rate = mb / (median / 1000);
    const best = mb / (t.wall[0] / 1000);
    const cpuRate = mb / (t.cpu[runs >> 1] / 1000);
    rows.push({
      name: `suggest: ${input.name} (${mb.toFixed(2)} MB)`,
      medianMs: median,
      runs,
      note: `${rate.toFixed(2)} MB/s (target ≥ ${TARGET_MB_S} MB/s: ${rate >= TARGET_MB_S ? 'met' : 'not met'}); best run ${best.toFixed(2)} MB/s; cpu ${t.cpu[runs >> 1].toFixed(0)} ms = ${cpuRate.toFixed(2)} MB/s; ${found} suggestions`,
    });
  }
  printRows('suggest: throughput on one core', rows);
}
