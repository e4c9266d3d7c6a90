import * as assert from 'node:assert/strict';
import { TextIndex } from '../../src/core/text';
import { findQuotations } from '../../src/core/quotes';
import { actorOccurrences, continuationOf, cueCandidates, detectCue, detectType, namesNear, nextRange, quotationAt, quoteCoverage, topLevelQuotations } from '../../src/core/assist';
import type { Attribution } from '../../src/core/model';

const TEXT =
  'Councillor Priya Natarajan defended the budget on Monday.\n' +
  '“We kept every library open,” she said. “Nobody else managed that.”\n' +
  'The opposition leader, Tomas Eklund, said the plan was “a fantasy with a ‘balanced’ label”.\n' +
  'According to the treasurer, reserves are low.\n' +
  'Eklund told reporters: “Voters will remember.”\n';
const index = new TextIndex(TEXT);
const quotes = findQuotations(TEXT, index);
const r = (s: string, from = 0) => {
  const u = TEXT.indexOf(s, from);
  assert.ok(u >= 0, s);
  return { start: u, end: u + s.length };
};
const slice = (x?: { start: number; end: number }) => (x ? index.slice(x.start, x.end) : undefined);

describe('annotation assistance', () => {
  it('lists top-level quotations only (the nested ‘balanced’ belongs to its outer quote)', () => {
    assert.deepEqual(topLevelQuotations(quotes).map((q) => slice(q)), [
      '“We kept every library open,”',
      '“Nobody else managed that.”',
      '“a fantasy with a ‘balanced’ label”',
      '“Voters will remember.”',
    ]);
  });

  it('finds the quotation at the cursor', () => {
    assert.equal(slice(quotationAt(quotes, r('library').start)), '“We kept every library open,”');
    assert.equal(slice(quotationAt(quotes, r('balanced').start)), '“a fantasy with a ‘balanced’ label”');
    assert.equal(quotationAt(quotes, r('defended').start), undefined);
  });

  it('counts attributed quotations', () => {
    const covered = r('“We kept every library open,”');
    const a = { id: 'a1', type: 'direct', status: 'confirmed', content: [{ ...covered, text: '' }] } as Attribution;
    const c = quoteCoverage(quotes, [a]);
    assert.equal(c.total, 4);
    assert.deepEqual(c.unattributed.map((q) => slice(q)), ['“Nobody else managed that.”', '“a fantasy with a ‘balanced’ label”', '“Voters will remember.”']);
  });

  it('moves to the next and previous range, wrapping around', () => {
    const rs = [{ start: 10, end: 20 }, { start: 30, end: 40 }];
    assert.deepEqual(nextRange(rs, 0, 1), rs[0]);
    assert.deepEqual(nextRange(rs, 10, 1), rs[1]);
    assert.deepEqual(nextRange(rs, 35, 1), rs[0]);
    assert.deepEqual(nextRange(rs, 35, -1), rs[0]);
    assert.deepEqual(nextRange(rs, 5, -1), rs[1]);
    assert.equal(nextRange([], 5, 1), undefined);
  });

  it('detects the type of a selection', () => {
    assert.equal(detectType(index, [r('“We kept every library open,”')], quotes), 'direct');
    assert.equal(detectType(index, [r('We kept every library open')], quotes), 'direct');
    assert.equal(detectType(index, [r('the plan was “a fantasy with a ‘balanced’ label”')], quotes), 'mixed');
    assert.equal(detectType(index, [r('reserves are low')], quotes), 'indirect');
  });

  it('detects the cue and the speaker mention after a quotation', () => {
    const g = detectCue(index, [r('“We kept every library open,”')]);
    assert.equal(slice(g.cue), 'said');
    assert.equal(slice(g.mention), 'she');
  });

  it('detects the cue before a quotation', () => {
    const g = detectCue(index, [r('“Voters will remember.”')]);
    assert.equal(slice(g.cue), 'told reporters');
    assert.equal(slice(g.mention), 'Eklund');
  });

  it('detects “according to” and the cue between two content segments', () => {
    assert.equal(slice(detectCue(index, [r('reserves are low')]).cue), 'According to');
    const two = detectCue(index, [r('“We kept every library open,”'), r('“Nobody else managed that.”')]);
    assert.equal(slice(two.cue), 'said');
  });

  it('lists every cue candidate in the sentence', () => {
    assert.deepEqual(cueCandidates(index, [r('the plan was “a fantasy with a ‘balanced’ label”')]).map(slice), ['said']);
    assert.deepEqual(cueCandidates(index, [r('defended the budget')]), []);
  });

  it('finds no cue where there is none', () => {
    assert.deepEqual(detectCue(index, [r('defended the budget')]), {});
  });

  it('lists capitalised names near a quotation, nearest first, without ordinary sentence starts', () => {
    const names = namesNear(index, r('“a fantasy with a ‘balanced’ label”'), quotes).map((n) => n.name);
    assert.ok(names.includes('Tomas Eklund'), names.join('|'));
    assert.ok(names.includes('Priya Natarajan') || names.includes('Councillor Priya Natarajan'), names.join('|'));
    assert.ok(names.indexOf('Tomas Eklund') < names.findIndex((n) => n.includes('Natarajan')));
    for (const bad of ['The', 'Monday', 'According', 'Nobody']) assert.ok(!names.includes(bad), `${bad} in ${names.join('|')}`);
  });

  it('suggests names without their titles, and skips datelines in capitals', () => {
    const t = new TextIndex('KINGSBRIDGE — Mayor Daniel Osei and Prime Minister Ana Ruiz met NATO envoys. “We agreed,” he said.');
    const names = namesNear(t, { start: t.text.indexOf('“'), end: t.length }, findQuotations(t.text, t)).map((n) => n.name);
    assert.deepEqual([...names].sort(), ['Ana Ruiz', 'Daniel Osei', 'NATO']);
  });

  it('skips a sentence’s first word when the text also has it in lower case, and weekdays in the plural', () => {
    const t = new TextIndex('Museum to open on Sundays\n\nThe town museum will open on Sundays. Trustees agreed. “It is overdue,” said Lena Voss.');
    const names = namesNear(t, { start: t.text.indexOf('“'), end: t.length }, findQuotations(t.text, t)).map((n) => n.name);
    assert.deepEqual([...names].sort(), ['Lena Voss', 'Trustees']);
  });

  it('finds the continuation of a quotation interrupted by its cue, not a quotation in another paragraph', () => {
    assert.equal(slice(continuationOf(index, quotes, [r('“We kept every library open,”')])), '“Nobody else managed that.”');
    assert.equal(continuationOf(index, quotes, [r('“Nobody else managed that.”')]), undefined);
  });

  it('marks actors’ names, aliases and mentions, whole words only, without overlaps', () => {
    const sidecar = {
      actors: [{ id: 'tomas-eklund', name: 'Tomas Eklund', kind: 'person' as const, aliases: ['Eklund'] }],
      attributions: [{ id: 'a1', type: 'direct' as const, status: 'confirmed' as const, content: [{ ...r('“We kept every library open,”'), text: '“We kept every library open,”' }], source: { mention: [{ ...r('she'), text: 'she' }] } }],
    };
    const found = actorOccurrences(index, sidecar).map((x) => TEXT.slice(x.start, x.end));
    assert.deepEqual(found, ['she', 'Tomas Eklund', 'Eklund']);
  });
});
