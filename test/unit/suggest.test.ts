import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSpan } from '../../src/core/anchor';
import type { Attribution, Sidecar } from '../../src/core/model';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { mergeSuggestions, suggestAttributions, type Suggestions } from '../../src/core/suggest';
import { TextIndex } from '../../src/core/text';
import { validate } from '../../src/core/validate';
import { find, ROOT, sha256 } from './helpers';

function suggestFixture(name: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'suggest', name), 'utf8');
}

/** The suggestion whose content contains the given text. */
function suggestionAt(text: string, result: Suggestions, needle: string): Attribution {
  const r = find(text, needle);
  const a = result.attributions.find((x) => x.content.some((s) => s.start <= r.start && r.end <= s.end));
  assert.ok(a, `no suggestion covers ${JSON.stringify(needle)}; got:\n${result.attributions.map((x) => x.content.map((s) => s.text).join(' | ')).join('\n')}`);
  return a;
}

function actorName(result: Suggestions, a: Attribution): string | undefined {
  return result.actors.find((x) => x.id === a.source?.actor)?.name;
}

function summary(a: Attribution) {
  return { content: a.content.map((s) => s.text), cue: a.cue?.map((s) => s.text), mention: a.source?.mention?.map((s) => s.text) };
}

describe('suggestAttributions: quotations, cues and sources in news text', () => {
  const text = suggestFixture('dock-strike.txt');
  const result = suggestAttributions(text);

  it('marks every suggestion "suggested" with spans that sit on their text', () => {
    assert.ok(result.attributions.length >= 15);
    const index = new TextIndex(text);
    for (const a of result.attributions) {
      assert.equal(a.status, 'suggested');
      for (const s of [...a.content, ...(a.cue ?? []), ...(a.source?.mention ?? [])]) {
        assert.deepEqual(s, makeSpan(index, s.start, s.end), `span ${s.start}–${s.end} is not what makeSpan builds`);
      }
    }
    assert.deepEqual(
      result.attributions.map((a) => a.id),
      result.attributions.map((_, i) => `a${i + 1}`),
    );
  });

  it('joins a quotation interrupted by its attribution into one attribution with two segments', () => {
    const a = suggestionAt(text, result, 'We are not going anywhere');
    assert.deepEqual(summary(a), {
      content: ['“We are not going anywhere,”', '“Every ship in that harbour is waiting on us, and they know it.”'],
      cue: ['said'],
      mention: ['Mara Okonkwo, the president of the Calder Dockers’ Union'],
    });
    assert.equal(a.type, 'direct');
    assert.equal(actorName(result, a), 'Mara Okonkwo');
  });

  it('finds indirect speech with "told reporters that" and resolves the surname to the actor', () => {
    const a = suggestionAt(text, result, 'the union had offered to return');
    assert.deepEqual(summary(a), {
      content: ['that the union had offered to return for a week of talks but the authority “never picked up the phone.”'],
      cue: ['told'],
      mention: ['Okonkwo'],
    });
    assert.equal(a.type, 'mixed');
    assert.equal(actorName(result, a), 'Mara Okonkwo');
  });

  it('resolves a pronoun source to the last compatible speaker', () => {
    const added = suggestionAt(text, result, 'members had voted 412 to 37');
    assert.deepEqual(summary(added), { content: ['that members had voted 412 to 37 to continue the strike'], cue: ['added'], mention: ['She'] });
    assert.equal(actorName(result, added), 'Mara Okonkwo');
    const he = suggestionAt(text, result, 'We can’t sign a cheque');
    assert.deepEqual(summary(he).mention, ['he']);
    assert.equal(actorName(result, he), 'Dmitri Halloran');
    // "Okonkwo was unmoved. “…,” she said": the name just before wins over the last speaker.
    const she = suggestionAt(text, result, 'We’ve heard ‘final offer’');
    assert.equal(actorName(result, she), 'Mara Okonkwo');
    assert.equal(she.content.length, 2);
  });

  it('handles a colon introduction, “according to” and a statement', () => {
    const colon = suggestionAt(text, result, 'Nine container ships');
    assert.deepEqual(summary(colon), {
      content: ['“Nine container ships are anchored offshore. Two of them have been waiting since last Monday.”'],
      cue: ['said'],
      mention: ['Harbourmaster Piet de Groot, who oversees traffic in the outer basin'],
    });
    assert.equal(actorName(result, colon), 'Piet de Groot');
    const according = suggestionAt(text, result, 'local businesses are losing');
    assert.deepEqual(summary(according), { content: ['local businesses are losing about $2 million a day'], cue: ['According to'], mention: ['the chamber of commerce'] });
    const statement = suggestionAt(text, result, 'a fair and final offer');
    assert.deepEqual(summary(statement), { content: ['that it had made “a fair and final offer”'], cue: ['said'], mention: ['The port authority'] });
    assert.equal(result.actors.find((x) => x.id === statement.source?.actor)?.kind, 'organization');
  });

  it('keeps a dateline out of the content and takes the content before "…, union leaders said"', () => {
    const a = suggestionAt(text, result, 'will stay off the job');
    assert.deepEqual(summary(a), {
      content: ['Dockworkers at the Port of Calder will stay off the job until the port authority restores the night-shift bonus'],
      cue: ['said'],
      mention: ['union leaders'],
    });
    assert.equal(a.type, 'indirect');
  });

  it('does not take "who asked not to be named" for a report, and continues the agent’s quotation', () => {
    const a = suggestionAt(text, result, 'grocers and the truckers');
    assert.deepEqual(summary(a).content, ['“It’s the grocers and the truckers who feel it first,”', '“By Friday the shelves will be thin.”']);
    assert.equal(actorName(result, a), 'one shipping agent');
    assert.equal(result.actors.find((x) => x.name === 'one shipping agent')?.kind, 'anonymous');
    assert.ok(!result.attributions.some((x) => x.cue?.[0].text === 'asked'));
  });

  it('links a title, a surname and pronouns to one actor with aliases', () => {
    const vasquez = result.actors.filter((a) => /Vasquez/.test(a.name));
    assert.equal(vasquez.length, 1);
    assert.equal(vasquez[0].name, 'Elena Vasquez');
    assert.equal(vasquez[0].kind, 'person');
    assert.deepEqual(vasquez[0].aliases, ['Mayor Elena Vasquez', 'Vasquez']);
    const called = suggestionAt(text, result, 'stop posturing');
    assert.deepEqual(summary(called), { content: ['both sides to “stop posturing and start talking,”'], cue: ['called on'], mention: ['Mayor Elena Vasquez'] });
    // "… and said she would host": the coordinated verb shares the subject.
    const host = suggestionAt(text, result, 'she would host a meeting');
    assert.deepEqual(summary(host).mention, ['Mayor Elena Vasquez']);
    const quote = suggestionAt(text, result, 'Nobody wants a third week');
    assert.equal(quote.source?.actor, vasquez[0].id);
  });

  it('links "the officials" to the group introduced before, and a possessor to its actor', () => {
    const three = suggestionAt(text, result, 'prepared to restore half');
    assert.deepEqual(summary(three).mention, ['Three officials briefed on the negotiations']);
    const theOfficials = suggestionAt(text, result, 'the board would vote on Wednesday');
    assert.deepEqual(summary(theOfficials).mention, ['The officials']);
    assert.equal(theOfficials.source?.actor, three.source?.actor);
    const spokesperson = suggestionAt(text, result, 'the threat was real');
    assert.equal(actorName(result, spokesperson), 'Halloran’s spokesperson');
  });

  it('takes an apposition with a time adverbial before the cue', () => {
    const a = suggestionAt(text, result, 'a responsibility to the taxpayers');
    assert.deepEqual(summary(a).mention, ['Dmitri Halloran, the authority’s chief executive']);
    assert.equal(result.actors.find((x) => x.id === a.source?.actor)?.description, 'the authority’s chief executive');
  });

  it('continues a quotation across paragraphs when the next paragraph reopens it', () => {
    const a = suggestionAt(text, result, 'This union has been patient');
    assert.deepEqual(summary(a), {
      content: ['“This union has been patient for eleven days.', '“We can be patient a little longer. But the board should not mistake patience for weakness.”'],
      cue: ['wrote'],
      mention: ['Okonkwo'],
    });
    assert.equal(a.type, 'direct');
  });

  it('produces a sidecar that validates without errors', () => {
    const sidecar: Sidecar = { version: 1, document: { sha256: sha256(text), length: new TextIndex(text).length }, actors: result.actors, attributions: result.attributions };
    const v = validate(text, serializeSidecar(sidecar), { articleSha256: sha256(text) });
    assert.deepEqual(
      v.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.ok(!v.diagnostics.some((d) => d.code === 'unknown-actor' || d.code === 'unused-actor'));
  });
});

describe('suggestAttributions: quotation-mark styles, datelines, credits and transcripts', () => {
  const text = suggestFixture('transit-styles.txt');
  const result = suggestAttributions(text);

  it('reads straight quotes with apostrophes and nested single quotes inside', () => {
    const a = suggestionAt(text, result, 'We cannot run a safe service');
    assert.deepEqual(summary(a), {
      content: ['"We cannot run a safe service on that track until the sea wall is rebuilt,"', `"I won't gamble with passengers' lives."`],
      cue: ['said'],
      mention: ['chief executive Tobias Lindqvist'],
    });
    const nested = suggestionAt(text, result, "It's 'temporary'");
    assert.deepEqual(summary(nested).content, [`"It's 'temporary' the way the old pier was 'temporary,'"`]);
    assert.equal(actorName(result, nested), 'Priya Raman');
  });

  it('reads guillemets, low-high quotes and two-apostrophe quotes', () => {
    assert.deepEqual(summary(suggestionAt(text, result, 'une honte')), {
      content: ['« C\'est une honte »'],
      cue: ['said'],
      mention: ['Amélie Rousseau, who takes the 7:12 to the city every morning'],
    });
    assert.deepEqual(summary(suggestionAt(text, result, 'nicht gefragt')).content, ['„Wir wurden nicht gefragt“']);
    const archive = suggestionAt(text, result, 'The buses will be free');
    assert.deepEqual(summary(archive), { content: ["''The buses will be free,''", "''We owe people that much.''"], cue: ['said'], mention: ['Ms. Adeyemi'] });
    assert.equal(actorName(result, archive), 'Grace Adeyemi');
  });

  it('reads an opening mark typed for the closing one after sentence punctuation', () => {
    const t = 'Okafor made the following comment: “Ferries were late on 40 days.  Buses were late on 12.“\n\n“We expect calm seas,“ the harbour master said.\n';
    const r = suggestAttributions(t);
    assert.deepEqual(summary(suggestionAt(t, r, 'Ferries were late')), { content: ['“Ferries were late on 40 days.  Buses were late on 12.“'], cue: [':'], mention: ['Okafor'] });
    assert.deepEqual(summary(suggestionAt(t, r, 'We expect calm')), { content: ['“We expect calm seas,“'], cue: ['said'], mention: ['the harbour master'] });
  });

  it('reads a paragraph that opens with a reversed mark before an ellipsis as a quotation resumed', () => {
    const t = 'Holt spoke for an hour.\n\n” … what I learned from the captains is that the pier matters,” he said.\n\nThe vote was 5-4 ” … and that was that.\n';
    const r = suggestAttributions(t);
    assert.deepEqual(r.attributions.map(summary), [
      { content: ['” … what I learned from the captains is that the pier matters,”'], cue: ['said'], mention: ['he'] },
    ]);
  });

  it('skips the addressee of "told" and the dateline', () => {
    assert.deepEqual(summary(suggestionAt(text, result, 'look at every option')).content, ['the government would "look at every option," including buses']);
    const first = suggestionAt(text, result, 'will suspend the coast line');
    assert.equal(first.content[0].text, 'The regional rail operator will suspend the coast line from December to March');
    assert.deepEqual(summary(first).cue, ['announced']);
  });

  it('takes a dash credit and transcript labels as cues', () => {
    assert.deepEqual(summary(suggestionAt(text, result, "Don't hold your breath")), { content: ['"Don\'t hold your breath."'], cue: ['―'], mention: ['Henrik Solberg'] });
    const label = suggestionAt(text, result, 'That is our plan');
    assert.deepEqual(summary(label), { content: ['That is our plan, if the weather cooperates'], cue: [':'], mention: ['LINDQVIST'] });
    assert.equal(actorName(result, label), 'Tobias Lindqvist');
  });

  it('finds a headline attribution with a colon and a quotation in single marks', () => {
    const a = suggestionAt(text, result, 'No trains on the coast line');
    assert.deepEqual(summary(a), { content: ['‘No trains on the coast line this winter’'], cue: [':'], mention: ['Rail chief'] });
  });

  it('finds the same attributions with CRLF line endings, at offsets into that text', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const r = suggestAttributions(crlf);
    const index = new TextIndex(crlf);
    assert.deepEqual(
      r.attributions.map((a) => a.content.map((s) => s.text)),
      result.attributions.map((a) => a.content.map((s) => s.text)),
    );
    for (const a of r.attributions) for (const s of a.content) assert.equal(index.slice(s.start, s.end), s.text);
  });

  it('counts offsets in code points when astral characters come first', () => {
    const withEmoji = `🚢🚢 ${text}`;
    const shifted = suggestAttributions(withEmoji);
    const index = new TextIndex(withEmoji);
    const before = suggestionAt(text, result, 'une honte');
    const after = suggestionAt(withEmoji, shifted, 'une honte');
    assert.equal(after.content[0].start, before.content[0].start + 3);
    assert.equal(index.slice(after.content[0].start, after.content[0].end), before.content[0].text);
  });
});

