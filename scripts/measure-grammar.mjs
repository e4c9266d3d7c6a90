#!/usr/bin/env node
/**
 * Measures the `text.news` grammar against the PolNeAR development articles in ../shared/data/polnear-dev
 * (text/NAME.txt with brat standoff annotations attributions/NAME_ANNOTATOR.ann; the first annotator's file,
 * in name order, is used for each article).
 *
 * Reports:
 *  - quote recall: the share of characters inside the quotation marks of gold direct-quote Content spans
 *    (Content spans that contain a quotation mark) that carry a `string.quoted` scope;
 *  - outside share: the share of `string.quoted` characters (marks and line breaks excluded) that lie
 *    outside every gold Content span;
 *  - runaways: paragraphs whose first character is coloured as quoted although the paragraph does not open
 *    with a quotation mark, i.e. a quotation that ran past a paragraph end without a continuation;
 *  - cue and source hit rates: gold Cue / Source spans with at least one character scoped as cue / actor.
 *
 * Usage: npm run measure:grammar [-- --verbose] [-- --data DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dataArg = args.indexOf('--data');
const DATA = dataArg >= 0 ? resolve(args[dataArg + 1]) : resolve(ROOT, '..', 'shared', 'data', 'polnear-dev');
const GRAMMAR = join(ROOT, 'syntaxes', 'news.tmLanguage.json');

if (!existsSync(join(DATA, 'text')) || !existsSync(join(DATA, 'attributions'))) {
  console.log(`measure-grammar: no evaluation data at ${DATA} (expected text/ and attributions/); nothing measured.`);
  process.exit(0);
}

async function loadGrammar() {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => (scope === 'text.news' ? vsctm.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  return registry.loadGrammar('text.news');
}

/**
 * Per UTF-16 offset: bit 1 quoted, bit 2 quotation mark, bit 4 cue, bit 8 actor, bit 16 the line starts inside a
 * quotation carried over from the previous line.
 */
function scopeFlags(grammar, text) {
  const flags = new Uint8Array(text.length);
  const rootDepth = vsctm.INITIAL.depth;
  let stack = vsctm.INITIAL;
  let start = 0;
  for (;;) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    const line = text.slice(start, end);
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      let f = 0;
      for (const s of t.scopes) {
        if (s.startsWith('string.quoted')) f |= 1;
        if (s.startsWith('punctuation.definition.string')) f |= 2;
        if (s.startsWith('keyword.other.cue')) f |= 4;
        if (s.startsWith('entity.name.actor')) f |= 8;
      }
      for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) flags[start + i] = f;
    }
    if (stack.depth > rootDepth && line.length > 0 && carriesQuotation(grammar, stack)) flags[start] |= 16;
    stack = r.ruleStack;
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return flags;
}

/** Whether a quotation is still open at the end of the previous line (probed with an empty line). */
function carriesQuotation(grammar, stack) {
  return grammar.tokenizeLine('', stack).tokens.some((t) => t.scopes.some((s) => s.startsWith('string.quoted')));
}

/** UTF-16 offset of every code point offset (plus the end). */
function codePointToUtf16(text) {
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

function parseAnn(source, cp) {
  const spans = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.startsWith('T')) return;
    const m = /^(T\d+)\t(\S+) ([\d; ]+)\t/.exec(line);
    if (!m) throw new Error(`line ${i + 1}: unreadable text-bound annotation: ${line.slice(0, 60)}`);
    const fragments = m[3].split(';').map((f) => {
      const [a, b] = f.trim().split(' ').map(Number);
      if (!(a <= b) || b >= cp.length) throw new Error(`line ${i + 1}: offsets ${a} ${b} outside the text`);
      return { start: cp[a], end: cp[b] };
    });
    spans.push({ id: m[1], label: m[2], fragments });
  });
  return spans;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const isLetter = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The UTF-16 offsets strictly inside quotation marks within [start, end), found independently of the grammar:
 * double marks first; single marks only when the fragment has no double marks (headline style). A fragment
 * whose first mark closes a quotation starts inside one.
 */
