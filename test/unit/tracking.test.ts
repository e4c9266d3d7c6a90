import * as assert from 'node:assert/strict';
import { emptySidecar } from '../../src/core/sidecar';
import { TextIndex } from '../../src/core/text';
import { addAttribution } from '../../src/core/edit';
import { AnchorHistory, editsFromChanges, followSidecar, reanchorOnto, textKey } from '../../src/core/tracking';
import { makeSpan } from '../../src/core/anchor';
import { validate } from '../../src/core/validate';
import { serializeSidecar } from '../../src/core/sidecar';
import type { Sidecar } from '../../src/core/model';

const ARTICLE = 'Intro line.\n“Rates will rise,” the governor said. Markets fell.\n';

interface Change {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** Applies VS Code style changes (all against the old text) to a string. */
function applyChanges(text: string, changes: Change[]): string {
  for (const c of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  return text;
}

function annotated(text: string): Sidecar {
  const index = new TextIndex(text);
  const q = text.indexOf('“Rates');
  const said = text.indexOf('said');
  const who = text.indexOf('the governor');
  return addAttribution(emptySidecar({ sha256: '0'.repeat(64), length: index.length }), index, {
    content: [{ start: q, end: q + '“Rates will rise,”'.length }],
    cue: [{ start: said, end: said + 4 }],
    mention: [{ start: who, end: who + 'the governor'.length }],
  }).sidecar;
}

function edit(text: string, s: Sidecar, changes: Change[]) {
  const before = new TextIndex(text);
  const next = applyChanges(text, changes);
  const after = new TextIndex(next);
  return { text: next, after, ...followSidecar(s, editsFromChanges(changes, before), before, after) };
}

describe('following edits', () => {
  const s0 = annotated(ARTICLE);
  const q = ARTICLE.indexOf('“Rates');

  const cases: { name: string; change: (t: string) => Change[]; content: string | null; cue: string }[] = [
    { name: 'an insertion before every span shifts them', change: () => [{ rangeOffset: 0, rangeLength: 0, text: 'BREAKING: ' }], content: '“Rates will rise,”', cue: 'said' },
    { name: 'a pasted paragraph at the top shifts them', change: () => [{ rangeOffset: 0, rangeLength: 0, text: 'A new first paragraph.\r\n\r\n' }], content: '“Rates will rise,”', cue: 'said' },
    { name: 'typing inside the content resizes it', change: () => [{ rangeOffset: q + 7, rangeLength: 0, text: 'surely ' }], content: '“Rates surely will rise,”', cue: 'said' },
    { name: 'replacing a word inside resizes it', change: () => [{ rangeOffset: q + 12, rangeLength: 4, text: 'climb' }], content: '“Rates will climb,”', cue: 'said' },
    { name: 'an insertion right at the start stays outside', change: () => [{ rangeOffset: q, rangeLength: 0, text: 'xx ' }], content: '“Rates will rise,”', cue: 'said' },
    { name: 'an edit after the spans changes nothing', change: (t) => [{ rangeOffset: t.indexOf('Markets'), rangeLength: 7, text: 'Stocks' }], content: '“Rates will rise,”', cue: 'said' },
    { name: 'astral characters before the span count as one code point each', change: () => [{ rangeOffset: 0, rangeLength: 0, text: '📰📰 ' }], content: '“Rates will rise,”', cue: 'said' },
    {
      name: 'several cursors at once (one before, one inside)',
      change: () => [
        { rangeOffset: q + 1, rangeLength: 0, text: 'Interest ' },
        { rangeOffset: 0, rangeLength: 0, text: '> ' },
      ],
      content: '“Interest Rates will rise,”',
      cue: 'said',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = edit(ARTICLE, s0, c.change(ARTICLE));
      const a = r.sidecar.attributions[0];
      assert.equal(r.after.slice(a.content[0].start, a.content[0].end), c.content);
      assert.equal(a.content[0].text, c.content);
      assert.equal(r.after.slice(a.cue![0].start, a.cue![0].end), c.cue);
      assert.equal(r.orphaned, 0);
      const errors = validate(r.after, serializeSidecar({ ...r.sidecar, document: { ...r.sidecar.document, length: r.after.length } }), { unattributedQuotes: false }).diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors, []);
    });
  }

  it('deleting all of a span keeps it as an orphan that the validator reports', () => {
    const said = ARTICLE.indexOf(' said');
    const r = edit(ARTICLE, s0, [{ rangeOffset: said, rangeLength: 5, text: '' }]);
    assert.equal(r.orphaned, 1);
    const a = r.sidecar.attributions[0];
    assert.equal(a.cue![0].text, 'said', 'the recorded text stays');
    const ds = validate(r.after, serializeSidecar({ ...r.sidecar, document: { ...r.sidecar.document, length: r.after.length } }), { unattributedQuotes: false }).diagnostics;
    assert.deepEqual(ds.map((d) => d.code), ['orphan']);
    assert.equal(ds[0].sidecar?.pointer, '/attributions/0/cue/0');
  });

  it('a span already off its text keeps its recorded text while shifting', () => {
    const s = annotated(ARTICLE);
    s.attributions[0].cue![0] = { ...s.attributions[0].cue![0], text: 'says' }; // stale on purpose
    const r = edit(ARTICLE, s, [{ rangeOffset: 0, rangeLength: 0, text: 'ab' }]);
    const cue = r.sidecar.attributions[0].cue![0];
    assert.equal(cue.text, 'says');
    assert.equal(cue.start, ARTICLE.indexOf('said') + 2);
  });

  it('returns the same sidecar object when no span moved', () => {
    const long = ARTICLE + 'A closing paragraph well beyond the context of every span.\n';
    const s = annotated(long);
    const r = edit(long, s, [{ rangeOffset: long.length - 1, rangeLength: 0, text: '!' }]);
    assert.equal(r.changed, false);
    assert.equal(r.sidecar, s);
  });
});

