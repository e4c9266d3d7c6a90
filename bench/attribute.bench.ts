/**
 * Attribute Quote: the work done between the keystroke and the speaker picker, which runs the suggestion
 * engine on a window of the article around the quotation (src/core/suggest/speaker.ts). Measured at the
 * start, middle and end of an article made of the invented fixture articles repeated past 1 MB, against
 * the engine on the whole article (the yardstick it avoids).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotations } from '../src/core/quotes';
import { suggestAttributions } from '../src/core/suggest';
import { guessSpeaker } from '../src/core/suggest/speaker';
import { TextIndex } from '../src/core/text';
import { medianMs, printRows, type Row } from './harness';

const ROOT = join(__dirname, '..', '..');

function article(minBytes: number): string {
  const dir = join(ROOT, 'test', 'fixtures', 'suggest');
  const parts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const out: string[] = [];
  for (let i = 0, bytes = 0; bytes < minBytes; i++) {
    out.push(parts[i % parts.length]);
    bytes += Buffer.byteLength(parts[i % parts.length]) + 2;
  }
  return out.join('\n\n') + '\n';
}

export function run(): void {
  const text = article(1_050_000);
  const index = new TextIndex(text);
  const quotes = findQuotations(text, index);
  const rows: Row[] = [];
  const whole = medianMs(() => suggestAttributions(index), 5, 1);
  for (const [where, q] of [['first', quotes[0]], ['middle', quotes[quotes.length >> 1]], ['last', quotes[quotes.length - 1]]] as const) {
    let found = '';
    const ms = medianMs(() => {
      const g = guessSpeaker(index, { actors: [] }, [{ start: q.start, end: q.end }]);
      found = g?.actor?.name ?? g?.actorId ?? '(none)';
    }, 21, 3);
    rows.push({ name: `speaker for the ${where} quotation of ${(text.length / 1e6).toFixed(2)} MB`, medianMs: ms, runs: 21, note: `${(whole / ms).toFixed(0)}× faster than the engine on the whole article (${whole.toFixed(0)} ms); speaker: ${found}` });
  }
  printRows('Attribute Quote: finding the speaker before the picker opens', rows);
}
