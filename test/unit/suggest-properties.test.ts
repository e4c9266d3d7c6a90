/**
 * Properties of the suggestion engine on generated text: news-like articles assembled from invented
 * names, cues and quotation marks of every style (with stray and unbalanced marks, CRLF, emoji,
 * run-on sentences and all-caps lines), token soup, and arbitrary strings.
 *
 * The number of runs is kept small for the unit suite; set SUGGEST_PROPERTY_RUNS to search longer.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CONTEXT_LENGTH, type Attribution, type Range, type Sidecar, type Span } from '../../src/core/model';
import { serializeSidecar } from '../../src/core/sidecar';
import { mergeSuggestions, nestsWithin, suggestAttributions, type SuggestOptions, type Suggestions } from '../../src/core/suggest';
import { TextIndex } from '../../src/core/text';
import { validate } from '../../src/core/validate';
import { sha256 } from './helpers';

const RUNS = Number(process.env.SUGGEST_PROPERTY_RUNS) || 0;
const runs = (n: number) => ({ numRuns: RUNS || n });

// ---- Generators ---------------------------------------------------------------------------------

const FIRST = ['Ingrid', 'Tomás', 'Marta', 'Jonas', 'Amara', 'Piet', 'Zoë', 'Łukasz', 'Siobhán', 'Grace'];
const LAST = ['Solberg', 'O’Brien', "O'Neill", 'Kowalski', 'de Groot', 'van der Berg', 'Halloran', 'Osei-Bonsu', 'Al-Masri', 'Okonkwo'];
const TITLES = ['Mayor', 'Sen.', 'Dr.', 'Ms.', 'Councillor', 'chief executive', 'Prime Minister', 'police chief'];
const GROUPS = ['officials', 'the council', 'residents', 'union leaders', 'sources', 'the ministry', 'the Harbour Authority', 'the Daily Courier', 'a spokesperson for the port', 'two people familiar with the talks'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'They', 'it', 'we', 'I', 'who'];
const VERBS = ['said', 'says', 'told reporters', 'told the Courier that', 'added', 'warned', 'claimed', 'insisted', 'wrote', 'argued', 'noted', 'announced', 'believes', 'wants to', 'said in a statement', 'has repeatedly said', 'asked', 'denied', 'called for', 'adding that', 'tweeted', 'said on Tuesday', 'did not say', 'was quoted as saying'];
const WORDS = 'the council ferry budget harbour residents noise terminal vote plan week city water berth engines tickets cost report design future quay strike wages and but that which not never will would had been is was'.split(' ');
const ODD_WORDS = ['don’t', "won't", 'the port’s', "workers'", '’90s', 'rock ’n’ roll', '7:12', '3.5%', '£48m', 'e.g.', 'U.S.', 'Jr.', 'No.', '…', '...', '—', '–', '-', '--', ':', ';', '!', '?', '(', ')', '[', ']', '🚢', '👍🏽', '𝔸', '👨‍👩‍👧', '中文', 'é', '\u00a0', '\t', '\u2028', '\ufeff', '\u200b'];
const QUOTES: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['« ', ' »'],
  ['„', '“'],
  ['‚', '‘'],
  ['‹', '›'],
  ["''", "''"],
  ['»', '«'],
  ['「', '」'],
];
const MARKS = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '``', "''"];
const BREAKS = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n \n'];
const DATELINES = ['HARBOURTON (Reuters) — ', 'OSLO, Norway — ', 'LONDON, May 3 (AP) -- ', 'BRUSSELS: '];

const first = fc.constantFrom(...FIRST);
const last = fc.constantFrom(...LAST);
const person = fc.oneof(
  fc.tuple(first, last).map(([f, l]) => `${f} ${l}`),
  fc.tuple(fc.constantFrom(...TITLES), first, last).map(([t, f, l]) => `${t} ${f} ${l}`),
  fc.tuple(fc.constantFrom(...TITLES), last).map(([t, l]) => `${t} ${l}`),
  last,
  fc.tuple(first, last, fc.constantFrom(...GROUPS)).map(([f, l, g]) => `${f} ${l}, ${g.replace(/^(a|two) /, 'the ')},`),
);
const speaker = fc.oneof({ weight: 3, arbitrary: person }, { weight: 2, arbitrary: fc.constantFrom(...PRONOUNS) }, { weight: 2, arbitrary: fc.constantFrom(...GROUPS) });
const verb = fc.constantFrom(...VERBS);
const quotePair = fc.constantFrom(...QUOTES);
const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...ODD_WORDS) }, { weight: 1, arbitrary: last }, { weight: 1, arbitrary: fc.constantFrom(...MARKS) });
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const end = fc.constantFrom('.', '.', ',', '!', '?', '', '…', ':');

/** One sentence of reported speech in one of the shapes news text uses, or narration. */
const sentence = fc.oneof(
  fc.record({ q: quotePair, c: words(1, 14), e: end, v: verb, s: speaker }).map(({ q, c, e, v, s }) => `${q[0]}${c}${e}${q[1]} ${v} ${s}.`),
  fc.record({ q: quotePair, c: words(1, 14), e: end, v: verb, s: speaker }).map(({ q, c, e, v, s }) => `${q[0]}${c}${e}${q[1]} ${s} ${v}.`),
  fc.record({ s: speaker, v: verb, c: words(2, 20) }).map(({ s, v, c }) => `${s} ${v} ${c}.`),
  fc.record({ s: speaker, v: verb, q: quotePair, c: words(1, 14) }).map(({ s, v, q, c }) => `${s} ${v}: ${q[0]}${c}.${q[1]}`),
  fc.record({ s: speaker, c: words(2, 16) }).map(({ s, c }) => `According to ${s}, ${c}.`),
  fc.record({ s: speaker, v: verb, c: words(2, 16) }).map(({ s, v, c }) => `${c}, ${s} ${v}.`),
  fc.record({ q: quotePair, c: words(1, 10), s: person, v: verb, c2: words(1, 10) }).map(({ q, c, s, v, c2 }) => `${q[0]}${c},${q[1]} ${v} ${s}, ${q[0]}${c2}.${q[1]}`),
  fc.record({ q: quotePair, c: words(1, 10), s: person }).map(({ q, c, s }) => `${q[0]}${c}${q[1]} ― ${s}`),
  fc.record({ s: last, c: words(1, 12) }).map(({ s, c }) => `${s.toUpperCase()}: ${c}`),
  fc.record({ s: speaker, c: words(1, 12) }).map(({ s, c }) => `As ${s} put it, ${c}.`),
  words(3, 20).map((c) => `${c.charAt(0).toUpperCase()}${c.slice(1)}.`),
  words(3, 12).map((c) => c.toUpperCase()),
  // A run-on sentence: no sentence end for a long while.
  fc.tuple(speaker, verb, words(80, 200)).map(([s, v, c]) => `${s} ${v} ${c}`),
);