function insideMarks(text, start, end) {
  const marks = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "'" && text[i + 1] === "'") { marks.push({ i, len: 2, kind: 'toggle' }); i++; continue; }
    if (DOUBLE_OPEN.has(c)) marks.push({ i, len: 1, kind: 'open' });
    else if (DOUBLE_CLOSE.has(c)) marks.push({ i, len: 1, kind: 'close' });
    else if (c === '"') marks.push({ i, len: 1, kind: 'toggle' });
  }
  if (marks.length === 0) {
    for (let i = start; i < end; i++) {
      const c = text[i];
      const prev = i > 0 ? text[i - 1] : undefined;
      const next = text[i + 1];
      if (c === '‘' || (c === "'" && (prev === undefined || /[\s(\[{—–/:;"“„«-]/.test(prev)) && isLetter(next))) marks.push({ i, len: 1, kind: 'open' });
      else if ((c === '’' || c === "'") && prev !== undefined && /\S/.test(prev) && !isLetter(next)) marks.push({ i, len: 1, kind: 'close' });
    }
    // without an opening single mark, ’ is an apostrophe (voters’), not the end of a quotation
    while (marks.length && marks[0].kind === 'close') marks.shift();
  }
  const inside = [];
  if (marks.length === 0) return inside;
  let open = marks[0].kind === 'close';
  let from = start;
  for (const m of marks) {
    const opens = m.kind === 'open' || (m.kind === 'toggle' && !open);
    if (open && !opens) for (let k = from; k < m.i; k++) inside.push(k);
    open = opens;
    from = m.i + m.len;
  }
  if (open) for (let k = from; k < end; k++) inside.push(k);
  return inside;
}

const OPENING = /^[“„«»"‘']/;

function measureArticle(grammar, name, text, ann) {
  const cp = codePointToUtf16(text);
  const spans = parseAnn(ann, cp);
  const flags = scopeFlags(grammar, text);
  const r = { goldChars: 0, goldHit: 0, quotedChars: 0, quotedOutside: 0, runaways: 0, continued: 0, cues: 0, cueHits: 0, sources: 0, sourceHits: 0, misses: [], runawayLines: [] };

  const inContent = new Uint8Array(text.length);
  for (const s of spans) {
    if (s.label === 'Content') {
      for (const f of s.fragments) inContent.fill(1, f.start, f.end);
      const direct = s.fragments.some((f) => /["“”„«»‘]|''/.test(text.slice(f.start, f.end)) || insideMarks(text, f.start, f.end).length > 0);
      if (!direct) continue;
      for (const f of s.fragments) {
        let missStart = -1;
        for (const k of insideMarks(text, f.start, f.end)) {
          if (text[k] === '\n' || text[k] === '\r') continue;
          r.goldChars++;
          if (flags[k] & 1) r.goldHit++;
          else if (missStart < 0) missStart = k;
        }
        if (missStart >= 0) r.misses.push({ name, at: missStart, span: text.slice(f.start, f.end) });
      }
    } else if (s.label === 'Cue' || s.label === 'Source') {
      const hit = s.fragments.some((f) => flags.subarray(f.start, f.end).some((x) => x & (s.label === 'Cue' ? 4 : 8)));
      if (s.label === 'Cue') { r.cues++; if (hit) r.cueHits++; } else { r.sources++; if (hit) r.sourceHits++; }
    }
  }
  for (let k = 0; k < text.length; k++) {
    if ((flags[k] & 3) !== 1 || text[k] === '\n' || text[k] === '\r') continue;
    r.quotedChars++;
    if (!inContent[k]) r.quotedOutside++;
  }
  // paragraphs: lines with text
  const lines = [...text.matchAll(/[^\r\n]+/g)];
  for (const m of lines) {
    const lead = /^\s*/.exec(m[0])[0].length;
    if (lead === m[0].length) continue;
    const k = m.index + lead;
    if (flags[m.index] & 16 && flags[k] & 1) r.continued++;
    if (!(flags[k] & 1) || OPENING.test(text.slice(k, k + 1))) continue;
    r.runaways++;
    r.runawayLines.push({ name, at: k });
  }
  return r;
}

const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`);

async function main() {
  const grammar = await loadGrammar();
  const texts = readdirSync(join(DATA, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(join(DATA, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const total = { articles: 0, goldChars: 0, goldHit: 0, quotedChars: 0, quotedOutside: 0, runaways: 0, continued: 0, cues: 0, cueHits: 0, sources: 0, sourceHits: 0 };
  const misses = [];
  const runaways = [];
  const t0 = performance.now();
  for (const t of texts) {
    const name = t.slice(0, -4);
    const annFile = anns.find((a) => a.startsWith(name + '_') && /^[^_]+$/.test(a.slice(name.length + 1, -4)));
    if (!annFile) {
      console.log(`${name}: no annotation file, skipped`);
      continue;
    }
    const text = readFileSync(join(DATA, 'text', t), 'utf8').replace(/^\uFEFF/, '');
    let r;
    try {
      r = measureArticle(grammar, name, text, readFileSync(join(DATA, 'attributions', annFile), 'utf8'));
    } catch (e) {
      console.log(`${join(DATA, 'attributions', annFile)}: ${e.message}; skipped`);
      continue;
    }
    total.articles++;
    for (const k of Object.keys(total)) if (k !== 'articles') total[k] += r[k];
    misses.push(...r.misses.map((m) => ({ ...m, text })));
    runaways.push(...r.runawayLines.map((m) => ({ ...m, text })));
  }
  const ms = performance.now() - t0;
  console.log(`Grammar measured over ${total.articles} articles in ${DATA} (${ms.toFixed(0)} ms)`);
  console.log(`quote recall          ${pct(total.goldHit, total.goldChars)}  (${total.goldHit} of ${total.goldChars} characters inside the marks of gold direct-quote content)`);
  console.log(`quoted outside gold   ${pct(total.quotedOutside, total.quotedChars)}  (${total.quotedOutside} of ${total.quotedChars} string.quoted characters lie outside every gold Content span)`);
  console.log(`runaways              ${total.runaways}  (paragraphs coloured as quoted without opening with a quotation mark; ${total.continued} paragraphs continue a quotation)`);
  console.log(`cue hits              ${pct(total.cueHits, total.cues)}  (${total.cueHits} of ${total.cues} gold Cue spans touch keyword.other.cue)`);
  console.log(`source hits           ${pct(total.sourceHits, total.sources)}  (${total.sourceHits} of ${total.sources} gold Source spans touch entity.name.actor)`);
  if (verbose) {
    for (const m of misses) {
      const line = m.text.lastIndexOf('\n', m.at) + 1;
      console.log(`\nMISS ${m.name} @${m.at}: …${m.text.slice(Math.max(line, m.at - 60), m.at)}⟦${m.text.slice(m.at, m.at + 60)}`);
    }
    for (const m of runaways) console.log(`\nRUNAWAY ${m.name} @${m.at}: ${m.text.slice(m.at, m.at + 80)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
