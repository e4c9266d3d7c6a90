import * as assert from 'node:assert/strict';
import { TextIndex } from '../../src/core/text';
import { guessSpeaker } from '../../src/core/suggest/speaker';
import type { Actor } from '../../src/core/model';

const TEXT =
  'Harbour master Ines Okafor closed the north quay on Friday after a crane collapsed.\n' +
  '“Nobody was hurt, and that is a small miracle,” Okafor told reporters.\n' +
  'Dock workers said they had warned about the crane for months.\n' +
  '“We wrote three letters,” said one crane operator, who asked not to be named.\n' +
  'Okafor promised an inquiry. “We will publish every finding,” she said.\n';
const index = new TextIndex(TEXT);
const r = (s: string) => {
  const u = TEXT.indexOf(s);
  assert.ok(u >= 0, s);
  return { start: u, end: u + s.length };
};
const words = (rs: { start: number; end: number }[]) => rs.map((x) => index.slice(x.start, x.end));

describe('the speaker Attribute Quote offers first', () => {
  it('names a new actor with the full name the article introduced, and the cue and mention', () => {
    const g = guessSpeaker(index, { actors: [] }, [r('“Nobody was hurt, and that is a small miracle,”')]);
    assert.ok(g);
    assert.equal(g.actorId, undefined);
    assert.equal(g.actor?.name, 'Ines Okafor');
    assert.equal(g.actor?.kind, 'person');
    assert.deepEqual(words(g.mention), ['Okafor']);
    assert.deepEqual(words(g.cue), ['told']);
  });

  it('resolves a pronoun to an actor already in the sidecar', () => {
    const okafor: Actor = { id: 'harbour-master', name: 'Ines Okafor', kind: 'person', aliases: ['Okafor'] };
    const g = guessSpeaker(index, { actors: [okafor] }, [r('“We will publish every finding,”')]);
    assert.equal(g?.actorId, 'harbour-master');
    assert.deepEqual(words(g!.mention), ['she']);
    assert.deepEqual(words(g!.cue), ['said']);
  });

  it('offers an anonymous source as its description', () => {
    const g = guessSpeaker(index, { actors: [] }, [r('“We wrote three letters,”')]);
    assert.match(g?.actor?.name ?? '', /^one crane operator/);
    assert.deepEqual(words(g!.cue), ['said']);
  });

  it('reads a window around the quotation in a long article, with offsets in the whole text', () => {
    const filler = 'The council met again to discuss the ferry timetable and the budget.\n'.repeat(800);
    const long = filler + TEXT + filler;
    const li = new TextIndex(long);
    const at = long.indexOf('“We will publish every finding,”');
    const g = guessSpeaker(li, { actors: [] }, [{ start: at, end: at + '“We will publish every finding,”'.length }]);
    assert.equal(g?.actor?.name, 'Ines Okafor');
    assert.deepEqual(g!.mention.map((m) => li.slice(m.start, m.end)), ['she']);
    assert.deepEqual(g!.cue.map((m) => li.slice(m.start, m.end)), ['said']);
  });

  it('offers nothing when no suggestion covers the selection', () => {
    assert.equal(guessSpeaker(index, { actors: [] }, [r('closed the north quay')]), undefined);
  });
});