describe('suggestAttributions with an existing sidecar, and mergeSuggestions', () => {
  const text = suggestFixture('dock-strike.txt');
  const index = new TextIndex(text);
  const span = (needle: string) => {
    const r = find(text, needle);
    return makeSpan(index, r.start, r.end);
  };
  const existing: Sidecar = {
    version: 1,
    document: { sha256: sha256(text), length: index.length },
    actors: [{ id: 'okonkwo', name: 'Mara Okonkwo', kind: 'person', description: 'union president' }],
    attributions: [
      // A confirmed attribution covering only the first half of the interrupted quotation.
      { id: 'a7', type: 'direct', status: 'confirmed', content: [span('“We are not going anywhere,”')], cue: [makeSpan(index, find(text, 'said Mara').start, find(text, 'said Mara').start + 4)], source: { actor: 'okonkwo' } },
    ],
  };

  it('never overlaps a confirmed attribution and reuses the sidecar’s actors', () => {
    const result = suggestAttributions(text, existing);
    for (const a of result.attributions) {
      for (const s of a.content) assert.ok(s.end <= existing.attributions[0].content[0].start || s.start >= existing.attributions[0].content[0].end, `${s.text} overlaps the confirmed attribution`);
    }
    const told = suggestionAt(text, result, 'the union had offered to return');
    assert.equal(told.source?.actor, 'okonkwo');
    assert.ok(!result.actors.some((a) => a.id === 'okonkwo' || a.name === 'Mara Okonkwo'), 'existing actors are not repeated');
    assert.ok(result.attributions.every((a) => Number(a.id.slice(1)) > 7), 'ids continue after the sidecar’s');
  });

  it('merges into the sidecar without touching what is there, and adds nothing the second time', () => {
    const first = mergeSuggestions(existing, suggestAttributions(text, existing));
    assert.deepEqual(first.sidecar.attributions[0], existing.attributions[0]);
    assert.ok(first.added.length > 10);
    assert.equal(first.sidecar.attributions.length, 1 + first.added.length);
    const reparsed = parseSidecar(serializeSidecar(first.sidecar));
    assert.ok(reparsed.ok);
    const again = mergeSuggestions(first.sidecar, suggestAttributions(text, first.sidecar));
    assert.equal(again.added.length, 0);
    assert.equal(again.skipped, first.added.length);
    const ids = new Set(first.sidecar.actors.map((a) => a.id));
    for (const a of first.sidecar.attributions) if (a.source?.actor) assert.ok(ids.has(a.source.actor), `unknown actor ${a.source.actor}`);
  });

  it('replaces earlier suggestions on request but keeps confirmed attributions', () => {
    const first = mergeSuggestions(existing, suggestAttributions(text, existing));
    const replaced = mergeSuggestions(first.sidecar, suggestAttributions(text, { ...first.sidecar, attributions: first.sidecar.attributions.filter((a) => a.status === 'confirmed') }), { replaceSuggested: true });
    assert.equal(replaced.added.length, first.added.length);
    assert.deepEqual(replaced.sidecar.attributions.filter((a) => a.status === 'confirmed'), existing.attributions);
  });

  it('renames a suggested actor whose id is taken by a different actor', () => {
    const sidecar: Sidecar = { ...existing, actors: [{ id: 'elena-vasquez', name: 'Someone Else', kind: 'person' }], attributions: [] };
    const merged = mergeSuggestions(sidecar, suggestAttributions(text));
    const vasquez = merged.sidecar.actors.find((a) => a.name === 'Elena Vasquez');
    assert.ok(vasquez);
    assert.equal(vasquez.id, 'elena-vasquez-2');
    assert.equal(merged.sidecar.actors.find((a) => a.id === 'elena-vasquez')?.name, 'Someone Else');
  });
});

