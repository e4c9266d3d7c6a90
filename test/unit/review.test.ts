import * as assert from 'node:assert/strict';
import { addAttribution, EditError } from '../../src/core/edit';
import type { Sidecar } from '../../src/core/model';
import { findQuotations } from '../../src/core/quotes';
import { acceptSuggestions, attributedQuotations, rejectSuggestions } from '../../src/core/review';
import { emptySidecar } from '../../src/core/sidecar';
import { mergeSuggestions, suggestAttributions } from '../../src/core/suggest';
import { TextIndex } from '../../src/core/text';

const ARTICLE =
  'The county library will open on Sundays from March.\n' +
  '“Families asked for it and we listened,” said Ines Borrow, the head librarian.\n' +
  '“The reading room is full every Saturday,” said Colm Ashby, a volunteer.\n' +
  'The council said the extra hours would cost less than expected.\n';
const index = new TextIndex(ARTICLE);
const at = (s: string) => {
  const u = ARTICLE.indexOf(s);
  assert.ok(u >= 0, `fixture lacks ${s}`);
  return { start: u, end: u + s.length };
};

/** A sidecar with one confirmed attribution (Ines Borrow) and the engine's suggestions merged in. */
function reviewed(): { sidecar: Sidecar; created: Set<string> } {
  const start = addAttribution(emptySidecar({ sha256: '0'.repeat(64), length: index.length }), index, {
    content: [at('“Families asked for it and we listened,”')],
    cue: [at('said')],
    mention: [at('Ines Borrow')],
    actor: { name: 'Ines Borrow', kind: 'person' },
  }).sidecar;
  const merged = mergeSuggestions(start, suggestAttributions(index, start));
  const before = new Set(start.actors.map((a) => a.id));
  return { sidecar: merged.sidecar, created: new Set(merged.sidecar.actors.filter((a) => !before.has(a.id)).map((a) => a.id)) };
}

describe('reviewing suggestions', () => {
  it('the fixture yields suggestions beside the confirmed attribution', () => {
    const { sidecar, created } = reviewed();
    const suggested = sidecar.attributions.filter((a) => a.status === 'suggested');
    assert.ok(suggested.length >= 2, `only ${suggested.length} suggestions`);
    assert.ok(suggested.some((a) => a.content[0].text.includes('reading room')));
    assert.ok(created.size >= 1);
  });

  it('accepts one suggestion, or all of them, leaving the confirmed one as it was', () => {
    const { sidecar } = reviewed();
    const first = sidecar.attributions.find((a) => a.status === 'suggested')!;
    const one = acceptSuggestions(sidecar, [first.id]);
    assert.deepEqual(one.ids, [first.id]);
    assert.equal(one.sidecar.attributions.find((a) => a.id === first.id)!.status, 'confirmed');
    assert.equal(one.sidecar.attributions.filter((a) => a.status === 'suggested').length, sidecar.attributions.filter((a) => a.status === 'suggested').length - 1);
    assert.equal(sidecar.attributions.find((a) => a.id === first.id)!.status, 'suggested', 'the input is not changed');

    const all = acceptSuggestions(sidecar);
    assert.ok(all.sidecar.attributions.every((a) => a.status === 'confirmed'));
    assert.deepEqual(all.sidecar.attributions.find((a) => a.id === 'a1'), sidecar.attributions.find((a) => a.id === 'a1'));
    assert.equal(acceptSuggestions(all.sidecar).ids.length, 0);
  });

  it('refuses ids that are not suggestions', () => {
    const { sidecar } = reviewed();
    assert.throws(() => acceptSuggestions(sidecar, ['a1']), (e: unknown) => e instanceof EditError && /a1 is not a suggestion/.test(e.message));
    assert.throws(() => rejectSuggestions(sidecar, ['a99']), /no attribution with id "a99"/);
  });

  it('rejecting removes the suggestions and the actors only they introduced', () => {
    const { sidecar, created } = reviewed();
    const out = rejectSuggestions(sidecar, undefined, created);
    assert.deepEqual(out.sidecar.attributions.map((a) => a.id), ['a1']);
    assert.deepEqual(out.sidecar.actors.map((a) => a.id), ['ines-borrow']);
    assert.deepEqual(new Set(out.removedActors), new Set([...created].filter((id) => sidecar.attributions.some((a) => a.source?.actor === id))));
  });

  it('keeps an actor that another attribution still names, or that suggestions did not introduce', () => {
    const { sidecar, created } = reviewed();
    const volunteer = sidecar.attributions.find((a) => a.content[0].text.includes('reading room'))!;
    const actor = volunteer.source!.actor!;
    assert.ok(created.has(actor));
    // Another attribution names the same actor: rejecting the suggestion keeps the actor.
    const twice: Sidecar = { ...sidecar, attributions: [...sidecar.attributions, { ...volunteer, id: 'a50', status: 'confirmed', content: [{ ...volunteer.content[0] }] }] };
    assert.ok(rejectSuggestions(twice, [volunteer.id], created).sidecar.actors.some((a) => a.id === actor));
    // Not introduced by suggestions (say, written by hand): kept even though nothing names it now.
    assert.ok(rejectSuggestions(sidecar, [volunteer.id], new Set()).sidecar.actors.some((a) => a.id === actor));
    assert.ok(!rejectSuggestions(sidecar, [volunteer.id], created).sidecar.actors.some((a) => a.id === actor));
  });

  it('counts the quotations some attribution already covers', () => {
    const { sidecar } = reviewed();
    const quotes = findQuotations(ARTICLE, index);
    assert.equal(quotes.length, 2);
    assert.equal(attributedQuotations(quotes, { attributions: [] }), 0);
    assert.equal(attributedQuotations(quotes, { attributions: sidecar.attributions.filter((a) => a.id === 'a1') }), 1);
    assert.equal(attributedQuotations(quotes, sidecar), 2);
  });
});
