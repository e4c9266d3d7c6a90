import * as assert from 'node:assert/strict';
import { emptySidecar, serializeSidecar, parseSidecar } from '../../src/core/sidecar';
import { TextIndex } from '../../src/core/text';
import {
  EditError,
  addActor,
  addAttribution,
  addContentSegment,
  applyFix,
  attributionsAt,
  findActorByName,
  mergeActors,
  nameFromActorId,
  removeActor,
  removeAttribution,
  renameActor,
  updateAttribution,
} from '../../src/core/edit';
import { validate } from '../../src/core/validate';
import type { Sidecar } from '../../src/core/model';

const ARTICLE =
  'Harbour officials closed the east pier on Tuesday.\n' +
  '“The timbers are rotten,” said Marta Quell, the port engineer. “We cannot wait for spring.”\n' +
  'The mayor told reporters that repairs would begin soon.\n';
const index = new TextIndex(ARTICLE);
const at = (s: string, from = 0) => {
  const u = ARTICLE.indexOf(s, from);
  assert.ok(u >= 0, `fixture lacks ${s}`);
  return { start: u, end: u + s.length };
};
const base = (): Sidecar => emptySidecar({ sha256: '0'.repeat(64), length: index.length });

describe('sidecar edits', () => {
  it('adds an attribution with spans taken from the article and a new actor by name', () => {
    const before = base();
    const { sidecar, id, actorId } = addAttribution(before, index, {
      content: [at('“The timbers are rotten,”')],
      cue: [at('said')],
      mention: [at('Marta Quell')],
      actor: { name: 'Marta Quell', kind: 'person' },
    });
    assert.equal(id, 'a1');
    assert.equal(actorId, 'marta-quell');
    assert.deepEqual(before.attributions, [], 'input untouched');
    const a = sidecar.attributions[0];
    assert.equal(a.content[0].text, '“The timbers are rotten,”');
    assert.equal(a.cue![0].text, 'said');
    assert.equal(a.source!.mention![0].text, 'Marta Quell');
    assert.equal(a.status, 'confirmed');
    assert.deepEqual(sidecar.actors, [{ id: 'marta-quell', name: 'Marta Quell', kind: 'person' }]);
    // The result is a valid sidecar with no errors against its article.
    const result = validate(index, serializeSidecar(sidecar), { unattributedQuotes: false });
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('reuses an actor named by an alias and numbers attributions a1, a2, …', () => {
    let s = addActor(base(), { name: 'Marta Quell', aliases: ['Quell'] }).sidecar;
    const first = addAttribution(s, index, { content: [at('“The timbers are rotten,”')], actor: { name: 'quell' } });
    s = first.sidecar;
    const second = addAttribution(s, index, { content: [at('“We cannot wait for spring.”')], actor: 'marta-quell' });
    assert.equal(second.id, 'a2');
    assert.equal(second.sidecar.actors.length, 1);
    assert.equal(second.sidecar.attributions[1].source!.actor, 'marta-quell');
  });

  it('refuses bad ranges and unknown ids with readable messages', () => {
    assert.throws(() => addAttribution(base(), index, { content: [] }), /at least one content/);
    assert.throws(() => addAttribution(base(), index, { content: [{ start: 5, end: 5 }] }), /empty or reversed/);
    assert.throws(() => addAttribution(base(), index, { content: [{ start: 0, end: 9999 }] }), /outside the article/);
    assert.throws(() => addAttribution(base(), index, { content: [{ start: 0, end: 10 }, { start: 5, end: 12 }] }), /overlap/);
    assert.throws(() => addAttribution(base(), index, { content: [at('said')], actor: 'nobody' }), (e: unknown) => e instanceof EditError && /no actor with id "nobody"/.test(e.message));
    assert.throws(() => removeAttribution(base(), 'a9'), /no attribution with id "a9"/);
  });

  it('updates type, note, actor and cue, and removes a note with an empty string', () => {
    let s = addAttribution(base(), index, { content: [at('repairs would begin soon')], type: 'direct', note: 'check' }).sidecar;
    s = updateAttribution(s, index, 'a1', { type: 'indirect', actor: { name: 'The mayor', kind: 'person' }, cue: [at('told reporters')] });
    let a = s.attributions[0];
    assert.equal(a.type, 'indirect');
    assert.equal(a.source!.actor, 'the-mayor');
    assert.equal(a.cue![0].text, 'told reporters');
    assert.equal(a.note, 'check');
    s = updateAttribution(s, index, 'a1', { note: '', cue: [], actor: null });
    a = s.attributions[0];
    assert.equal(a.note, undefined);
    assert.equal(a.cue, undefined);
    assert.equal(a.source, undefined);
  });

  it('adds a second content segment in document order', () => {
    let s = addAttribution(base(), index, { content: [at('“We cannot wait for spring.”')] }).sidecar;
    s = addContentSegment(s, index, 'a1', at('“The timbers are rotten,”'));
    assert.deepEqual(s.attributions[0].content.map((c) => c.text), ['“The timbers are rotten,”', '“We cannot wait for spring.”']);
    assert.throws(() => addContentSegment(s, index, 'a1', at('timbers')), /overlap/);
  });

  it('renames an actor keeping its id, optionally keeping the old name as an alias', () => {
    const s = addAttribution(base(), index, { content: [at('“The timbers are rotten,”')], actor: { name: 'Marta Quel' } }).sidecar;
    const renamed = renameActor(s, 'marta-quel', 'Marta Quell', true);
    assert.deepEqual(renamed.actors, [{ id: 'marta-quel', name: 'Marta Quell', kind: 'person', aliases: ['Marta Quel'] }]);
    assert.equal(renamed.attributions[0].source!.actor, 'marta-quel');
    const other = addActor(renamed, { name: 'Port Authority', kind: 'organization' }).sidecar;
    assert.throws(() => renameActor(other, 'port-authority', 'marta quell'), /merge/);
  });

  it('merges actors: moves every reference and keeps the old names as aliases', () => {
    let s = addAttribution(base(), index, { content: [at('“The timbers are rotten,”')], actor: { name: 'Marta Quell' } }).sidecar;
    s = addAttribution(s, index, { content: [at('“We cannot wait for spring.”')], actor: { name: 'the port engineer', aliases: ['engineer'] } }).sidecar;
    const merged = mergeActors(s, ['the-port-engineer'], 'marta-quell');
    assert.deepEqual(merged.actors, [{ id: 'marta-quell', name: 'Marta Quell', kind: 'person', aliases: ['the port engineer', 'engineer'] }]);
    assert.deepEqual(merged.attributions.map((a) => a.source!.actor), ['marta-quell', 'marta-quell']);
    assert.throws(() => mergeActors(s, ['marta-quell'], 'marta-quell'), /at least one other/);
  });

  it('removes only actors nobody references', () => {
    let s = addAttribution(base(), index, { content: [at('“The timbers are rotten,”')], actor: { name: 'Marta Quell' } }).sidecar;
    s = addActor(s, { name: 'Nobody Else' }).sidecar;
    assert.throws(() => removeActor(s, 'marta-quell'), /source of a1/);
    assert.deepEqual(removeActor(s, 'nobody-else').actors.map((a) => a.id), ['marta-quell']);
  });

  it('applies the validator’s fixes: re-anchor, remove span, create actor', () => {
    const s = addAttribution(base(), index, { content: [at('“The timbers are rotten,”')], cue: [at('said')], actor: { name: 'Marta Quell' } }).sidecar;
    // The article gains a line at the top: the sidecar's offsets are now stale.
    const edited = new TextIndex('UPDATED\n' + ARTICLE);
    const text = serializeSidecar({ ...s, document: { ...s.document, length: edited.length } });
    const stale = validate(edited, text).diagnostics.filter((d) => d.code === 'stale-anchor');
    assert.equal(stale.length, 2);
    let fixed = JSON.parse(text) as Sidecar;
    for (const d of stale) fixed = applyFix(fixed, edited, d.fix!);
    assert.deepEqual(validate(edited, serializeSidecar(fixed)).diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(fixed.attributions[0].content[0].start, at('“The timbers').start + 8);

    const noCue = applyFix(s, index, { kind: 'remove-span', pointer: '/attributions/0/cue/0' });
    assert.equal(noCue.attributions[0].cue, undefined);
    assert.throws(() => applyFix(s, index, { kind: 'remove-span', pointer: '/attributions/0/content/0' }), /remove the attribution/);
    assert.throws(() => applyFix(s, index, { kind: 'remove-span', pointer: '/attributions/3/cue/0' }), /does not point at a span/);

    const unknown = { ...s, actors: [] };
    const created = applyFix(unknown, index, { kind: 'create-actor', actorId: 'marta-quell' });
    assert.deepEqual(created.actors, [{ id: 'marta-quell', name: 'Marta Quell', kind: 'person' }]);
    assert.ok(parseSidecar(serializeSidecar(created)).ok);
  });

  it('finds the attributions at an offset, innermost span first', () => {
    const s = addAttribution(base(), index, { content: [at('“The timbers are rotten,”')], cue: [at('said')], mention: [at('Marta Quell')] }).sidecar;
    assert.deepEqual(attributionsAt(s, at('timbers').start).map((h) => h.role), ['content']);
    assert.deepEqual(attributionsAt(s, at('said').start + 1).map((h) => h.role), ['cue']);
    assert.deepEqual(attributionsAt(s, at('Tuesday').start), []);
  });

  it('finds actors by name or alias regardless of case and curly apostrophes', () => {
    const s = addActor(base(), { name: 'Aoife O’Brien', aliases: ['O’Brien'] }).sidecar;
    assert.equal(findActorByName(s, "aoife o'brien")?.id, 'aoife-obrien');
    assert.equal(findActorByName(s, 'o’brien')?.id, 'aoife-obrien');
    assert.equal(findActorByName(s, 'Brien'), undefined);
    assert.equal(nameFromActorId('aoife-obrien'), 'Aoife Obrien');
  });
});
