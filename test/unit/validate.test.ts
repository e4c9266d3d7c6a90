import { strict as assert } from 'node:assert';
import { makeSpan } from '../../src/core/anchor';
import type { Diagnostic } from '../../src/core/diagnostics';
import { applyReanchoring } from '../../src/core/fix';
import type { Sidecar } from '../../src/core/model';
import { serializeSidecar } from '../../src/core/sidecar';
import { TextIndex } from '../../src/core/text';
import { validate } from '../../src/core/validate';
import { buildSidecar, find, fixture, HARBOUR_ACTORS, HARBOUR_SPECS, sha256 } from './helpers';

const text = fixture('harbour-vote.txt');

function full(): Sidecar {
  return buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS);
}

function run(sc: Sidecar | string, article = text, opts = {}): Diagnostic[] {
  return validate(article, typeof sc === 'string' ? sc : JSON.stringify(sc, null, 2), { articleSha256: sha256(article), ...opts }).diagnostics;
}

function codes(ds: Diagnostic[]): string[] {
  return ds.map((d) => d.code).sort();
}

describe('validate', () => {
  it('finds nothing wrong with a complete, correct sidecar', () => {
    assert.deepEqual(run(full()), []);
  });

  it('reports each quotation that no attribution covers, at the quotation', () => {
    const sc = full();
    sc.attributions = sc.attributions.filter((a) => a.id !== 'a6' && a.id !== 'a3');
    sc.actors = sc.actors.filter((a) => a.id !== 'marta-kowalski');
    const ds = run(sc);
    const quotes = ds.filter((d) => d.code === 'unattributed-quote');
    const covered = quotes.map((d) => new TextIndex(text).slice(d.article!.start, d.article!.end));
    assert.deepEqual(covered, ['“I’m not against ferries,”', '“I’m against writing blank cheques.”', '“It’s about time,”']);
    assert.equal(quotes[0].severity, 'warning');
    assert.deepEqual(quotes[0].fix, { kind: 'attribute-quote', range: find(text, '“I’m not against ferries,”') });
  });

  it('does not report nested or partial quotes inside attributed content', () => {
    const ds = run(full());
    assert.equal(ds.filter((d) => d.code === 'unattributed-quote').length, 0);
  });

  it('can switch the unattributed-quote check off', () => {
    const sc = full();
    sc.attributions = [];
    sc.actors = [];
    assert.deepEqual(codes(run(sc, text, { unattributedQuotes: false })), []);
  });

  it('reports duplicate ids, unknown actors and unused actors', () => {
    const sc = full();
    sc.attributions[1].id = 'a1';
    sc.attributions[5].source!.actor = 'marta';
    const ds = run(sc);
    assert.deepEqual(codes(ds), ['duplicate-id', 'unknown-actor', 'unused-actor']);
    const unknown = ds.find((d) => d.code === 'unknown-actor')!;
    assert.equal(unknown.sidecar!.pointer, '/attributions/5/source/actor');
    assert.deepEqual(unknown.fix, { kind: 'create-actor', actorId: 'marta' });
    assert.equal(ds.find((d) => d.code === 'unused-actor')!.severity, 'hint');
  });

  it('reports reversed, empty and out-of-range spans with their JSON pointers', () => {
    const sc = full();
    sc.attributions[0].cue![0] = { start: 30, end: 20, text: 'x' };
    sc.attributions[1].cue![0] = { start: 40, end: 40, text: '' };
    sc.attributions[2].cue![0] = { start: 99990, end: 99999, text: 'nowhere to be found' };
    const ds = run(sc);
    assert.deepEqual(codes(ds), ['span-empty', 'span-out-of-range', 'span-reversed']);
    assert.equal(ds.find((d) => d.code === 'span-reversed')!.sidecar!.pointer, '/attributions/0/cue/0');
    assert.equal(ds.find((d) => d.code === 'span-out-of-range')!.sidecar!.pointer, '/attributions/2/cue/0');
  });

  it('reports a stale anchor and proposes where the text is now', () => {
    const edited = 'CORRECTION appended at the top.\n' + text;
    const ds = run(full(), edited);
    const stale = ds.filter((d) => d.code === 'stale-anchor');
    assert.ok(stale.length >= 10);
    const first = stale[0];
    assert.equal(first.fix?.kind, 'reanchor');
    if (first.fix?.kind === 'reanchor') {
      const r = first.fix.range;
      assert.equal(new TextIndex(edited).slice(r.start, r.end), first.fix.text);
    }
    assert.ok(ds.some((d) => d.code === 'document-changed'));
  });

  it('reports an orphan when the quoted words were deleted, and never drops it', () => {
    const edited = text.replace('“It’s about time,” said Marta Kowalski, who runs a café on the quay.', 'Some welcomed it.');
    const ds = run(full(), edited);
    const orphans = ds.filter((d) => d.code === 'orphan');
    assert.equal(orphans.length, 3); // content, cue and mention of a6
    assert.ok(orphans.every((d) => d.attributionId === 'a6'));
    const fixed = applyReanchoring(full(), new TextIndex(edited), ds, { sha256: sha256(edited), length: new TextIndex(edited).length });
    assert.equal(fixed.sidecar.attributions.length, 6);
    assert.equal(fixed.remaining.filter((d) => d.code === 'orphan').length, 3);
    assert.equal(fixed.sidecar.document.sha256, full().document.sha256, 'fingerprint kept while orphans remain');
  });

  it('re-anchors every span after an edit and then validates clean', () => {
    const edited = 'UPDATE: the vote was delayed by an hour.\n\n' + text.replace('two-year', 'three-year');
    const index = new TextIndex(edited);
    const ds = run(full(), edited);
    const fixed = applyReanchoring(full(), index, ds, { sha256: sha256(edited), length: index.length });
    assert.equal(fixed.changed, true);
    assert.deepEqual(run(JSON.parse(serializeSidecar(fixed.sidecar)), edited), []);
  });

  it('reports overlapping content, a cue inside its content and content out of order', () => {
    const sc = full();
    const index = new TextIndex(text);
    // From inside a quotation to past its end: a partial overlap.
    const inside = find(text, 'far more than anyone');
    const crossing = { start: inside.start, end: sc.attributions.find((a) => a.content.some((c) => c.start <= inside.start && c.end >= inside.end))!.content.find((c) => c.start <= inside.start && c.end >= inside.end)!.end + 3 };
    sc.attributions.push({ id: 'a7', type: 'indirect', status: 'confirmed', content: [makeSpan(index, crossing.start, crossing.end)], source: { actor: 'tomas-obrien' } });
    const q = sc.attributions[0];
    q.cue = [makeSpan(index, q.content[0].start + 1, q.content[0].start + 5)];
    q.content.reverse();
    const ds = run(sc);
    assert.deepEqual([...new Set(codes(ds))], ['content-overlap', 'cue-inside-content', 'span-order']);
  });

  it('accepts a report nested inside another’s content, but not the same words attributed twice', () => {
    const sc = full();
    const index = new TextIndex(text);
    const inside = find(text, 'far more than anyone');
    sc.attributions.push({ id: 'a7', type: 'indirect', status: 'confirmed', content: [makeSpan(index, inside.start, inside.end)], source: { actor: 'tomas-obrien' } });
    assert.deepEqual(codes(run(sc)), []);
    const outer = sc.attributions.find((a) => a.id !== 'a7' && a.content.some((c) => c.start <= inside.start && c.end >= inside.end))!;
    const same = outer.content.find((c) => c.start <= inside.start && c.end >= inside.end)!;
    sc.attributions[sc.attributions.length - 1].content = [makeSpan(index, same.start, same.end)];
    assert.deepEqual(codes(run(sc)), ['content-overlap']);
  });

  it('reports a direct attribution whose content has no quotation marks', () => {
    const sc = full();
    const index = new TextIndex(text);
    const r = find(text, 'the terminal will cost 48 million euros');
    sc.attributions.push({ id: 'a7', type: 'direct', status: 'confirmed', content: [makeSpan(index, r.start, r.end)] });
    const ds = run(sc);
    assert.deepEqual(codes(ds), ['direct-unquoted']);
    assert.deepEqual(ds[0].article, r);
  });

  it('accepts direct content that stops inside the marks', () => {
    const sc = full();
    const index = new TextIndex(text);
    const r = find(text, 'This is the day the harbour comes back to life');
    sc.attributions[0].content[0] = makeSpan(index, r.start, r.end);
    assert.deepEqual(run(sc), []);
  });

  it('notices that the article changed even when every span still matches', () => {
    const edited = text + 'Correction: an earlier version misspelled a name.\n';
    const ds = run(full(), edited);
    assert.deepEqual(codes(ds), ['document-changed']);
    assert.equal(ds[0].severity, 'info');
  });

  it('applies severity overrides and turns codes off', () => {
    const sc = full();
    sc.attributions = sc.attributions.filter((a) => a.id !== 'a6');
    const ds = run(sc, text, { severity: { 'unattributed-quote': 'error', 'unused-actor': 'off' } });
    assert.deepEqual(codes(ds), ['unattributed-quote']);
    assert.equal(ds[0].severity, 'error');
  });

  it('checks offsets in code points on text with emoji', () => {
    const sc = full();
    // a4's content ends with an emoji; one UTF-16 unit more would break the match
    const a4 = sc.attributions[3];
    assert.ok(a4.content[0].text.endsWith('🚢”'));
    assert.equal(run(sc).length, 0);
    a4.content[0] = { ...a4.content[0], end: a4.content[0].end + 1 };
    assert.deepEqual(codes(run(sc)), ['stale-anchor']);
  });

  it('stops at structural errors and reports them alone', () => {
    const ds = run('{"version": 1, "document": {"sha256": "xyz", "length": -1}, "actors": [], "attributions": []}');
    assert.deepEqual(codes(ds), ['schema', 'schema']);
    assert.ok(ds.some((d) => d.sidecar?.pointer === '/document/sha256' && /64 lower-case hex/.test(d.message)));
  });
});
