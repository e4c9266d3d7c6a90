import { strict as assert } from 'node:assert';
import type { Attribution } from '../../src/core/model';
import { suggestAttributions } from '../../src/core/suggest';

/** Content, cue and source mention texts of every suggestion for a text. */
function suggest(text: string) {
  return suggestAttributions(text).attributions.map(summary);
}

function summary(a: Attribution) {
  return { content: a.content.map((s) => s.text), cue: a.cue?.map((s) => s.text), mention: a.source?.mention?.map((s) => s.text) };
}

describe('suggestAttributions: reporting patterns, one rule at a time', () => {
  it('ends reported content before a concessive clause ("…, although …")', () => {
    assert.deepEqual(suggest('The harbour master claimed that the pier was safe, although she declined to publish the inspection report.'), [
      { content: ['that the pier was safe'], cue: ['claimed'], mention: ['The harbour master'] },
      { content: ['to publish the inspection report'], cue: ['declined'], mention: ['she'] },
    ]);
  });

  it('keeps a quotation with its own speaker when it is followed by "she continued"', () => {
    assert.deepEqual(suggest('“We will rebuild the quay,” Councillor Ines Varga said.\n\n“The money is already there,” she continued. “Work starts in May.”'), [
      { content: ['“We will rebuild the quay,”'], cue: ['said'], mention: ['Councillor Ines Varga'] },
      { content: ['“The money is already there,”', '“Work starts in May.”'], cue: ['continued'], mention: ['she'] },
    ]);
  });

  it('reads a mis-decoded letter inside a name as part of the name', () => {
    const [a] = suggest('“The ferries must run on time,” Mayor Fran\u00c3\u0083\u00c2\u00a7oise Lebrun said on Monday.');
    assert.deepEqual(a, { content: ['“The ferries must run on time,”'], cue: ['said'], mention: ['Mayor Fran\u00c3\u0083\u00c2\u00a7oise Lebrun'] });
  });
});
