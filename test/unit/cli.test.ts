import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeSidecar } from '../../src/core/sidecar';
import { buildSidecar, fixture, HARBOUR_ACTORS, HARBOUR_SPECS, ROOT } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI (the built dist/cli.js, run as a process)', function () {
  this.timeout(30000);
  const text = fixture('harbour-vote.txt');
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-attribution-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writePair(name: string, article: string, sidecar: string | object): void {
    writeFileSync(join(dir, name), article);
    writeFileSync(join(dir, `${name}.attributions.json`), typeof sidecar === 'string' ? sidecar : serializeSidecar(sidecar as never));
  }

  it('prints its version and help', () => {
    const v = cli(['--version'], dir);
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const h = cli(['validate', '--help'], dir);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Usage: news-attribution validate/);
    assert.match(h.stdout, /--format text\|json\|sarif/);
    assert.match(cli(['fix', '--help'], dir).stdout, /Usage: news-attribution fix/);
  });

  it('exits 0 with nothing on stdout for a clean sidecar', () => {
    writePair('story.txt', text, buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS));
    const r = cli(['validate', 'story.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /1 file checked: 0 errors, 0 warnings/);
  });

  it('prints warnings as path:line:col: severity code message and still exits 0', () => {
    const sc = buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS);
    sc.attributions.pop();
    sc.actors = sc.actors.filter((a) => a.id !== 'marta-kowalski');
    writePair('story.txt', text, sc);
    const r = cli(['validate', 'story.txt'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'story.txt:9:25: warning unattributed-quote Quotation “It’s about time,” has no attribution.\n');
  });

  it('exits 1 on errors and locates them in the sidecar by line and column', () => {
    const sc = buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS);
    sc.attributions[0].source!.actor = 'nobody';
    writePair('story.txt', text, sc);
    const r = cli(['validate', 'story.txt'], dir);
    assert.equal(r.code, 1);
    const line = r.stdout.split('\n').find((l) => l.includes('unknown-actor'))!;
    const m = /^story\.txt\.attributions\.json:(\d+):(\d+): error unknown-actor /.exec(line);
    assert.ok(m, r.stdout);
    const sidecarLines = readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8').split('\n');
    assert.match(sidecarLines[Number(m[1]) - 1].slice(Number(m[2]) - 1), /^"actor": "nobody"/);
  });

  it('finds sidecars in folders and reports JSON', () => {
    mkdirSync(join(dir, 'desk', 'politics'), { recursive: true });
    const sc = buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS);
    writeFileSync(join(dir, 'desk', 'politics', 'a.txt'), text);
    writeFileSync(join(dir, 'desk', 'politics', 'a.txt.attributions.json'), serializeSidecar(sc));
    writeFileSync(join(dir, 'desk', 'b.txt'), 'PREFACE.\n' + text);
    writeFileSync(join(dir, 'desk', 'b.txt.attributions.json'), serializeSidecar(sc));
    const r = cli(['validate', '--format', 'json', 'desk'], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.summary.files, 2);
    assert.deepEqual(out.files.map((f: { article: string }) => f.article).sort(), [join('desk', 'b.txt'), join('desk', 'politics', 'a.txt')]);
    const b = out.files.find((f: { article: string }) => f.article.endsWith('b.txt'));
    assert.ok(b.diagnostics.some((d: { code: string }) => d.code === 'stale-anchor'));
  });

  it('writes SARIF 2.1.0 with rules and regions', () => {
    const sc = buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS);
    sc.attributions.pop();
    writePair('story.txt', text, sc);
    const r = cli(['validate', '--format', 'sarif', 'story.txt'], dir);
    assert.equal(r.code, 0);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'news-attribution');
    assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'stale-anchor'));
    const quote = run.results.find((x: { ruleId: string }) => x.ruleId === 'unattributed-quote');
    assert.equal(quote.level, 'warning');
    assert.equal(quote.locations[0].physicalLocation.artifactLocation.uri, 'story.txt');
    assert.deepEqual(quote.locations[0].physicalLocation.region, { startLine: 9, startColumn: 25, endLine: 9, endColumn: 43 });
  });

  describe('bad input: one line naming the file, the right exit code, nothing written', () => {
    function assertOneLine(r: { code: number; stdout: string; stderr: string }, code: number, pattern: RegExp): void {
      assert.equal(r.code, code, r.stderr);
      const lines = r.stderr.trim().split('\n').filter((l) => !/files? checked/.test(l));
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], pattern);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }

    it('a missing file', () => {
      assertOneLine(cli(['validate', 'nope.txt'], dir), 2, /^news-attribution: nope\.txt: no such file or folder$/);
    });

    it('a folder with no sidecars', () => {
      mkdirSync(join(dir, 'empty'));
      writeFileSync(join(dir, 'empty', 'x.txt'), 'text');
      assertOneLine(cli(['validate', 'empty'], dir), 2, /empty: no sidecars \(\*\.attributions\.json\) in this folder/);
    });

    it('an article without a sidecar', () => {
      writeFileSync(join(dir, 'lonely.txt'), text);
      assertOneLine(cli(['validate', 'lonely.txt'], dir), 2, /lonely\.txt: no sidecar lonely\.txt\.attributions\.json beside this article/);
    });

    it('an article that is not UTF-8', () => {
      writePair('latin1.txt', '', buildSidecar('', [], []));
      writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society', 'latin1'));
      assertOneLine(cli(['validate', 'latin1.txt'], dir), 2, /latin1\.txt: not UTF-8 text \(invalid byte 0xe9 at byte 3\)/);
    });

    it('a binary file', () => {
      writePair('photo.jpg', '', buildSidecar('', [], []));
      writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a]));
      assertOneLine(cli(['validate', 'photo.jpg'], dir), 2, /photo\.jpg: binary file/);
    });

    it('a sidecar that is not JSON (exit 1, located)', () => {
      writePair('story.txt', text, '{\n  "version": 1,\n  oops\n}\n');
      const r = cli(['validate', 'story.txt'], dir);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, 'story.txt.attributions.json:3:3: error json-syntax The sidecar is not valid JSON: unexpected character.\n');
    });

    it('a 50 MB sidecar', () => {
      writePair('story.txt', text, '{"version": 1, "pad": "' + 'x'.repeat(50 * 1024 * 1024) + '"}');
      assertOneLine(cli(['validate', 'story.txt'], dir), 2, /story\.txt\.attributions\.json: file is 50\.0 MB, larger than the 20\.0 MB limit/);
      assertOneLine(cli(['fix', 'story.txt'], dir), 2, /larger than the 20\.0 MB limit/);
    });

    it('usage errors', () => {
      assertOneLine(cli(['validate', '--colour', 'x.txt'], dir), 2, /validate: unknown option '--colour'/);
      assertOneLine(cli(['validate', '--format', 'xml', 'x.txt'], dir), 2, /--format must be one of text, json, sarif/);
      assertOneLine(cli(['validate'], dir), 2, /name at least one article/);
      assertOneLine(cli(['publish'], dir), 2, /unknown command "publish"/);
    });
  });

  describe('fix', () => {
    it('moves stale spans, writes atomically, and the result validates clean', () => {
      writePair('story.txt', 'EDITOR’S NOTE: updated at 18:00.\n\n' + text.replace('two-year', 'long'), buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS));
      const r = cli(['fix', 'story.txt'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /moved \/attributions\/0\/content\/0 \(a1\)/);
      assert.match(r.stdout, /story\.txt\.attributions\.json: written \(\d+ spans moved\)/);
      assert.deepEqual(readdirSync(dir).sort(), ['story.txt', 'story.txt.attributions.json'], 'no temporary file left');
      const v = cli(['validate', 'story.txt'], dir);
      assert.equal(v.code, 0, v.stdout);
      assert.equal(v.stdout, '');
    });

    it('keeps orphans and reports them (exit 1)', () => {
      const edited = text.replace('“It’s about time,” said Marta Kowalski, who runs a café on the quay.', 'Some welcomed it.');
      writePair('story.txt', 'NOTE.\n' + edited, buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS));
      const r = cli(['fix', 'story.txt'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /error orphan The content of attribution "a6"/);
      const after = JSON.parse(readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8'));
      assert.equal(after.attributions.length, 6, 'the orphaned attribution is kept');
    });

    it('never rewrites a sidecar that does not parse', () => {
      const broken = '{ "version": 1, "document": { "sha256": "';
      writePair('story.txt', text, broken);
      const r = cli(['fix', 'story.txt'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /not changed/);
      assert.equal(readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8'), broken);
    });

    it('--dry-run writes nothing', () => {
      const sc = serializeSidecar(buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS));
      writePair('story.txt', 'NOTE.\n' + text, sc);
      const r = cli(['fix', '--dry-run', 'story.txt'], dir);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /would be written/);
      assert.equal(readFileSync(join(dir, 'story.txt.attributions.json'), 'utf8'), sc);
    });
  });

  describe('--sidecar-pattern (sidecars kept where the editor setting puts them)', () => {
    const PATTERN = '.attributions/{stem}.json';
    function writeUnder(name: string, article: string, sidecar: object): string {
      mkdirSync(join(dir, 'desk', '.attributions'), { recursive: true });
      writeFileSync(join(dir, 'desk', name), article);
      const path = join(dir, 'desk', '.attributions', name.replace(/\.[^.]+$/, '.json'));
      writeFileSync(path, serializeSidecar(sidecar as never));
      return path;
    }

    it('validate finds the sidecars of a folder, of an article and of a sidecar path under the pattern', () => {
      const sc = buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS);
      sc.attributions.pop();
      sc.actors = sc.actors.filter((a) => a.id !== 'marta-kowalski');
      writeUnder('story.txt', text, sc);
      const line = 'desk/story.txt:9:25: warning unattributed-quote Quotation “It’s about time,” has no attribution.\n';
      for (const target of ['desk', 'desk/story.txt', 'desk/.attributions/story.json']) {
        const r = cli(['validate', '--sidecar-pattern', PATTERN, target], dir);
        assert.equal(r.code, 0, `${target}: ${r.stderr}`);
        assert.equal(r.stdout, line, target);
      }
      // Without the option, the default name is looked for and not found.
      const plain = cli(['validate', 'desk/story.txt'], dir);
      assert.equal(plain.code, 2);
      assert.match(plain.stderr, /no sidecar desk\/story\.txt\.attributions\.json beside this article/);
    });

    it('reports a sidecar whose article is missing instead of skipping it, and refuses a bad pattern', () => {
      writeUnder('story.txt', text, buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS));
      writeFileSync(join(dir, 'desk', '.attributions', 'gone.json'), '{}');
      const r = cli(['validate', '--sidecar-pattern', PATTERN, 'desk'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /desk\/\.attributions\/gone\.json: no article for this sidecar \(looked for desk\/gone\.txt, /);
      assert.match(r.stderr, /1 file checked/);
      const bad = cli(['validate', '--sidecar-pattern', '../{file}.json', 'desk'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--sidecar-pattern "\.\.\/\{file\}\.json": The sidecar name pattern must stay inside/);
    });

    it('fix rewrites the sidecar where the pattern says, and suggest --write creates one there', () => {
      const path = writeUnder('story.txt', 'NOTE.\n' + text, buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS));
      const f = cli(['fix', '--sidecar-pattern', PATTERN, 'desk'], dir);
      assert.equal(f.code, 0, f.stdout + f.stderr);
      assert.equal(JSON.parse(readFileSync(path, 'utf8')).attributions[0].content[0].start, buildSidecar(text, HARBOUR_ACTORS, HARBOUR_SPECS).attributions[0].content[0].start + 6);

      mkdirSync(join(dir, 'wire'));
      writeFileSync(join(dir, 'wire', 'vote.txt'), text);
      const s = cli(['suggest', '--write', '--sidecar-pattern', PATTERN, 'wire/vote.txt'], dir);
      assert.equal(s.code, 0, s.stderr);
      const written = JSON.parse(readFileSync(join(dir, 'wire', '.attributions', 'vote.json'), 'utf8'));
      assert.ok(written.attributions.length > 0);
      assert.deepEqual(readdirSync(join(dir, 'wire')).sort(), ['.attributions', 'vote.txt'], 'nothing beside the article');
      assert.equal(cli(['validate', '--sidecar-pattern', PATTERN, 'wire'], dir).code, 0);
    });
  });
});
