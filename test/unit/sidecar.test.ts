import { strict as assert } from 'node:assert';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { buildSidecar, fixture, HARBOUR_ACTORS, HARBOUR_SPECS } from './helpers';

describe('sidecar parsing', () => {
  it('locates a JSON syntax error by line and column', () => {
    const text = '{\n  "version": 1,\n  "document": { "sha256": "ab" "length": 3 }\n}\n';
    const r = parseSidecar(text);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.diagnostics.length, 1);
    const d = r.diagnostics[0];
    assert.equal(d.code, 'json-syntax');
    assert.match(d.message, /comma expected/);
    assert.equal(d.sidecar!.line, 2);
    assert.equal(d.sidecar!.character, 31);
    assert.ok(text.split('\n')[2].slice(31).startsWith('"length"'));
  });

  it('names the JSON pointer and position of a schema violation', () => {
    const sc = buildSidecar(fixture('harbour-vote.txt'), HARBOUR_ACTORS, HARBOUR_SPECS);
    (sc.attributions[2] as unknown as Record<string, unknown>).type = 'quoted';
    const text = JSON.stringify(sc, null, 2);
    const r = parseSidecar(text);
    assert.equal(r.ok, false);
    if (r.ok) return;
    const d = r.diagnostics.find((x) => x.sidecar?.pointer === '/attributions/2/type');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.code, 'schema');
    assert.match(d.message, /must be one of "direct", "indirect", "mixed"/);
    const line = text.split('\n')[d.sidecar!.line];
    assert.match(line, /"type": "quoted"/);
  });

  it('points at an unknown property itself', () => {
    const text = '{"version":1,"document":{"sha256":"' + 'a'.repeat(64) + '","length":0},"actors":[],"attributions":[],\n"speaker":"x"}';
    const r = parseSidecar(text);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.diagnostics[0].sidecar!.pointer, '/speaker');
    assert.equal(r.diagnostics[0].sidecar!.line, 1);
    assert.match(r.diagnostics[0].message, /unknown property "speaker"/);
  });

  it('refuses another format version with a clear message', () => {
    const r = parseSidecar('{"version": 2, "document": {}, "actors": [], "attributions": []}');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.diagnostics[0].code, 'unsupported-version');
    assert.match(r.diagnostics[0].message, /version 2 is not supported/);
  });

  it('reports a missing required field with its parent pointer', () => {
    const r = parseSidecar('{"version": 1, "actors": [], "attributions": []}');
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.diagnostics[0].message, /missing required property "document"/);
  });
});

describe('sidecar writing', () => {
  it('is stable: the same annotations give the same bytes whatever their order', () => {
    const sc = buildSidecar(fixture('harbour-vote.txt'), HARBOUR_ACTORS, HARBOUR_SPECS);
    const shuffled = { ...sc, actors: [...sc.actors].reverse(), attributions: [...sc.attributions].reverse() };
    assert.equal(serializeSidecar(shuffled), serializeSidecar(sc));
  });

  it('writes 2-space JSON with a fixed key order and round-trips', () => {
    const sc = buildSidecar(fixture('harbour-vote.txt'), HARBOUR_ACTORS, HARBOUR_SPECS);
    const out = serializeSidecar(sc);
    assert.ok(out.startsWith('{\n  "version": 1,\n  "document": {\n    "sha256": '));
    assert.ok(out.endsWith('}\n'));
    const again = parseSidecar(out);
    assert.ok(again.ok);
    if (again.ok) assert.equal(serializeSidecar(again.sidecar), out);
    const first = JSON.parse(out).attributions[0];
    assert.deepEqual(Object.keys(first), ['id', 'type', 'status', 'content', 'cue', 'source']);
    assert.deepEqual(Object.keys(first.content[0]), ['start', 'end', 'text', 'prefix', 'suffix']);
  });

  it('orders attributions by position and actors by id', () => {
    const sc = buildSidecar(fixture('harbour-vote.txt'), HARBOUR_ACTORS, HARBOUR_SPECS);
    const out = JSON.parse(serializeSidecar({ ...sc, attributions: [...sc.attributions].reverse() }));
    const starts = out.attributions.map((a: { content: { start: number }[] }) => a.content[0].start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.deepEqual(
      out.actors.map((a: { id: string }) => a.id),
      ['ingrid-solberg', 'marta-kowalski', 'nordlys-lines', 'tomas-obrien'],
    );
  });
});
