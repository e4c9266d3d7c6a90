import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBrat } from '../../src/core/formats/brat';
import type { Sidecar } from '../../src/core/model';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { TextIndex } from '../../src/core/text';
import { validate } from '../../src/core/validate';
import { ROOT, sha256 } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'suggest');

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI suggest and eval (the built dist/cli.js)', function () {
  this.timeout(30000);
  const text = readFileSync(join(FIXTURES, 'dock-strike.txt'), 'utf8');
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-attribution-suggest-'));
    writeFileSync(join(dir, 'story.txt'), text);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('suggest', () => {
    it('prints a complete v1 sidecar that validates', () => {
      const r = cli(['suggest', 'story.txt'], dir);
      assert.equal(r.code, 0, r.stderr);
      const parsed = parseSidecar(r.stdout);
      assert.ok(parsed.ok);
      assert.equal(parsed.sidecar.document.sha256, sha256(text));
      assert.equal(parsed.sidecar.document.length, new TextIndex(text).length);
      assert.ok(parsed.sidecar.attributions.length > 10);
      assert.ok(parsed.sidecar.attributions.every((a) => a.status === 'suggested'));
      assert.ok(parsed.sidecar.actors.some((a) => a.name === 'Elena Vasquez'));
      const v = validate(text, r.stdout, { articleSha256: sha256(text) });
      assert.deepEqual(v.diagnostics.filter((d) => d.severity === 'error'), []);
      assert.ok(!existsSync(join(dir, 'story.txt.attributions.json')), 'nothing is written without --write');
    });

    it('lists suggestions one per line with --format text', () => {
      const r = cli(['suggest', '--format', 'text', 'story.txt'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^story\.txt:5:1: direct a\d+ “\u201cWe are not going anywhere,\u201d” … “\u201cEvery ship/m);
      assert.match(r.stdout, / cue “told” source “Okonkwo” \(Mara Okonkwo\)$/m);
    });

    it('writes the sidecar with --write, and a second run adds nothing', () => {
      const first = cli(['suggest', '--write', 'story.txt'], dir);
      assert.equal(first.code, 0, first.stderr);
      const summary = JSON.parse(first.stdout);
      assert.equal(summary.created, true);
      assert.ok(summary.added > 10);
      const written = readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8');
      assert.ok(parseSidecar(written).ok);
      const second = cli(['suggest', '--write', 'story.txt'], dir);
      assert.equal(second.code, 0, second.stderr);
      assert.equal(JSON.parse(second.stdout).added, 0);
      assert.equal(readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8'), written);
    });

    it('never changes confirmed attributions and reuses the sidecar’s actors', () => {
      const index = new TextIndex(text);
      const at = text.indexOf('“We are not going anywhere,”');
      const end = at + '“We are not going anywhere,”'.length;
      const sidecar: Sidecar = {
        version: 1,
        document: { sha256: sha256(text), length: index.length },
        actors: [{ id: 'okonkwo', name: 'Mara Okonkwo', kind: 'person' }],
        attributions: [{ id: 'a1', type: 'direct', status: 'confirmed', content: [{ start: at, end, text: text.slice(at, end) }], source: { actor: 'okonkwo' } }],
      };
      writeFileSync(join(dir, 'story.txt.attributions.json'), serializeSidecar(sidecar));
      const r = cli(['suggest', '--write', '--format', 'text', 'story.txt'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /story\.txt\.attributions\.json: updated, \d+ suggestions added/);
      const after = parseSidecar(readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8'));
      assert.ok(after.ok);
      assert.deepEqual(after.sidecar.attributions.find((a) => a.id === 'a1'), sidecar.attributions[0]);
      assert.ok(after.sidecar.attributions.filter((a) => a.source?.actor === 'okonkwo').length > 2);
      assert.ok(!after.sidecar.actors.some((a) => a.id !== 'okonkwo' && a.name === 'Mara Okonkwo'));
    });

    it('suggests reports nested inside another report with --nested, and merges them twice over without repeats', () => {
      writeFileSync(join(dir, 'council.txt'), 'The mayor said the council had claimed that the budget was balanced.\n');
      const lines = (r: { stdout: string }) => r.stdout.trim().split('\n').map((l) => l.replace(/^council\.txt:\d+:\d+: \w+ a\d+ /, '').replace(/ \([^)]*\)$/, ''));
      assert.deepEqual(lines(cli(['suggest', '--format', 'text', 'council.txt'], dir)), ['“the council had claimed that the budget was balanced” cue “said” source “The mayor”']);
      const nested = cli(['suggest', '--nested', '--format', 'text', 'council.txt'], dir);
      assert.equal(nested.code, 0, nested.stderr);
      assert.deepEqual(lines(nested), ['“the council had claimed that the budget was balanced” cue “said” source “The mayor”', '“that the budget was balanced” cue “had claimed” source “the council”']);
      assert.equal(JSON.parse(cli(['suggest', '--write', 'council.txt'], dir).stdout).added, 1);
      // The outer report is there already; only the nested one is added, and only once.
      assert.equal(JSON.parse(cli(['suggest', '--write', '--nested', 'council.txt'], dir).stdout).added, 1);
      assert.equal(JSON.parse(cli(['suggest', '--write', '--nested', 'council.txt'], dir).stdout).added, 0);
    });

    it('leaves a sidecar that does not parse untouched and exits 1', () => {
      const broken = '{ "version": 1, "document": { "sha256": "00"';
      writeFileSync(join(dir, 'story.txt.attributions.json'), broken);
      const r = cli(['suggest', '--write', 'story.txt'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^story\.txt\.attributions\.json:1:\d+: error json-syntax /m);
      assert.match(r.stderr, /not changed/);
      assert.equal(readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8'), broken);
    });

    it('refuses a sidecar written for another version of the article', () => {
      const old: Sidecar = { version: 1, document: { sha256: sha256('older text'), length: 10 }, actors: [], attributions: [] };
      writeFileSync(join(dir, 'story.txt.attributions.json'), serializeSidecar(old));
      const r = cli(['suggest', '--write', 'story.txt'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /the article changed since the sidecar was written; run news-attribution fix story\.txt first/);
      assert.equal(readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8'), serializeSidecar(old));
    });

    it('reports usage and file errors with exit status 2', () => {
      assert.equal(cli(['suggest'], dir).code, 2);
      const missing = cli(['suggest', 'nope.txt'], dir);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.txt: no such file or folder/);
      assert.equal(cli(['suggest', '--format', 'xml', 'story.txt'], dir).code, 2);
      assert.match(cli(['suggest', '--help'], dir).stdout, /Usage: news-attribution suggest/);
    });
  });

  describe('eval', () => {
    function goldFolder(): string {
      const gold = join(dir, 'gold');
      mkdirSync(join(gold, 'text'), { recursive: true });
      mkdirSync(join(gold, 'attributions'));
      copyFileSync(join(FIXTURES, 'dock-strike.txt'), join(gold, 'text', 'dock-strike.txt'));
      copyFileSync(join(FIXTURES, 'dock-strike_a1.ann'), join(gold, 'attributions', 'dock-strike_a1.ann'));
      // A second annotator: only the first file (by name) counts.
      writeFileSync(join(gold, 'attributions', 'dock-strike_b2.ann'), '');
      return gold;
    }

    it('scores the suggestions against gold brat annotations', () => {
      goldFolder();
      const r = cli(['eval', '--gold', 'gold', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.documents, 1);
      assert.equal(out.all.gold, 13);
      assert.equal(out.direct.gold, 7);
      // The gold file annotates only part of the article: every annotated quotation is found, and
      // the unannotated ones lower the precision.
      assert.equal(out.direct.recall, 100);
      assert.ok(out.direct.precision < 100);
      assert.ok(out.all.recall >= 90, `recall ${out.all.recall}`);
      assert.ok(out.all.precision < 100, 'the unannotated attributions count against precision');
      assert.equal(out.direct.speakerAccuracy, 100);
      const text = cli(['eval', '--gold', 'gold'], dir);
      assert.match(text.stdout, /^suggestions against gold: 1 document\n/);
      assert.match(text.stdout, /^direct\s+7\s+\d+/m);
    });

    it('scores sidecars from --pred: the gold itself scores 100', () => {
      const gold = goldFolder();
      const pred = join(dir, 'pred');
      mkdirSync(pred);
      const brat = readBrat(readFileSync(join(gold, 'attributions', 'dock-strike_a1.ann'), 'utf8'), text);
      const sidecar: Sidecar = { version: 1, document: { sha256: sha256(text), length: new TextIndex(text).length }, actors: [], attributions: brat.attributions };
      writeFileSync(join(pred, 'dock-strike.txt.attributions.json'), serializeSidecar(sidecar));
      const r = cli(['eval', '--gold', 'gold', '--pred', 'pred', '--format', 'json', '--per-document'], dir);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.all.f1, 100);
      assert.equal(out.all.strict.f1, 100);
      assert.equal(out.direct.speakerAccuracy, 100);
      assert.equal(out.perDocument[0].name, 'dock-strike');
    });

    it('warns about a missing prediction and exits 1 on one that does not parse', () => {
      goldFolder();
      mkdirSync(join(dir, 'pred'));
      const missing = cli(['eval', '--gold', 'gold', '--pred', 'pred'], dir);
      assert.equal(missing.code, 0);
      assert.match(missing.stderr, /warning: pred\/dock-strike\.txt\.attributions\.json: no sidecar; scored as no attributions/);
      writeFileSync(join(dir, 'pred', 'dock-strike.txt.attributions.json'), '[]');
      const invalid = cli(['eval', '--gold', 'gold', '--pred', 'pred'], dir);
      assert.equal(invalid.code, 1);
      assert.match(invalid.stderr, /^pred\/dock-strike\.txt\.attributions\.json:1:1: error schema /m);
    });

    it('reports a gold folder that is missing or empty with exit status 2', () => {
      const r = cli(['eval', '--gold', 'nowhere'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nowhere\/text: no such file or folder/);
      mkdirSync(join(dir, 'empty', 'text'), { recursive: true });
      mkdirSync(join(dir, 'empty', 'attributions'));
      assert.match(cli(['eval', '--gold', 'empty'], dir).stderr, /no annotated articles/);
      assert.equal(cli(['eval'], dir).code, 2);
    });
  });
});