/** A mark dropped somewhere: an unbalanced quotation or a stray apostrophe. */
const stray = fc.tuple(fc.constantFrom(...MARKS, '’', "'"), fc.nat());

/** A news-like article: optional dateline, sentences separated by spaces, line and paragraph breaks. */
export const article = fc
  .record({
    dateline: fc.option(fc.constantFrom(...DATELINES), { nil: '' }),
    parts: fc.array(fc.tuple(sentence, fc.constantFrom(...BREAKS)), { maxLength: 10 }),
    strays: fc.array(stray, { maxLength: 3 }),
    trailing: fc.constantFrom('', '\n', '\r\n', '\n\n'),
  })
  .map(({ dateline, parts, strays, trailing }) => {
    let text = dateline + parts.map(([s, b]) => s + b).join('') + trailing;
    for (const [mark, at] of strays) {
      const cps = Array.from(text);
      const i = cps.length ? at % (cps.length + 1) : 0;
      text = cps.slice(0, i).join('') + mark + cps.slice(i).join('');
    }
    return text;
  });

/** Token soup: the same pieces in any order, glued with or without spaces. */
const soup = fc
  .array(fc.oneof(word, verb, speaker, fc.constantFrom(...BREAKS), fc.constantFrom(...MARKS), fc.constantFrom('.', ',', ':', '—', '\r\n\r\n')), { maxLength: 60 })
  .chain((xs) => fc.constantFrom(' ', '').map((glue) => xs.join(glue)));

