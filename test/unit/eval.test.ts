import { strict as assert } from 'node:assert';
import { evaluate, formatReport, matchAttributions, sharedChars } from '../../src/core/eval';
import type { Attribution, Span } from '../../src/core/model';

/** Hand-made attributions over an imaginary text: only offsets and, for the direct subset, texts matter. */
function span(start: number, end: number, text?: string): Span {
  return { start, end, text: text ?? 'x'.repeat(end - start) };
}

function attr(content: [number, number, string?][], extra: { cue?: [number, number]; source?: [number, number] } = {}): Attribution {
  const a: Attribution = { id: 'a', type: 'indirect', status: 'confirmed', content: content.map(([s, e, t]) => span(s, e, t)) };
  if (extra.cue) a.cue = [span(...extra.cue)];
  if (extra.source) a.source = { mention: [span(...extra.source)] };
  return a;
}

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('evaluation metrics', () => {
  it('counts shared characters over several segments', () => {
    assert.equal(sharedChars([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 5, end: 25 }]), 10);
    assert.equal(sharedChars([{ start: 0, end: 10 }], [{ start: 10, end: 20 }]), 0);
  });

  it('matches one-to-one, greedily by shared content characters', () => {
    const gold = [attr([[0, 100]]), attr([[100, 140]])];
    // p0 overlaps g0 by 60 and g1 by 30; p1 overlaps g0 by 90. Greedy: (g0,p1) first, then (g1,p0).
    const pred = [attr([[40, 130]]), attr([[10, 100]])];
    const pairs = matchAttributions(gold, pred);
    assert.deepEqual(
      pairs.map((p) => [p.gold, p.pred, p.shared]),
      [
        [0, 1, 90],
        [1, 0, 30],
      ],
    );
  });

  it('needs 30% of the gold content for a pair to count', () => {
    const gold = [attr([[0, 100]])];
    assert.equal(matchAttributions(gold, [attr([[70, 200]])]).length, 1); // exactly 30 of 100
    assert.equal(matchAttributions(gold, [attr([[71, 200]])]).length, 0); // 29 of 100
  });

  it('computes precision, recall, F1 and strict F1 with a Jaccard of 0.8', () => {
    const gold = [attr([[0, 100]]), attr([[200, 300]]), attr([[400, 450]])];
    const pred = [
      attr([[0, 90]]), // Jaccard 0.9: strict and lenient
      attr([[200, 260]]), // Jaccard 0.6: lenient only
      attr([[600, 650]]), // nothing
      attr([[900, 901]]), // nothing
    ];
    const r = evaluate([{ gold, pred }]).all;
    assert.equal(r.gold, 3);
    assert.equal(r.pred, 4);
    assert.equal(r.matched, 2);
    close(r.precision, 2 / 4);
    close(r.recall, 2 / 3);
    close(r.f1, (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    assert.equal(r.strict.matched, 1);
    close(r.strict.precision, 1 / 4);
    close(r.strict.recall, 1 / 3);
  });

  it('measures speaker and cue accuracy over matched pairs whose gold has them', () => {
    const gold = [
      attr([[0, 50]], { cue: [60, 64], source: [52, 59] }),
      attr([[100, 150]], { cue: [160, 164], source: [152, 159] }),
      attr([[200, 250]], { cue: [260, 264] }), // no source: not counted for the speaker
      attr([[300, 350]], { cue: [360, 364], source: [352, 359] }), // not matched: not counted
    ];
    const pred = [
      attr([[0, 50]], { cue: [63, 70], source: [58, 59] }), // both touch by one character
      attr([[100, 150]], { cue: [164, 170], source: [140, 152] }), // both end exactly where gold begins: no
      attr([[200, 250]], { cue: [260, 264], source: [252, 259] }),
    ];
    const r = evaluate([{ gold, pred }]).all;
    assert.deepEqual(r.speaker, { correct: 1, total: 2, accuracy: 0.5 });
    assert.deepEqual(r.cue, { correct: 2, total: 3, accuracy: 2 / 3 });
  });

  it('scores direct quotations on their own: gold and predictions whose content has a quotation mark', () => {
    const gold = [
      attr([[0, 20, '“We will not move,”']]),
      attr([[30, 60, 'that the plan was “dead”']]),
      attr([[100, 140, 'the port authority’s offer was final']]), // an apostrophe is not a quotation mark
    ];
    const pred = [
      attr([[0, 20, '“We will not move,”']]),
      attr([[30, 60, 'that the plan was dead']]), // found, but without the marks: not a direct prediction
      attr([[100, 140, 'the port authority’s offer was final']]),
      attr([[200, 230, "''an archive quotation''"]]), // two apostrophes count as a mark
    ];
    const r = evaluate([{ gold, pred }]);
    assert.equal(r.direct.gold, 2);
    assert.equal(r.direct.pred, 2);
    assert.equal(r.direct.matched, 1);
    assert.equal(r.all.matched, 3);
  });

  it('sums counts over documents and prints a table', () => {
    const doc = { gold: [attr([[0, 10]])], pred: [attr([[0, 10]])] };
    const empty = { gold: [attr([[0, 10]])], pred: [] };
    const r = evaluate([doc, empty]);
    assert.equal(r.documents, 2);
    close(r.all.precision, 1);
    close(r.all.recall, 0.5);
    assert.equal(r.all.speaker.accuracy, undefined);
    const table = formatReport(r, 'test');
    assert.match(table, /^test: 2 documents/);
    assert.match(table, /all\s+2\s+1\s+100\.0\s+50\.0\s+66\.7/);
  });
});
