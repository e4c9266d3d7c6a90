import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './engine';
import { ACTOR, ScopedText } from './scopes';

describe('grammar: datelines, bylines and credits', () => {
  let harbour: ScopedText;
  let water: ScopedText;
  let drones: ScopedText;
  before(async () => {
    harbour = await ScopedText.fromFixture('harbour.news.txt');
    water = await ScopedText.fromFixture('water-board.news.txt');
    drones = await ScopedText.fromFixture('drones.news.txt');
  });

  it('marks a dateline at the start of a paragraph, with its agency as an actor', () => {
    harbour.exactly('[[PORT ELLERY (Coastline Wire) —]] The harbour', 'meta.dateline.news');
    harbour.exactly('PORT ELLERY ([[Coastline Wire]]) —', ACTOR);
    water.exactly('[[GLENMORE, Ore. -]] The county', 'meta.dateline.news');
    drones.exactly('[[BRUSSELS —]] The European', 'meta.dateline.news');
    harbour.lacks('[[The harbour authority]] on Tuesday', 'meta.dateline.news');
  });

  it('marks byline and credit paragraphs as comments', () => {
    harbour.exactly('[[By Marta Quinlan and Tomás Ferreira]]', 'comment.line.byline.news');
    water.exactly('[[By Devon Ashcroft]]', 'comment.line.byline.news');
    harbour.exactly('[[Additional reporting by Sam Whitlock; editing by Priya Nandakumar]]', 'comment.line.credit.news');
    harbour.lacks('[[Harbour authority backs]]', 'comment');
  });

  it('does not take a sentence that starts with "By" for a byline', async () => {
    const t = await ScopedText.fromText('By Tuesday the quay had reopened, officials said.\n');
    t.lacks('By Tuesday the quay had reopened', 'comment.line.byline.news');
  });
});

describe('grammar: package wiring', () => {
  it('contributes the grammar for the news language under scope text.news', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const grammar = pkg.contributes.grammars.find((g: { language?: string }) => g.language === 'news');
    assert.ok(grammar, 'package.json contributes no grammar for the news language');
    assert.equal(grammar.scopeName, 'text.news');
    const file = JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8'));
    assert.equal(file.scopeName, 'text.news');
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'news');
    assert.deepEqual([lang.aliases[0], lang.extensions, lang.filenamePatterns], ['News Article', ['.news'], ['*.news.txt', '*.news.md']]);
  });

  it('is the output of scripts/build-grammar.mjs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-grammar.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