/** Anything at all: any code points, lone surrogates included. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...MARKS, ...BREAKS, 'A', 'said', '.', ' '), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), maxLength: 80 }),
);

export const anyText = fc.oneof({ weight: 4, arbitrary: article }, { weight: 2, arbitrary: soup }, { weight: 1, arbitrary: anyString }, { weight: 1, arbitrary: fc.constant('') });

// ---- Checks -------------------------------------------------------------------------------------

function spansOf(a: Attribution): { role: string; span: Span }[] {
  return [...a.content.map((span) => ({ role: 'content', span })), ...(a.cue ?? []).map((span) => ({ role: 'cue', span })), ...(a.source?.mention ?? []).map((span) => ({ role: 'mention', span }))];
}

const overlaps = (x: Range, y: Range) => x.start < y.end && y.start < x.end;

function sidecarOf(text: string, index: TextIndex, s: Suggestions): Sidecar {
  return { version: 1, document: { sha256: sha256(text), length: index.length }, actors: s.actors, attributions: s.attributions };
}

/** Every span sits on its text, with the context makeSpan would record, inside the article. */
function checkSpans(index: TextIndex, s: Suggestions): void {
  for (const a of s.attributions) {
    assert.equal(a.status, 'suggested');
    assert.ok(a.content.length > 0, `${a.id} has no content`);
    for (const { role, span } of spansOf(a)) {
      const where = `${a.id} ${role} ${span.start}–${span.end}`;
      assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start < span.end && span.end <= index.length, `${where} is empty or outside the article (${index.length})`);
      assert.equal(span.text, index.slice(span.start, span.end), `${where}: text`);
      assert.equal(span.prefix ?? '', index.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start), `${where}: prefix`);
      assert.equal(span.suffix ?? '', index.slice(span.end, Math.min(index.length, span.end + CONTEXT_LENGTH)), `${where}: suffix`);
    }
    for (let k = 1; k < a.content.length; k++) assert.ok(a.content[k - 1].end <= a.content[k].start, `${a.id}: content segments out of order or overlapping`);
  }
}

/**
 * No two suggestions claim the same words: contents are disjoint (or, with `nested`, one report lies
 * properly inside another's content, cue and mention included); a cue or mention is never inside
 * another suggestion's content unless its whole report nests there (a mention may hold another
 * report whole); cues are not shared.
 */
function checkNoOverlap(s: Suggestions, nested: boolean): void {
  const as = s.attributions;
  for (let i = 0; i < as.length; i++) {
    const a = as[i];
    for (const { role, span } of spansOf(a)) {
      if (role === 'content') continue;
      for (const c of a.content) assert.ok(!overlaps(span, c), `${a.id}: its ${role} ${JSON.stringify(span.text)} lies inside its own content`);
    }
    for (let j = 0; j < as.length; j++) {
      if (i === j) continue;
      const b = as[j];
      const nests = nested && (nestsWithin(a, b) || nestsWithin(b, a));
      if (nests) continue;
      for (const x of a.content) for (const y of b.content) assert.ok(!overlaps(x, y), `contents of ${a.id} ${JSON.stringify(x.text)} and ${b.id} ${JSON.stringify(y.text)} overlap`);
      for (const x of [...(a.cue ?? []), ...(a.source?.mention ?? [])]) {
        // (A mention may hold a report of its own: "The captain, who admitted that …, told …".)
        for (const y of b.content) assert.ok(!overlaps(x, y) || (x.start <= y.start && y.end <= x.end), `${a.id}'s cue or mention ${JSON.stringify(x.text)} lies in the content of ${b.id} ${JSON.stringify(y.text)}`);
      }
      for (const x of a.cue ?? []) for (const y of b.cue ?? []) assert.ok(!overlaps(x, y), `${a.id} and ${b.id} share the cue ${JSON.stringify(x.text)}`);
    }
  }
}