describe('undo through the anchor history', () => {
  it('an undo that brings a text back restores spans an edit trimmed', () => {
    const history = new AnchorHistory();
    const revisions = new Map<string, number>();
    const s0 = annotated(ARTICLE);
    history.record(textKey(ARTICLE), s0, revisions);
    // Delete from inside the quotation to past its end: the content is trimmed.
    const from = ARTICLE.indexOf('rise');
    const cut: Change = { rangeOffset: from, rangeLength: ARTICLE.indexOf(' the governor') - from, text: '' };
    const r1 = edit(ARTICLE, s0, [cut]);
    assert.equal(r1.sidecar.attributions[0].content[0].text, '“Rates will ');
    history.record(textKey(r1.text), r1.sidecar, revisions);
    // Undo: the removed text comes back; shifting alone would leave the content trimmed.
    const undo: Change = { rangeOffset: from, rangeLength: 0, text: ARTICLE.slice(from, from + cut.rangeLength) };
    const r2 = edit(r1.text, r1.sidecar, [undo]);
    assert.equal(r2.text, ARTICLE);
    assert.equal(r2.sidecar.attributions[0].content[0].text, '“Rates will ');
    const restored = history.restore(textKey(r2.text), r2.sidecar, revisions, r2.after);
    assert.deepEqual(restored.attributions[0], s0.attributions[0]);
  });

  it('an undo restores an orphaned span', () => {
    const history = new AnchorHistory();
    const revisions = new Map<string, number>();
    const s0 = annotated(ARTICLE);
    history.record(textKey(ARTICLE), s0, revisions);
    const q = ARTICLE.indexOf('“Rates');
    const r1 = edit(ARTICLE, s0, [{ rangeOffset: q, rangeLength: '“Rates will rise,”'.length, text: '' }]);
    assert.equal(r1.orphaned, 1);
    const r2 = edit(r1.text, r1.sidecar, [{ rangeOffset: q, rangeLength: 0, text: '“Rates will rise,”' }]);
    const restored = history.restore(textKey(r2.text), r2.sidecar, revisions, r2.after);
    assert.deepEqual(restored.attributions[0].content, s0.attributions[0].content);
  });

  it('does not restore an attribution that was changed since', () => {
    const history = new AnchorHistory();
    const revisions = new Map<string, number>();
    const s0 = annotated(ARTICLE);
    history.record(textKey(ARTICLE), s0, revisions);
    const r1 = edit(ARTICLE, s0, [{ rangeOffset: 0, rangeLength: 0, text: 'x' }]);
    revisions.set('a1', 1); // e.g. its cue was changed by a command
    const r2 = edit(r1.text, r1.sidecar, [{ rangeOffset: 0, rangeLength: 1, text: '' }]);
    const mark = { ...r2.sidecar.attributions[0], note: 'changed' };
    const current = { ...r2.sidecar, attributions: [mark] };
    assert.equal(history.restore(textKey(r2.text), current, revisions, r2.after), current);
  });

  it('a text never seen leaves the sidecar as it is', () => {
    const history = new AnchorHistory();
    const s0 = annotated(ARTICLE);
    assert.equal(history.restore(textKey('other'), s0, new Map(), new TextIndex('other')), s0);
  });

  it('textKey tells texts apart and is stable', () => {
    assert.equal(textKey('abc'), textKey('abc'));
    assert.notEqual(textKey('abc'), textKey('abd'));
    assert.notEqual(textKey('ab'), textKey('abc'));
  });
});