describe('suggestAttributions: coreference and floating quotations', () => {
  const text = [
    'Fisheries ministers clash over quota plan',
    '',
    'Norway’s fisheries ministry said on Monday that the new quotas were final. Its lawyer, Lena Marsh, told reporters the ministry would defend them in court.',
    '',
    'Commissioner Anders Holm, who chairs the regional council, disagreed. He said the plan would “empty the northern harbours within five years.”',
    '',
    'Marsh rejected that. “The figures are clear,” she said. “The stocks need a rest.”',
    '',
    'Her spokesperson said the ministry would publish its data on Friday.',
    '',
    'The council met again on Wednesday without reaching a decision.',
    '',
    '“Nobody in this room wants empty harbours.”',
    '',
  ].join('\n');
  const result = suggestAttributions(text);

  it('resolves he and she to the compatible actor, not merely the last one', () => {
    const he = suggestionAt(text, result, 'empty the northern harbours');
    assert.deepEqual(summary(he).mention, ['He']);
    assert.equal(actorName(result, he), 'Anders Holm');
    const she = suggestionAt(text, result, 'The figures are clear');
    assert.deepEqual(summary(she), { content: ['“The figures are clear,”', '“The stocks need a rest.”'], cue: ['said'], mention: ['she'] });
    assert.equal(actorName(result, she), 'Lena Marsh');
  });

  it('resolves a pronoun to a recent subject or speaker before a name mentioned in passing', () => {
    const story = 'Mayor Ines Varga said she would return to the city at once. The storm had damaged the quay, which Governor Rita Gomez visited last year. She said the repairs would take months.';
    const r = suggestAttributions(story);
    const she = suggestionAt(story, r, 'the repairs would take months');
    assert.deepEqual(summary(she).mention, ['She']);
    assert.equal(actorName(r, she), 'Ines Varga');
    // A name that opens its sentence is that sentence's subject: the pronoun after it refers to it.
    const other = 'Mayor Ines Varga said she would return at once. The finance chair, Rita Gomez, was blunt. “We will pay,” she said.';
    const r2 = suggestAttributions(other);
    assert.equal(actorName(r2, suggestionAt(other, r2, 'We will pay')), 'Rita Gomez');
    // After a quotation ("“…,” she said"), the person introduced last speaks.
    const quoted = 'Mayor Ines Varga said the pier would reopen in May. The delay worries Rita Gomez, who runs the ferry company.\n\n“We lose money every day,” she said.';
    const r4 = suggestAttributions(quoted);
    assert.equal(actorName(r4, suggestionAt(quoted, r4, 'We lose money every day')), 'Rita Gomez');
    // Without a subject nearby, the last compatible name.
    const third = 'Officials met Governor Tom Reyes on Monday. He said the bridge would be rebuilt.';
    const r3 = suggestAttributions(third);
    assert.equal(actorName(r3, suggestionAt(third, r3, 'the bridge would be rebuilt')), 'Tom Reyes');
  });

  it('names an organisation with a possessive, and a possessive pronoun’s owner', () => {
    const ministry = suggestionAt(text, result, 'the new quotas were final');
    assert.deepEqual(summary(ministry).mention, ['Norway’s fisheries ministry']);
    assert.deepEqual(result.actors.find((a) => a.id === ministry.source?.actor), { id: ministry.source?.actor, name: 'Norway’s fisheries ministry', kind: 'organization' });
    const lawyer = suggestionAt(text, result, 'the ministry would defend them');
    assert.deepEqual(summary(lawyer).mention, ['Its lawyer, Lena Marsh']);
    assert.equal(actorName(result, lawyer), 'Lena Marsh');
    const spokesperson = suggestionAt(text, result, 'publish its data on Friday');
    assert.deepEqual(summary(spokesperson).mention, ['Her spokesperson']);
    assert.equal(actorName(result, spokesperson), 'Lena Marsh’s spokesperson');
  });

  it('attributes a quotation standing alone after narration to the last speaker, without a mention', () => {
    const floating = suggestionAt(text, result, 'Nobody in this room');
    assert.equal(floating.cue, undefined);
    assert.equal(floating.source?.mention, undefined);
    assert.equal(floating.type, 'direct');
    assert.equal(actorName(result, floating), 'Lena Marsh’s spokesperson');
    assert.match(floating.note ?? '', /previous speaker/);
  });
});

