import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { followEdits, makeSpan, reanchor, shiftRange, type TextEdit } from '../../src/core/anchor';
import { TextIndex } from '../../src/core/text';
import { find, fixture } from './helpers';

describe('makeSpan', () => {
  it('records the text and up to 32 code points of context on each side', () => {
    const text = fixture('harbour-vote.txt');
    const index = new TextIndex(text);
    const r = find(text, '“It’s about time,”');
    const s = makeSpan(index, r.start, r.end);
    assert.equal(s.text, '“It’s about time,”');
    assert.equal(Array.from(s.prefix!).length, 32);
    assert.ok(s.prefix!.endsWith('Residents were divided. '));
    assert.ok(s.suffix!.startsWith(' said Marta Kowalski'));
  });

  it('counts an emoji as one code point', () => {
    const index = new TextIndex('Aboard 🚢 now');
    const s = makeSpan(index, 7, 8);
    assert.equal(s.text, '🚢');
    assert.equal(s.suffix, ' now');
  });
});

describe('reanchor', () => {
  const text = fixture('harbour-vote.txt');
  const index = new TextIndex(text);

  it('keeps a span that still matches', () => {
    const r = find(text, '“I’m not against ferries,”');
    const m = reanchor(index, makeSpan(index, r.start, r.end));
    assert.deepEqual(m, { start: r.start, end: r.end, kind: 'exact', errors: 0 });
  });

  it('finds a span after text was inserted before it', () => {
    const r = find(text, '“I’m not against ferries,”');
    const span = makeSpan(index, r.start, r.end);
    const edited = new TextIndex('BREAKING: a new first paragraph.\n' + text);
    const m = reanchor(edited, span);
    assert.equal(m?.kind, 'exact');
    assert.equal(m!.start, r.start + 33);
    assert.equal(edited.slice(m!.start, m!.end), span.text);
  });

  it('picks the occurrence whose context agrees, not just the nearest', () => {
    const t = 'He said “yes” to the first plan.\nLater she said “yes” to the second plan.';
    const idx = new TextIndex(t);
    const second = find(t, '“yes”', 1);
    const span = makeSpan(idx, second.start, second.end);
    // Stale offsets that point near the first occurrence.
    const moved = { ...span, start: 8, end: 13, text: span.text };
    const m = reanchor(new TextIndex('X' + t), moved);
    assert.equal(m!.start, second.start + 1);
  });

  it('finds a span whose text was lightly edited (approximate match)', () => {
    const r = find(text, 'the terminal will cost 48 million euros');
    const span = makeSpan(index, r.start, r.end);
    const edited = new TextIndex(text.replace('48 million euros', '49 million euros'));
    const m = reanchor(edited, { ...span, start: span.start + 5, end: span.end + 5 });
    assert.equal(m?.kind, 'fuzzy');
    assert.equal(m!.errors, 1);
    assert.equal(edited.slice(m!.start, m!.end), 'the terminal will cost 49 million euros');
  });

  it('reports an orphan when the text is gone', () => {
    const r = find(text, '“It’s about time,”');
    const span = makeSpan(index, r.start, r.end);
    const edited = new TextIndex(text.replace('Residents were divided. “It’s about time,” said Marta Kowalski', 'Residents disagreed.'));
    assert.equal(reanchor(edited, span), undefined);
  });

  it('finds spans again after arbitrary insertions elsewhere (property)', () => {
    const r = find(text, 'I’m against writing blank cheques.');
    const span = makeSpan(index, r.start, r.end);
    const insertion = fc.string({ maxLength: 30 }).filter((s) => !s.includes('blank'));
    fc.assert(
      fc.property(insertion, fc.nat(), (ins, at) => {
        const cps = Array.from(text);
        const pos = at % (cps.length + 1);
        if (pos > r.start && pos < r.end) return; // inside the span: not this property
        const edited = new TextIndex(cps.slice(0, pos).join('') + ins + cps.slice(pos).join(''));
        const m = reanchor(edited, span);
        assert.ok(m, 'span found');
        assert.equal(edited.slice(m.start, m.end), span.text);
        assert.equal(m.start, pos <= r.start ? r.start + Array.from(ins).length : r.start);
      }),
      { numRuns: 200 },
    );
  });
});

describe('shiftRange (anchors follow edits)', () => {
  const span = { start: 10, end: 20 };
  const cases: [string, TextEdit, { start: number; end: number } | undefined][] = [
    ['insertion before shifts it', { start: 2, end: 2, insertedLength: 5 }, { start: 15, end: 25 }],
    ['insertion at its start stays outside', { start: 10, end: 10, insertedLength: 3 }, { start: 13, end: 23 }],
    ['insertion at its end stays outside', { start: 20, end: 20, insertedLength: 3 }, { start: 10, end: 20 }],
    ['insertion inside resizes it', { start: 15, end: 15, insertedLength: 4 }, { start: 10, end: 24 }],
    ['deletion before shifts it back', { start: 0, end: 4, insertedLength: 0 }, { start: 6, end: 16 }],
    ['deletion inside shrinks it', { start: 12, end: 15, insertedLength: 0 }, { start: 10, end: 17 }],
    ['replacement inside resizes it', { start: 12, end: 15, insertedLength: 1 }, { start: 10, end: 18 }],
    ['edit after leaves it', { start: 25, end: 30, insertedLength: 2 }, { start: 10, end: 20 }],
    ['deleting all of it orphans it', { start: 10, end: 20, insertedLength: 0 }, undefined],
    ['replacing more than all of it orphans it', { start: 5, end: 25, insertedLength: 8 }, undefined],
    ['deletion over its start trims it', { start: 5, end: 12, insertedLength: 0 }, { start: 5, end: 13 }],
    ['deletion over its end trims it', { start: 18, end: 25, insertedLength: 0 }, { start: 10, end: 18 }],
  ];
  for (const [name, edit, expected] of cases) {
    it(name, () => assert.deepEqual(shiftRange(span, edit), expected));
  }

  it('keeps covering the same words through random edits outside the span (property)', () => {
    const base = 'The minister said “we will not retreat” on Monday.';
    const r = find(base, '“we will not retreat”');
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 6 }), ins: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        let text = base;
        let span = makeSpan(new TextIndex(text), r.start, r.end);
        for (const e of edits) {
          const cps = Array.from(text);
          let start = e.at % (cps.length + 1);
          let end = Math.min(cps.length, start + e.del);
          // keep edits outside the span
          if (end > span.start && start < span.end) {
            start = span.end;
            end = span.end;
          }
          text = cps.slice(0, start).join('') + e.ins + cps.slice(end).join('');
          const next = followEdits(span, [{ start, end, insertedLength: Array.from(e.ins).length }], new TextIndex(text));
          assert.ok(next);
          span = next;
        }
        assert.equal(span.text, '“we will not retreat”');
      }),
      { numRuns: 300 },
    );
  });
});