describe('following edits, checked on random edits', () => {
  it('every span an edit did not touch still covers its words, with the context of the new text', async () => {
    const fc = await import('fast-check');
    const words = 'the pier closed “after rain” said Osei, 🌊 and Quell told reporters'.split(' ');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 30, maxLength: 120 }),
        fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), text: fc.constantFrom('', 'x', 'new words ', '📰 ', '\n\n') }), { minLength: 1, maxLength: 4 }),
        (ws, changes) => {
          const text = ws.join(' ');
          const index = new TextIndex(text);
          // One span per word.
          const cps = [...text];
          const ranges: { start: number; end: number }[] = [];
          let cp = 0;
          for (const w of ws) {
            const n = [...w].length;
            ranges.push({ start: cp, end: cp + n });
            cp += n + 1;
          }
          assert.equal(cp - 1, cps.length);
          let s = emptySidecar({ sha256: '0'.repeat(64), length: index.length });
          s = addAttribution(s, index, { content: ranges }).sidecar;
          // Non-overlapping changes against the old text (as VS Code reports them).
          const used: { start: number; end: number }[] = [];
          const list: Change[] = [];
          for (const c of changes) {
            const start = c.at % (text.length + 1);
            const end = Math.min(text.length, start + c.del);
            if (used.some((u) => start < u.end && u.start < end) || used.some((u) => u.start === start)) continue;
            // Do not split a surrogate pair.
            if (/[\uDC00-\uDFFF]/.test(text[start] ?? '') || /[\uDC00-\uDFFF]/.test(text[end] ?? '')) continue;
            used.push({ start, end });
            list.push({ rangeOffset: start, rangeLength: end - start, text: c.text });
          }
          const r = edit(text, s, list);
          const moved = r.sidecar.attributions[0].content;
          const untouched = (k: number) => {
            const u0 = [...text].slice(0, ranges[k].start).join('').length;
            const u1 = u0 + ws[k].length;
            return list.every((c) => c.rangeOffset + c.rangeLength < u0 || c.rangeOffset > u1);
          };
          moved.forEach((span, k) => {
            if (!untouched(k)) return;
            assert.equal(r.after.slice(span.start, span.end), ws[k], `word ${k}`);
            assert.equal(span.text, ws[k]);
            const fresh = makeSpan(r.after, span.start, span.end);
            assert.deepEqual([span.prefix, span.suffix], [fresh.prefix, fresh.suffix], `context of word ${k}`);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('re-anchoring onto another version of the text', () => {
  it('moves spans to their words in the other text and keeps the ones it cannot find', () => {
    // Annotated on an unsaved buffer that gained a line at the top and a new quotation at the end.
    const buffer = 'Unsaved first line.\n' + ARTICLE + '“Brand new quote,” she said.\n';
    const index = new TextIndex(buffer);
    let s = annotated(buffer);
    const q = buffer.indexOf('“Brand');
    s = addAttribution(s, index, { content: [{ start: q, end: q + '“Brand new quote,”'.length }] }).sidecar;
    const saved = new TextIndex(ARTICLE);
    const r = reanchorOnto(s, saved);
    assert.equal(r.lost, 1);
    assert.equal(r.moved, 3);
    const [a1, a2] = r.sidecar.attributions;
    assert.equal(saved.slice(a1.content[0].start, a1.content[0].end), '“Rates will rise,”');
    assert.equal(a2.content[0].text, '“Brand new quote,”', 'not found: kept as recorded, to be reported');
    const ds = validate(saved, serializeSidecar({ ...r.sidecar, document: { ...r.sidecar.document, length: saved.length } }), { unattributedQuotes: false }).diagnostics;
    assert.equal(ds.length, 1);
    assert.ok(['orphan', 'span-out-of-range'].includes(ds[0].code), ds[0].code);
    assert.equal(ds[0].sidecar?.pointer, '/attributions/1/content/0');
  });
});