/** The document validates with no error, no overlap and no actor problem; the remaining warnings are allowed. */
function checkValid(text: string, sidecar: Sidecar): void {
  const v = validate(text, serializeSidecar(sidecar), { articleSha256: sha256(text) });
  const bad = v.diagnostics.filter((d) => d.severity === 'error' || d.code === 'content-overlap' || d.code === 'unknown-actor' || d.code === 'unused-actor' || d.code === 'span-order' || d.code === 'cue-inside-content' || d.code === 'mention-inside-content');
  assert.deepEqual(bad.map((d) => `${d.code}: ${d.message}`), []);
  assert.ok(v.sidecar, 'the document parses');
}

function checkActors(s: Suggestions): void {
  const ids = s.actors.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, `duplicate actor ids: ${ids.join(', ')}`);
  const used = new Set(s.attributions.map((a) => a.source?.actor).filter((x) => x !== undefined));
  for (const id of used) assert.ok(ids.includes(id), `source actor ${id} is not among the actors`);
  for (const id of ids) assert.ok(used.has(id), `actor ${id} is the source of no suggestion`);
  const attributionIds = s.attributions.map((a) => a.id);
  assert.equal(new Set(attributionIds).size, attributionIds.length, 'duplicate attribution ids');
}

export function checkAll(text: string, options: SuggestOptions = {}): void {
  let s: Suggestions;
  try {
    s = suggestAttributions(text, undefined, options);
  } catch (e) {
    throw new Error(`suggestAttributions threw on ${JSON.stringify(text)}: ${(e as Error).stack}`);
  }
  const index = new TextIndex(text);
  checkSpans(index, s);
  checkActors(s);
  checkNoOverlap(s, !!options.nested);
  checkValid(text, sidecarOf(text, index, s));
}

// ---- Properties ---------------------------------------------------------------------------------

describe('suggestAttributions: properties on generated text', () => {
  it('never throws, on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        suggestAttributions(text);
        suggestAttributions(text, undefined, { nested: true, weakCues: true });
      }),
      runs(300),
    );
  });

  it('returns spans that sit on the article’s text at their code-point offsets, with their context', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const index = new TextIndex(text);
        checkSpans(index, suggestAttributions(text));
      }),
      runs(150),
    );
  });

  it('returns a v1 document that validates against the same text without errors, overlaps or actor problems', () => {
    fc.assert(
      fc.property(anyText, (text) => checkAll(text)),
      runs(150),
    );
  });

  it('names only actors it returns, and returns only actors it names', () => {
    fc.assert(
      fc.property(anyText, (text) => checkActors(suggestAttributions(text))),
      runs(100),
    );
  });

  it('suggests no two reports over the same words; with nested: true, only proper nesting', () => {
    fc.assert(
      fc.property(article, fc.boolean(), (text, nested) => checkAll(text, { nested, weakCues: nested || 'indirect' })),
      runs(150),
    );
  });

  it('is deterministic, and the same for a string and its TextIndex', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = suggestAttributions(text);
        assert.deepEqual(suggestAttributions(text), once);
        assert.deepEqual(suggestAttributions(new TextIndex(text)), once);
      }),
      runs(80),
    );
  });

  it('adds nothing when suggesting again on top of its own merged result', () => {
    fc.assert(
      fc.property(article, fc.boolean(), fc.boolean(), (text, nested, confirm) => {
        const index = new TextIndex(text);
        const empty: Sidecar = { version: 1, document: { sha256: sha256(text), length: index.length }, actors: [], attributions: [] };
        const options = { nested };
        const first = mergeSuggestions(empty, suggestAttributions(text, empty, options));
        assert.equal(first.skipped, 0, 'the engine’s own suggestions do not conflict with each other');
        checkValid(text, first.sidecar);
        // Accepting every suggestion changes nothing either.
        const base = confirm ? { ...first.sidecar, attributions: first.sidecar.attributions.map((a) => ({ ...a, status: 'confirmed' as const })) } : first.sidecar;
        const again = suggestAttributions(text, base, options);
        const merged = mergeSuggestions(base, again);
        assert.deepEqual(merged.added.map((a) => a.content.map((c) => c.text)), []);
        assert.deepEqual(merged.sidecar, base);
        for (const a of again.actors) assert.ok(!base.actors.some((b) => b.id === a.id), `actor id ${a.id} repeated`);
      }),
      runs(100),
    );
  });
});

