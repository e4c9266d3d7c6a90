import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentType, readBrat } from '../../src/core/formats/brat';
import { TextIndex } from '../../src/core/text';
import { find, ROOT } from './helpers';

const dir = join(ROOT, 'test', 'fixtures', 'suggest');
const text = readFileSync(join(dir, 'dock-strike.txt'), 'utf8');
const ann = readFileSync(join(dir, 'dock-strike_a1.ann'), 'utf8');

/** A T line for the n-th occurrence of a needle, in code points. */
function tLine(id: string, label: string, source: string, needles: string[]): string {
  const parts = needles.map((n) => find(source, n));
  return `${id}\t${label} ${parts.map((p) => `${p.start} ${p.end}`).join(';')}\t${needles.join(' ')}`;
}

describe('readBrat: brat standoff attributions', () => {
  it('reads Source, Cue and Content spans joined by Attribution events', () => {
    const { attributions, warnings } = readBrat(ann, text, 'dock-strike_a1.ann');
    assert.deepEqual(warnings, []);
    assert.equal(attributions.length, 13);
    const told = attributions[3];
    assert.deepEqual(
      { content: told.content.map((s) => s.text), cue: told.cue?.map((s) => s.text), source: told.source?.mention?.map((s) => s.text), status: told.status, type: told.type },
      {
        content: ['that the union had offered to return for a week of talks but the authority “never picked up the phone.”'],
        cue: ['told'],
        source: ['Okonkwo'],
        status: 'confirmed',
        type: 'mixed',
      },
    );
    assert.equal(told.note, 'dock-strike_a1.ann E4');
  });

  it('keeps discontinuous spans as separate segments in document order', () => {
    const { attributions } = readBrat(ann, text);
    const a = attributions[2];
    assert.deepEqual(
      a.content.map((s) => s.text),
      ['“We are not going anywhere,”', '“Every ship in that harbour is waiting on us, and they know it.”'],
    );
    assert.equal(a.type, 'direct');
    assert.ok(a.content[0].end < a.content[1].start);
  });

  it('reads Attribution-no-source relations without a source and ignores Discuss and Discard', () => {
    const { attributions } = readBrat(ann, text);
    assert.equal(attributions[0].source, undefined);
    assert.deepEqual(attributions[0].cue?.map((s) => s.text), ['vow']);
    assert.ok(ann.includes('\tDiscuss '));
    assert.ok(!attributions.some((a) => a.content.some((s) => s.text === 'Okonkwo was unmoved.')));
  });

  it('orders fragments given out of order and merges overlapping ones', () => {
    const t = [tLine('T1', 'Cue', text, ['said on Tuesday']), `T2\tContent ${find(text, 'until the port authority').start} ${find(text, 'night-shift bonus').end};${find(text, 'Dockworkers at').start} ${find(text, 'until the port').start + 5}\tx`].join('\n');
    const { attributions, warnings } = readBrat(`${t}\nE1\tAttribution-no-source:T1 Content:T2 Cue:T1\n`, text, 'x.ann');
    assert.equal(attributions.length, 1);
    assert.equal(attributions[0].content.length, 1);
    assert.equal(attributions[0].content[0].text, 'Dockworkers at the Port of Calder will stay off the job until the port authority restores the night-shift bonus');
    // The declared text "x" does not match: reported, with the file and line.
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].file, 'x.ann');
    assert.equal(warnings[0].line, 2);
  });

  it('reports spans whose text does not match the article, naming file and line, and keeps them', () => {
    const r = find(text, 'union leaders');
    const lines = [
      `T1\tSource ${r.start} ${r.end}\tunion leaders`,
      `T2\tCue ${r.end + 1} ${r.end + 5}\tsaid`,
      `T3\tContent ${r.start - 10} ${r.start - 1}\tsomething else`,
      `T4\tAttribution ${r.end + 1} ${r.end + 5}\tsaid`,
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    ];
    const { attributions, warnings } = readBrat(lines.join('\n'), text, 'gold/a.ann');
    assert.equal(attributions.length, 1);
    assert.equal(attributions[0].content[0].start, r.start - 10);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].file, 'gold/a.ann');
    assert.equal(warnings[0].line, 3);
    assert.match(warnings[0].message, /T3 \(Content\).*“something else”.*article has/);
  });

  it('reports spans outside the article, unreadable offsets and dangling references', () => {
    const lines = [
      'T1\tCue 5 9\tport',
      `T2\tContent 10 ${text.length + 50}\ttoo long`,
      'T3\tSource twelve 14\tbad',
      'E1\tAttribution:T1 Content:T2 Cue:T1',
      'E2\tAttribution:T1 Content:T9 Cue:T1 Source:T3',
    ];
    const { attributions, warnings } = readBrat(lines.join('\r\n'), text, 'b.ann');
    assert.equal(attributions.length, 0);
    assert.deepEqual(
      warnings.map((w) => w.line),
      [1, 2, 3, 4, 4, 5, 5, 5],
    );
    assert.match(warnings[1].message, /outside the article/);
    assert.match(warnings[2].message, /cannot read the offsets/);
    assert.match(warnings.find((w) => w.line === 5 && /T9/.test(w.message))!.message, /T9, which is not a usable span/);
  });

  it('reports a span whose text matches but starts or ends inside a word', () => {
    const r = find(text, 'the night-shift bonus');
    const lines = [`T1\tContent ${r.start + 1} ${r.end}\t${text.slice(r.start + 1, r.end)}`, `T2\tCue ${r.start} ${r.start + 6}\tthe ni`, 'E1\tAttribution-no-source:T2 Content:T1 Cue:T2'];
    const { attributions, warnings } = readBrat(lines.join('\n'), text, 'd.ann');
    assert.equal(attributions.length, 1);
    assert.deepEqual(
      warnings.map((w) => [w.line, w.message.replace(/ at \d+–\d+/, '')]),
      [
        [1, 'T1 (Content) starts inside a word: “he night-shift bonus”; the offsets are kept.'],
        [2, 'T2 (Cue) ends inside a word: “the ni”; the offsets are kept.'],
      ],
    );
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const t = '🚢 “Full steam,” said the captain.';
    const index = new TextIndex(t);
    const lines = ['T1\tContent 2 15\t“Full steam,”', 'T2\tCue 16 20\tsaid', 'T3\tSource 21 32\tthe captain', 'T4\tAttribution 16 20\tsaid', 'E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3'];
    const { attributions, warnings } = readBrat(lines.join('\n'), index, 'c.ann');
    assert.deepEqual(warnings, []);
    assert.equal(attributions[0].content[0].text, '“Full steam,”');
    assert.equal(attributions[0].source?.mention?.[0].text, 'the captain');
  });
});

describe('contentType', () => {
  it('tells direct, mixed and indirect content apart', () => {
    assert.equal(contentType(['“Yes,”', '“and no.”']), 'direct');
    assert.equal(contentType(['“A paragraph that runs on', '“and ends here.”']), 'direct');
    assert.equal(contentType(['the plan was “dead on arrival”']), 'mixed');
    assert.equal(contentType(['Putin’s plan was rejected']), 'indirect');
    assert.equal(contentType(["''Archive style,''"]), 'direct');
  });
});
