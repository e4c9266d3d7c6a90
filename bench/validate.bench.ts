/**
 * Validation speed: a 1 MB article with 5,000 attributions. The yardstick is a plain JSON.parse of
 * the same sidecar in the same run; the budget is validate ≤ 3× JSON.parse.
 */
import { createHash } from 'node:crypto';
import { makeSpan } from '../src/core/anchor';
import type { Attribution, Sidecar } from '../src/core/model';
import { serializeSidecar } from '../src/core/sidecar';
import { TextIndex, decodeArticle } from '../src/core/text';
import { validate } from '../src/core/validate';
import { interleavedMediansMs, printRows, rng } from './harness';

const NAMES = ['Ingrid Solberg', 'Tomás O’Brien', 'Marta Kowalski', 'the harbour master', 'a council spokesperson', 'Jonas Berg', 'Dr Amara Osei'];
const WORDS = 'the council ferry budget harbour residents noise terminal vote plan week city water berth engines tickets cost report design future quay'.split(' ');

/** A deterministic article of about `bytes` UTF-8 bytes and a sidecar attributing every quotation in it. */
export function generate(bytes: number, attributions: number): { article: string; sidecar: Sidecar } {
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return w.join(' ') + '.';
  };
  const parts: string[] = [];
  const spans: { content: [number, number]; cue: [number, number]; mention: [number, number]; who: number }[] = [];
  let length = 0; // UTF-16 units; the generated text is BMP-only, so also code points
  const perQuote = Math.floor(bytes / attributions);
  while (spans.length < attributions) {
    const who = Math.floor(rand() * NAMES.length);
    const quote = `“${sentence(8 + Math.floor(rand() * 10))}”`;
    const filler = sentence(Math.max(4, Math.floor((perQuote - quote.length - 40) / 6)));
    const para = `${filler} ${quote} ${NAMES[who]} said.\n`;
    const qStart = length + filler.length + 1;
    const mStart = qStart + quote.length + 1;
    spans.push({ content: [qStart, qStart + quote.length], mention: [mStart, mStart + NAMES[who].length], cue: [mStart + NAMES[who].length + 1, mStart + NAMES[who].length + 5], who });
    parts.push(para);
    length += para.length;
  }
  const article = parts.join('');
  const index = new TextIndex(article);
  const list: Attribution[] = spans.map((s, i) => ({
    id: `a${i + 1}`,
    type: 'direct',
    status: 'confirmed',
    content: [makeSpan(index, ...s.content)],
    cue: [makeSpan(index, ...s.cue)],
    source: { actor: `actor-${s.who}`, mention: [makeSpan(index, ...s.mention)] },
  }));
  const sidecar: Sidecar = {
    version: 1,
    document: { sha256: createHash('sha256').update(article).digest('hex'), length: index.length },
    actors: NAMES.map((name, i) => ({ id: `actor-${i}`, name, kind: 'person' })),
    attributions: list,
  };
  return { article, sidecar };
}

export function run(): void {
  const { article, sidecar } = generate(1100 * 1024, 5000);
  const bytes = Buffer.from(article, 'utf8');
  const sidecarText = serializeSidecar(sidecar);
  const check = validate(article, sidecarText, { articleSha256: sidecar.document.sha256 });
  if (check.diagnostics.length) throw new Error(`benchmark input should validate clean: ${check.diagnostics[0].message}`);

  const runs = 31;
  const [parse, core, whole] = interleavedMediansMs(
    [
      () => JSON.parse(sidecarText),
      () => validate(article, sidecarText, { articleSha256: sidecar.document.sha256 }),
      () => {
        const decoded = decodeArticle(bytes);
        if (!decoded.ok) throw new Error(decoded.message);
        const sha = createHash('sha256').update(bytes).digest('hex');
        return validate(decoded.text, sidecarText, { articleSha256: sha });
      },
    ],
    runs,
  );
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(2);
  printRows(`validate: ${mb(bytes.length)} MB article, ${sidecar.attributions.length} attributions, ${mb(Buffer.byteLength(sidecarText))} MB sidecar`, [
    { name: 'JSON.parse(sidecar) (yardstick)', medianMs: parse, runs },
    { name: 'validate(article, sidecar)', medianMs: core, runs, note: `${(core / parse).toFixed(2)}× JSON.parse (budget ≤ 3×)` },
    { name: 'decode + sha256 + validate', medianMs: whole, runs, note: `${(whole / parse).toFixed(2)}× JSON.parse` },
  ]);
}