describe('suggestAttributions: labels in quotation marks', () => {
  it('takes the verb before "X as “…”" for a cue', () => {
    const text = 'Councillor Maya Lind, a longtime critic, has been hammering the plan as a “vanity project.” The mayor did not respond.\n';
    const result = suggestAttributions(text);
    assert.deepEqual(
      result.attributions.map((a) => summary(a)),
      [{ content: ['the plan as a “vanity project.”'], cue: ['has been hammering'], mention: ['Councillor Maya Lind, a longtime critic'] }],
    );
    assert.equal(result.actors[0].name, 'Maya Lind');
  });
});

describe('suggestAttributions: nested reports', () => {
  const text = 'The mayor said the council had claimed that the budget was balanced. She said she thought it was not.\n';
  const index = new TextIndex(text);
  const at = (from: string, to: string) => makeSpan(index, find(text, from).start, find(text, to).end);
  const rows = (s: { attributions: Attribution[] }) => s.attributions.map((a) => [a.content.map((x) => x.text).join(' | '), a.cue?.[0].text, a.source?.mention?.[0].text]);
  const empty = (): Sidecar => ({ version: 1, document: { sha256: sha256(text), length: index.length }, actors: [], attributions: [] });

  it('suggests the outer report only by default', () => {
    assert.deepEqual(rows(suggestAttributions(text)), [
      ['the council had claimed that the budget was balanced', 'said', 'The mayor'],
      ['she thought it was not', 'said', 'She'],
    ]);
  });

  it('with nested: true, also the report inside it, but not a thought inside a report', () => {
    const result = suggestAttributions(text, undefined, { nested: true });
    assert.deepEqual(rows(result), [
      ['the council had claimed that the budget was balanced', 'said', 'The mayor'],
      ['that the budget was balanced', 'had claimed', 'the council'],
      ['she thought it was not', 'said', 'She'],
    ]);
    // Nested content is neither an error nor a content overlap for the validator.
    const merged = mergeSuggestions(empty(), result);
    assert.equal(merged.added.length, 3);
    assert.equal(merged.skipped, 0);
    const diagnostics = validate(text, serializeSidecar(merged.sidecar)).diagnostics;
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error' || d.code === 'content-overlap').map((d) => d.message), []);
  });

  it('merges a suggestion nested in another, and skips partial overlaps and repeated content', () => {
    const outer = suggestAttributions(text).attributions[0];
    const base: Attribution = { id: 'x', type: 'indirect', status: 'suggested', content: [] };
    const inner: Attribution = { ...base, id: 'a7', content: [at('that the budget', 'balanced')], cue: [at('had claimed', 'had claimed')], source: { mention: [at('the council', 'the council')] } };
    // Inside the outer content, but its cue is outside: a competing reading, not a nested report.
    const cueOutside: Attribution = { ...base, id: 'a8', content: [at('the budget was', 'balanced')], cue: [at('said the', 'said')] };
    // Starts inside the outer content and runs past it.
    const partial: Attribution = { ...base, id: 'a9', content: [at('was balanced', 'She said')] };
    const same: Attribution = { ...base, id: 'a10', content: outer.content };
    const merged = mergeSuggestions(empty(), { actors: [], attributions: [outer, inner, cueOutside, partial, same] });
    assert.deepEqual(merged.added.map((a) => a.id), [outer.id, 'a7']);
    assert.equal(merged.skipped, 3);
  });

  it('offers a report nested in a confirmed attribution, never one overlapping it partially', () => {
    const confirmed: Attribution = {
      id: 'a1', type: 'indirect', status: 'confirmed',
      content: [at('the council had', 'balanced')], cue: [at('said the', 'said')], source: { mention: [at('The mayor', 'The mayor')] },
    };
    const existing = { ...empty(), attributions: [confirmed] };
    assert.deepEqual(rows(suggestAttributions(text, existing, { nested: true })), [
      ['that the budget was balanced', 'had claimed', 'the council'],
      ['she thought it was not', 'said', 'She'],
    ]);
    // A confirmed attribution that ends inside the outer report: the outer one gives way, and so do
    // the reports inside it.
    const cut: Attribution = { ...confirmed, content: [at('the council had', 'the budget')] };
    assert.deepEqual(rows(suggestAttributions(text, { ...empty(), attributions: [cut] }, { nested: true })), [['she thought it was not', 'said', 'She']]);
  });
});