// ---- Counterexamples the properties found, kept as plain tests ------------------------------------

describe('suggestAttributions: counterexamples from the properties', () => {
  const rows = (text: string, options?: SuggestOptions) =>
    suggestAttributions(text, undefined, options).attributions.map((a) => ({ content: a.content.map((s) => s.text), cue: a.cue?.map((s) => s.text), mention: a.source?.mention?.map((s) => s.text) }));

  it('makes a quotation before "said X that …" the first segment of that report, not a second report with the same cue', () => {
    assert.deepEqual(rows('“Solberg,” told the Courier that officials. '), [{ content: ['“Solberg,”', 'that officials'], cue: ['told'], mention: ['the Courier'] }]);
    assert.deepEqual(rows('“We are ready,” said Solberg that the port would close.'), [{ content: ['“We are ready,”', 'that the port would close'], cue: ['said'], mention: ['Solberg'] }]);
  });

  it('does not read a report whose cue and source lie in another report’s content as a second report beside it', () => {
    // Shrunk: "officials said the been plan – the the."
    assert.deepEqual(rows('officials said the been plan – the the. '), [{ content: ['the been plan'], cue: ['said'], mention: ['officials'] }]);
    const text = 'Officials said the mayor warned – in a letter – that the port would close.';
    assert.ok(!rows(text).some((r) => r.content.includes('in a letter')), JSON.stringify(rows(text)));
    // A report inside a source mention stays: "X, who said …, told …".
    assert.deepEqual(rows('The captain, who admitted that the pier was unsafe, told reporters the repairs would start in May.'), [
      { content: ['that the pier was unsafe'], cue: ['admitted'], mention: ['who'] },
      { content: ['the repairs would start in May'], cue: ['told'], mention: ['The captain, who admitted that the pier was unsafe'] },
    ]);
  });

  it('with nested: true, leaves out an inner report whose shared source lies outside the outer content', () => {
    // Shrunk: "As s put it,would report w".
    assert.deepEqual(rows('As s put it,would report w', { nested: true }), [{ content: ['would report w'], cue: ['put it'], mention: ['s'] }]);
    assert.deepEqual(rows('The mayor declined to criticise the council or even directly declare it responsible.', { nested: true }), [
      { content: ['to criticise the council or even directly declare it responsible'], cue: ['declined'], mention: ['The mayor'] },
    ]);
  });

  it('does not throw on a participle cue opening the text', () => {
    // Shrunk: "\r not adding that ." (threw a TypeError: there is no word before the first one).
    assert.deepEqual(rows('Not adding that the port would close.'), [{ content: ['that the port would close'], cue: ['Not adding'], mention: undefined }]);
  });

  it('takes no source from inside the report’s own content', () => {
    // Shrunk: "K,,added".
    assert.deepEqual(rows('K,,added'), [{ content: ['K'], cue: ['added'], mention: undefined }]);
    assert.deepEqual(rows('Zoë Kowalski, the Daily Courier, , insisted.'), [{ content: ['Zoë Kowalski, the Daily Courier'], cue: ['insisted'], mention: undefined }]);
  });

  it('does not throw when the report a quotation continues lost its content (a stray colon paragraph)', () => {
    // Shrunk: "he said \r\n\r\n : \n\n “" (threw a TypeError while resolving the speaker).
    const result = suggestAttributions('Mayor Ines Varga said:\n\n:\n\n“We will stay.”');
    assert.deepEqual(
      result.attributions.map((a) => [a.content.map((s) => s.text), a.source?.actor]),
      [[['“We will stay.”'], 'ines-varga']],
    );
    assert.equal(result.actors[0].name, 'Ines Varga');
  });

  it('leaves out a report whose shared speaker lies inside its own content', () => {
    // Shrunk: "»«According to S,never plan" ("S, never plan" shared the speaker of "According to S").
    assert.deepEqual(rows('»«According to S,never plan'), [{ content: ['»«'], cue: ['According to'], mention: ['S'] }]);
  });
});