describe('suggestAttributions: wire and analysis styles', () => {
  const budget = suggestFixture('budget-talks.txt');
  const b = suggestAttributions(budget);
  const flood = suggestFixture('river-flood.txt');
  const f = suggestAttributions(flood);

  it('reads "according to" at either end of the sentence', () => {
    assert.deepEqual(summary(suggestionAt(budget, b, 'walked away from the table')), {
      content: ['Negotiators walked away from the table late Tuesday'],
      cue: ['according to'],
      mention: ['two people familiar with the talks'],
    });
    assert.deepEqual(summary(suggestionAt(budget, b, 'the shortfall has grown')), {
      content: ['the shortfall has grown to $310 million'],
      cue: ['According to'],
      mention: ['a report released Tuesday by the city’s budget office'],
    });
  });

  it('takes a question quoted before its cue, and a colon after a lead-in phrase', () => {
    assert.deepEqual(summary(suggestionAt(budget, b, 'Why now?')), {
      content: ['“Why now?”', '“We sent them our numbers in June.”'],
      cue: ['asked'],
      mention: ['Carmen Delgado, the head of the teachers’ union'],
    });
    assert.deepEqual(summary(suggestionAt(budget, b, 'The door is open')), { content: ['“The door is open. It has always been open.”'], cue: ['wrote'], mention: ['Ortega'] });
    const asked = suggestionAt(flood, f, 'We will ask for everything');
    assert.deepEqual(summary(asked), { content: ['“We will ask for everything we are entitled to.”'], cue: ['said'], mention: ['Castell'] });
    assert.equal(actorName(f, asked), 'Miriam Castell');
  });

  it('skips a programme title after "told" and finds the person named after a role and a comma', () => {
    assert.deepEqual(summary(suggestionAt(budget, b, 'would not strike')).content, ['that the union would not strike before the new year']);
    assert.equal(actorName(b, suggestionAt(budget, b, 'Somebody has to blink')), 'Rita Gomez');
    assert.equal(actorName(b, suggestionAt(budget, b, 'Our members want to teach')), 'Carmen Delgado');
  });

  it('does not take a participle after a noun for a cue', () => {
    assert.ok(!f.attributions.some((a) => a.cue?.[0].text === 'promised'));
    assert.deepEqual(summary(suggestionAt(flood, f, 'levee upgrades')), {
      content: ['the levee upgrades promised after the 1997 flood were never finished'],
      cue: ['say'],
      mention: ['Critics'],
    });
  });

  it('links a title and a surname across paragraphs', () => {
    const whitaker = f.actors.find((a) => a.name === 'Ron Whitaker');
    assert.ok(whitaker);
    assert.equal(f.attributions.filter((a) => a.source?.actor === whitaker.id).length, 3);
    assert.equal(f.actors.find((a) => a.name === 'Keith Arden')?.description, 'A spokesman for the state transportation department');
  });
});
