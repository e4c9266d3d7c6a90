/**
 * The editor inside a real VS Code: every command through its argument form and the sidecar it
 * leaves on disk, diagnostics and quick fixes, spans following edits (and undo), and sidecars
 * changed from outside with and without unsaved annotation changes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAttributionApi } from '../../src/extension/extension';
import { codeOf, exists, extensionApi, fixtureFolder, ours, rangeOf, readSidecar, readText, scratchFolder, sha256, span, until, writeText } from './editorHelpers';

const Q1 = '“The timbers are rotten through,”';
const Q2 = '“We cannot wait for spring to replace them.”';
const Q3 = '“Nobody will walk on that pier until it is safe,”';
const Q4 = '“It’s a ‘short-term fix’, not a solution,”';

interface Fixture {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  document: vscode.TextDocument;
  editor: vscode.TextEditor;
  text: string;
}

describe('News Attribution in the editor', function () {
  this.timeout(60000);
  let api: NewsAttributionApi;
  let dir: vscode.Uri;
  let source: string;
  let count = 0;

  before(async () => {
    api = await extensionApi();
    // The web build saves after a delay by default; these tests decide when to save.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    source = await readText(vscode.Uri.joinPath(fixtureFolder(), 'harbour.txt'));
    dir = await scratchFolder();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** A fresh copy of the fixture article, open in an editor, as a news article with an empty sidecar. */
  async function fixture(annotate = true): Promise<Fixture> {
    const article = vscode.Uri.joinPath(dir, `story-${count++}.txt`);
    await writeText(article, source);
    const sidecar = vscode.Uri.joinPath(dir, `${article.path.slice(article.path.lastIndexOf('/') + 1)}.attributions.json`);
    let document = await vscode.workspace.openTextDocument(article);
    if (annotate) {
      assert.equal(await vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: article }), sidecar.toString());
      document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString())!;
    }
    const editor = await vscode.window.showTextDocument(document);
    return { article, sidecar, document, editor, text: source };
  }

  async function attribute(f: Fixture, quote: string, actor: unknown, extra: Record<string, unknown> = {}): Promise<string> {
    return (await vscode.commands.executeCommand('newsAttribution.attribute', { uri: f.article, content: [span(f.text, quote)], actor, ...extra })) as string;
  }

  const session = (f: Fixture) => api.store.get(f.article)!;
  const storeEvents = () => [api.store.onDidChange as vscode.Event<unknown>];
  const diagnosticEvents = () => [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>];

  describe('language', () => {
    it('Start Annotating switches a text file to news and creates its empty sidecar', async () => {
      const f = await fixture(false);
      assert.equal(f.document.languageId, 'plaintext');
      assert.equal(await exists(f.sidecar), false);
      await vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: f.article });
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === f.article.toString())!;
      assert.equal(doc.languageId, 'news');
      const s = await readSidecar(f.sidecar);
      const bytes = await vscode.workspace.fs.readFile(f.article);
      assert.deepEqual(s, { version: 1, document: { sha256: sha256(bytes), length: [...source].length }, actors: [], attributions: [] });
    });

    it('stores the sidecar where the name pattern setting says', async () => {
      const config = vscode.workspace.getConfiguration('newsAttribution');
      await config.update('sidecarPattern', '.attributions/{stem}.json', vscode.ConfigurationTarget.Global);
      try {
        const f = await fixture(false);
        const expected = vscode.Uri.joinPath(dir, '.attributions', f.article.path.slice(f.article.path.lastIndexOf('/') + 1).replace(/\.txt$/, '.json'));
        assert.equal(await vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: f.article }), expected.toString());
        await attribute(f, Q1, { name: 'Marta Quell' });
        assert.equal((await readSidecar(expected)).attributions[0].content[0].text, Q1);
        assert.equal(await exists(f.sidecar), false, 'nothing beside the article');
        // The sidecar maps back to its article.
        const summary = (await vscode.commands.executeCommand('newsAttribution.validateFile', { uri: expected })) as { article: string };
        assert.equal(summary.article, f.article.toString());
      } finally {
        await config.update('sidecarPattern', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('opens a plain-text article that has a sidecar as news (autoDetect)', async () => {
      const f = await fixture(true);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // A second article with a copy of the sidecar, opened for the first time.
      const other = vscode.Uri.joinPath(dir, `detect-${count++}.txt`);
      await writeText(other, source);
      await writeText(vscode.Uri.joinPath(dir, `${other.path.slice(other.path.lastIndexOf('/') + 1)}.attributions.json`), await readText(f.sidecar));
      await vscode.workspace.openTextDocument(other);
      await until(
        () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === other.toString() && d.languageId === 'news'),
        [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
        'the article to open as news',
      );
    });
  });

  describe('commands through their argument form', () => {
    it('Attribute Quote writes the attribution at once, with the cue, mention and type detected', async () => {
      const f = await fixture();
      const id = await attribute(f, Q1, { name: 'Marta Quell', kind: 'person' });
      assert.equal(id, 'a1');
      const s = await readSidecar(f.sidecar);
      assert.deepEqual(s.actors, [{ id: 'marta-quell', name: 'Marta Quell', kind: 'person' }]);
      const a = s.attributions[0];
      assert.equal(a.id, 'a1');
      assert.equal(a.type, 'direct');
      assert.equal(a.status, 'confirmed');
      assert.deepEqual(a.content.map((c) => [c.start, c.end, c.text]), [[span(f.text, Q1).start, span(f.text, Q1).end, Q1]]);
      assert.deepEqual(a.cue?.map((c) => c.text), ['said']);
      assert.deepEqual(a.source, { actor: 'marta-quell', mention: [{ ...span(f.text, 'Marta Quell'), text: 'Marta Quell', prefix: a.source!.mention![0].prefix, suffix: a.source!.mention![0].suffix }] });

      // An existing actor by id, an explicit empty cue and type.
      const id2 = await attribute(f, Q2, 'marta-quell', { cue: [], mention: [], type: 'direct' });
      assert.equal(id2, 'a2');
      const a2 = (await readSidecar(f.sidecar)).attributions.find((x) => x.id === 'a2')!;
      assert.equal(a2.cue, undefined);
      assert.deepEqual(a2.source, { actor: 'marta-quell' });

      await assert.rejects(attribute(f, Q3, 'nobody'), /no actor with id "nobody"/);
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAttribution.attribute', { uri: f.article, content: [span(f.text, Q3)] })), /"actor" is required/);
      assert.equal((await readSidecar(f.sidecar)).attributions.length, 2);
    });

    it('Edit Attribution, Add Content Segment and Remove Attribution change the file on disk', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      assert.equal(await vscode.commands.executeCommand('newsAttribution.editAttribution', { uri: f.article, id: 'a1', type: 'mixed', status: 'suggested', note: 'Checked against the recording.' }), 'a1');
      let a = (await readSidecar(f.sidecar)).attributions[0];
      assert.deepEqual([a.type, a.status, a.note], ['mixed', 'suggested', 'Checked against the recording.']);

      await vscode.commands.executeCommand('newsAttribution.addContentSegment', { uri: f.article, id: 'a1', content: span(f.text, Q2) });
      a = (await readSidecar(f.sidecar)).attributions[0];
      assert.deepEqual(a.content.map((c) => c.text), [Q1, Q2]);

      await vscode.commands.executeCommand('newsAttribution.acceptSuggestion', { uri: f.article, id: 'a1' });
      assert.equal((await readSidecar(f.sidecar)).attributions[0].status, 'confirmed');
      const suggested = await attribute(f, Q3, { name: 'Daniel Osei' }, { status: 'suggested' });
      assert.equal((await readSidecar(f.sidecar)).attributions.find((x) => x.id === suggested)?.status, 'suggested');
      await vscode.commands.executeCommand('newsAttribution.rejectSuggestion', { uri: f.article, id: suggested });
      assert.deepEqual((await readSidecar(f.sidecar)).attributions.map((x) => x.id), ['a1']);
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAttribution.rejectSuggestion', { uri: f.article, id: 'a1' })), /not a suggestion/);

      // Edit by offset (the cursor's place in the argument form).
      await vscode.commands.executeCommand('newsAttribution.editAttribution', { uri: f.article, offset: span(f.text, Q2).start + 3, note: '' });
      assert.equal((await readSidecar(f.sidecar)).attributions[0].note, undefined);

      assert.equal(await vscode.commands.executeCommand('newsAttribution.removeAttribution', { uri: f.article, id: 'a1' }), 'a1');
      const s = await readSidecar(f.sidecar);
      assert.deepEqual(s.attributions, []);
      assert.deepEqual(s.actors.map((x) => x.id), ['daniel-osei', 'marta-quell'], 'actors stay');
    });

    it('Rename Actor and Merge Actors move every reference and keep old names as aliases', async () => {
      const f = await fixture();
      await attribute(f, Q3, { name: 'Daniel Osei' });
      await attribute(f, Q1, { name: 'the mayor', kind: 'person' }, { cue: [], mention: [] });
      assert.equal(await vscode.commands.executeCommand('newsAttribution.renameActor', { uri: f.article, actor: 'daniel-osei', name: 'Mayor Daniel Osei', keepOldName: true }), 'daniel-osei');
      let s = await readSidecar(f.sidecar);
      assert.deepEqual(s.actors.find((x) => x.id === 'daniel-osei'), { id: 'daniel-osei', name: 'Mayor Daniel Osei', kind: 'person', aliases: ['Daniel Osei'] });

      assert.equal(await vscode.commands.executeCommand('newsAttribution.mergeActors', { uri: f.article, from: 'the-mayor', into: 'daniel-osei' }), 'daniel-osei');
      s = await readSidecar(f.sidecar);
      assert.deepEqual(s.actors, [{ id: 'daniel-osei', name: 'Mayor Daniel Osei', kind: 'person', aliases: ['Daniel Osei', 'the mayor'] }]);
      assert.deepEqual(s.attributions.map((a) => a.source?.actor), ['daniel-osei', 'daniel-osei']);
    });

    it('Next and Previous Unattributed Quote select the quotation and return its offsets', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const next = (await vscode.commands.executeCommand('newsAttribution.nextUnattributedQuote', { uri: f.article, offset: 0 })) as { start: number; end: number };
      assert.deepEqual(next, span(f.text, Q2));
      assert.ok(f.editor.selection.isEqual(rangeOf(f.document, f.text, span(f.text, Q2))), 'the quotation is selected');
      const wrapped = await vscode.commands.executeCommand('newsAttribution.previousUnattributedQuote', { uri: f.article, offset: span(f.text, Q2).start });
      const q4 = span(f.text, Q4);
      assert.deepEqual(wrapped, q4, 'wraps around to the last one');
      assert.match(api.statusBar.text ?? '', /1\/4 quotes attributed/);
    });
  });

  describe('what the editor shows', () => {
    it('hovering an attributed quotation shows speaker, cue, type, status and note, with edit and remove links', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' }, { note: 'From the council meeting.' });
      const at = rangeOf(f.document, f.text, span(f.text, 'timbers are')).start;
      const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', f.article, at)) as vscode.Hover[];
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      for (const part of ['Marta Quell', 'direct', 'confirmed', '“said”', 'From the council meeting', 'command:newsAttribution.editAttribution', 'command:newsAttribution.removeAttribution']) {
        assert.ok(text.includes(part), `hover lacks ${part}: ${text}`);
      }
      const nothing = (await vscode.commands.executeCommand('vscode.executeHoverProvider', f.article, new vscode.Position(2, 3))) as vscode.Hover[];
      assert.ok(!nothing.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('newsAttribution'))));
    });

    it('semantic tokens mark the actors’ names, aliases and source mentions as actor', async () => {
      const f = await fixture();
      await attribute(f, Q3, { name: 'Daniel Osei', aliases: ['Osei'] });
      await attribute(f, Q1, { name: 'Marta Quell', aliases: ['Quell'] });
      const legend = (await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', f.article)) as vscode.SemanticTokensLegend;
      assert.deepEqual(legend.tokenTypes, ['actor']);
      const tokens = (await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', f.article)) as vscode.SemanticTokens;
      const found: string[] = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line += tokens.data[i];
        char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
        found.push(f.document.getText(new vscode.Range(line, char, line, char + tokens.data[i + 2])));
      }
      assert.deepEqual(found, ['Marta Quell', 'Daniel Osei', 'he', 'Quell']);
    });

    it('the Attributions view lists actors with counts and their attributions; selecting one reveals it', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      await attribute(f, Q2, 'marta-quell');
      await attribute(f, Q3, { name: 'Daniel Osei' });
      await until(() => api.tree.getChildren().length === 2, [api.tree.onDidChangeTreeData as vscode.Event<unknown>], 'the tree to list two actors');
      const actors = api.tree.getChildren();
      assert.deepEqual(actors.map((n) => [api.tree.getTreeItem(n).label, api.tree.getTreeItem(n).description]), [['Marta Quell', '2 attributions'], ['Daniel Osei', '1 attribution']]);
      const items = api.tree.getChildren(actors[0]).map((n) => api.tree.getTreeItem(n));
      assert.equal(items.length, 2);
      const command = items[1].command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      assert.ok(vscode.window.activeTextEditor!.selection.isEqual(rangeOf(f.document, f.text, span(f.text, Q2))));
      // A row is the argument of its context menu's commands.
      const row = api.tree.getChildren(actors[0])[0];
      assert.equal(await vscode.commands.executeCommand('newsAttribution.removeAttribution', row), 'a1');
      assert.deepEqual((await readSidecar(f.sidecar)).attributions.map((a) => a.id), ['a2', 'a3']);
    });

    it('Validate Workspace checks every article with a sidecar', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const summary = (await vscode.commands.executeCommand('newsAttribution.validateWorkspace', {})) as { files: number; cancelled: boolean; results: { article: string; warnings: number }[] };
      assert.equal(summary.cancelled, false);
      const mine = summary.results.find((r) => r.article === f.article.toString());
      assert.ok(mine, 'the article is among the results');
      assert.equal(mine.warnings, 3, 'three unattributed quotations');
      assert.ok(summary.files >= 2);
    });
  });

  describe('diagnostics and quick fixes', () => {
    it('reports unattributed quotations with the core code, their range and the severity from settings', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const expected = rangeOf(f.document, f.text, span(f.text, Q3));
      const find = () => ours(f.article).find((d) => codeOf(d) === 'unattributed-quote' && d.range.isEqual(expected));
      await until(() => !!find(), diagnosticEvents(), 'an unattributed-quote diagnostic');
      assert.equal(find()!.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(ours(f.article).filter((d) => codeOf(d) === 'unattributed-quote').length, 3);

      const config = vscode.workspace.getConfiguration('newsAttribution');
      try {
        await config.update('severity', { 'unattributed-quote': 'error' }, vscode.ConfigurationTarget.Global);
        await until(() => find()?.severity === vscode.DiagnosticSeverity.Error, diagnosticEvents(), 'the severity to follow the setting');
        await config.update('severity', { 'unattributed-quote': 'off' }, vscode.ConfigurationTarget.Global);
        await until(() => !find(), diagnosticEvents(), 'the code to be silenced');
        const summary = (await vscode.commands.executeCommand('newsAttribution.validateFile', { uri: f.article })) as { errors: number; warnings: number };
        assert.deepEqual([summary.errors, summary.warnings], [0, 0]);
      } finally {
        await config.update('severity', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('a stale span is reported and the Re-anchor quick fix puts it back on its words', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      // Someone moves the content by five characters in the file.
      const s = await readSidecar(f.sidecar);
      s.attributions[0].content[0].start += 5;
      s.attributions[0].content[0].end += 5;
      await writeText(f.sidecar, JSON.stringify(s, null, 2) + '\n');
      const stale = () => ours(f.article).find((d) => codeOf(d) === 'stale-anchor');
      await until(() => !!stale(), [...diagnosticEvents(), ...storeEvents()], 'a stale-anchor diagnostic');
      const diagnostic = stale()!;
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(diagnostic.range.isEqual(rangeOf(f.document, f.text, span(f.text, Q1))), 'the diagnostic marks where the text is now');

      const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', f.article, diagnostic.range)) as vscode.CodeAction[];
      const fix = actions.find((a) => a.title.startsWith('Re-anchor'));
      assert.ok(fix?.command, `no re-anchor action among ${actions.map((a) => a.title).join(', ')}`);
      await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      const fixed = (await readSidecar(f.sidecar)).attributions[0].content[0];
      assert.deepEqual([fixed.start, fixed.end, fixed.text], [span(f.text, Q1).start, span(f.text, Q1).end, Q1]);
      await until(() => !stale(), diagnosticEvents(), 'the stale-anchor diagnostic to go');
    });

    it('an unknown actor is reported on the sidecar and the quick fix creates it', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const s = await readSidecar(f.sidecar);
      s.attributions[0].source!.actor = 'ines-carvalho';
      await writeText(f.sidecar, JSON.stringify(s, null, 2) + '\n');
      const unknown = () => ours(f.sidecar).find((d) => codeOf(d) === 'unknown-actor');
      await until(() => !!unknown(), [...diagnosticEvents(), ...storeEvents()], 'an unknown-actor diagnostic on the sidecar');
      const sidecarDoc = await vscode.workspace.openTextDocument(f.sidecar);
      const d = unknown()!;
      assert.match(sidecarDoc.getText(d.range), /"actor": "ines-carvalho"/);
      const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', f.sidecar, d.range)) as vscode.CodeAction[];
      const create = actions.find((a) => a.title.startsWith('Create actor'));
      assert.ok(create?.command);
      await vscode.commands.executeCommand(create.command.command, ...(create.command.arguments ?? []));
      assert.deepEqual((await readSidecar(f.sidecar)).actors.find((a) => a.id === 'ines-carvalho'), { id: 'ines-carvalho', name: 'Ines Carvalho', kind: 'person' });
    });
  });

  describe('when to validate (newsAttribution.validate)', () => {
    const NEW_QUOTE = '“Fresh planks arrive on Monday,” a council spokesperson said.\n\n';
    const unattributed = (f: Fixture) => ours(f.article).filter((d) => codeOf(d) === 'unattributed-quote').length;

    /**
     * Resolves with the number of times the extension published the article's diagnostics during `ms`
     * milliseconds. Only an absence can be checked this way; `ms` is several times the validation delay.
     */
    function validations(uri: vscode.Uri, ms: number): Promise<number> {
      return new Promise((resolve) => {
        let n = 0;
        const sub = api.diagnostics.onDidPublish((u) => {
          if (u.toString() === uri.toString()) n++;
        });
        setTimeout(() => {
          sub.dispose();
          resolve(n);
        }, ms);
      });
    }

    /** Resolves once the article has gone `ms` milliseconds without a validation (work queued by opening it is done). */
    function settled(uri: vscode.Uri, ms = 300): Promise<void> {
      return new Promise((resolve) => {
        let timer = setTimeout(done, ms);
        const sub = api.diagnostics.onDidPublish((u) => {
          if (u.toString() !== uri.toString()) return;
          clearTimeout(timer);
          timer = setTimeout(done, ms);
        });
        function done() {
          sub.dispose();
          resolve();
        }
      });
    }

    async function withValidate(mode: 'onSave' | 'manual', body: () => Promise<void>): Promise<void> {
      const config = vscode.workspace.getConfiguration('newsAttribution');
      await config.update('validate', mode, vscode.ConfigurationTarget.Global);
      await config.update('validateDelay', 50, vscode.ConfigurationTarget.Global);
      try {
        await body();
      } finally {
        await config.update('validate', undefined, vscode.ConfigurationTarget.Global);
        await config.update('validateDelay', undefined, vscode.ConfigurationTarget.Global);
      }
    }

    it('onSave: typing leaves the Problems panel as it was; saving the article refreshes it', () =>
      withValidate('onSave', async () => {
        const f = await fixture();
        await attribute(f, Q1, { name: 'Marta Quell' });
        await until(() => unattributed(f) === 3, diagnosticEvents(), 'three unattributed-quote diagnostics after opening');
        await settled(f.article);
        const watching = validations(f.article, 600);
        await f.editor.edit((e) => e.insert(new vscode.Position(2, 0), NEW_QUOTE));
        assert.equal(session(f).sidecar!.attributions[0].content[0].text, Q1, 'the span followed the typing');
        assert.equal(await watching, 0, 'no validation while typing');
        assert.equal(unattributed(f), 3);

        await f.document.save();
        await until(() => unattributed(f) === 4, diagnosticEvents(), 'the new quotation to be reported after saving');
        const fresh = ours(f.article).find((d) => codeOf(d) === 'unattributed-quote' && f.document.getText(d.range) === '“Fresh planks arrive on Monday,”');
        assert.ok(fresh, 'the new quotation is marked where it is');
      }));

    it('manual: nothing is reported until Validate Attributions runs, not even after saving', () =>
      withValidate('manual', async () => {
        const f = await fixture();
        const opened = validations(f.article, 600);
        await attribute(f, Q1, { name: 'Marta Quell' });
        assert.equal(await opened, 0, 'no validation on opening or on a command');
        assert.equal(ours(f.article).length, 0);

        const summary = (await vscode.commands.executeCommand('newsAttribution.validateFile', { uri: f.article })) as { warnings: number };
        assert.equal(summary.warnings, 3);
        await until(() => unattributed(f) === 3, diagnosticEvents(), 'the diagnostics of Validate Attributions');

        const quiet = validations(f.article, 600);
        await f.editor.edit((e) => e.insert(new vscode.Position(2, 0), NEW_QUOTE));
        await f.document.save();
        assert.equal(await quiet, 0, 'neither typing nor saving validates');
        assert.equal(unattributed(f), 3);

        await vscode.commands.executeCommand('newsAttribution.validateFile', { uri: f.article });
        await until(() => unattributed(f) === 4, diagnosticEvents(), 'the new quotation after Validate Attributions');
      }));
  });

  describe('spans follow edits', () => {
    it('an insertion before a span moves it, an edit inside resizes it, and saving writes the sidecar', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const before = (await readSidecar(f.sidecar)).attributions[0];
      await f.editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED 📰 '));
      const moved = session(f).sidecar!.attributions[0];
      assert.equal(moved.content[0].start, before.content[0].start + 10);
      assert.equal(moved.content[0].text, Q1);
      assert.equal(moved.cue![0].start, before.cue![0].start + 10);
      assert.equal((await readSidecar(f.sidecar)).attributions[0].content[0].start, before.content[0].start, 'not written before the article is saved');

      const inside = f.document.getText().indexOf('rotten through');
      await f.editor.edit((e) => e.replace(new vscode.Range(f.document.positionAt(inside), f.document.positionAt(inside + 'rotten'.length)), 'badly rotten'));
      assert.equal(session(f).sidecar!.attributions[0].content[0].text, '“The timbers are badly rotten through,”');

      await f.document.save();
      await until(async () => (await readSidecar(f.sidecar)).attributions[0].content[0].text === '“The timbers are badly rotten through,”', storeEvents(), 'the sidecar to be written on save');
      const saved = await readSidecar(f.sidecar);
      const bytes = await vscode.workspace.fs.readFile(f.article);
      assert.deepEqual(saved.document, { sha256: sha256(bytes), length: [...f.document.getText()].length });
      assert.equal(saved.attributions[0].content[0].start, before.content[0].start + 10);
      const summary = (await vscode.commands.executeCommand('newsAttribution.validateFile', { uri: f.article })) as { errors: number };
      assert.equal(summary.errors, 0);
    });

    it('deleting all of a span makes it an orphan that is reported and kept; undo restores it', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const mention = span(f.text, 'Marta Quell');
      const range = rangeOf(f.document, f.text, { start: mention.start - 1, end: mention.end }); // " Marta Quell"
      await f.editor.edit((e) => e.delete(range));
      const orphan = () => ours(f.sidecar).find((d) => codeOf(d) === 'orphan');
      await until(() => !!orphan(), diagnosticEvents(), 'an orphan diagnostic');
      assert.equal(session(f).sidecar!.attributions[0].source!.mention![0].text, 'Marta Quell', 'kept, not dropped');

      await vscode.commands.executeCommand('undo');
      await until(() => f.document.getText() === f.text, [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>], 'the undo');
      const restored = session(f).sidecar!.attributions[0].source!.mention![0];
      assert.deepEqual([restored.start, restored.end], [mention.start, mention.end]);
      await until(() => !orphan(), diagnosticEvents(), 'the orphan diagnostic to go');
    });

    it('an edit that cuts into the end of a span trims it, and undo gives the whole span back', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const q = span(f.text, Q1);
      // Select from inside the quotation to past its end and delete.
      await f.editor.edit((e) => e.delete(rangeOf(f.document, f.text, { start: q.start + 5, end: q.end + 5 })));
      assert.equal(session(f).sidecar!.attributions[0].content[0].text, Q1.slice(0, 5));
      await vscode.commands.executeCommand('undo');
      await until(() => f.document.getText() === f.text, [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>], 'the undo');
      assert.equal(session(f).sidecar!.attributions[0].content[0].text, Q1);
    });
  });

  describe('sidecar changed from outside', () => {
    it('reloads a sidecar edited on disk when nothing is unsaved', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const s = await readSidecar(f.sidecar);
      s.attributions[0].note = 'Added by the standards desk.';
      await writeText(f.sidecar, JSON.stringify(s, null, 2) + '\n');
      await until(() => session(f).sidecar?.attributions[0].note === 'Added by the standards desk.', storeEvents(), 'the sidecar to reload');
      assert.equal(session(f).conflict, undefined);
    });

    it('with unsaved typing only, reloads and moves the loaded spans through the typing', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      await f.editor.edit((e) => e.insert(new vscode.Position(0, 0), 'NEW: '));
      const s = await readSidecar(f.sidecar);
      s.attributions[0].note = 'Reloaded while typing.';
      await writeText(f.sidecar, JSON.stringify(s, null, 2) + '\n');
      await until(() => session(f).sidecar?.attributions[0].note === 'Reloaded while typing.', storeEvents(), 'the sidecar to reload');
      const c = session(f).sidecar!.attributions[0].content[0];
      assert.deepEqual([c.start, c.text], [span(f.text, Q1).start + 5, Q1]);
      assert.equal(session(f).conflict, undefined);
    });

    it('with unsaved annotation changes, asks; keeping the editor’s version writes it on save', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      await f.editor.edit((e) => e.insert(new vscode.Position(0, 0), 'NEW: '));
      const shifted = { start: span(f.text, Q3).start + 5, end: span(f.text, Q3).end + 5 };
      await vscode.commands.executeCommand('newsAttribution.attribute', { uri: f.article, content: [shifted], actor: { name: 'Daniel Osei' } });
      assert.equal((await readSidecar(f.sidecar)).attributions.length, 1, 'not written while the article has unsaved text');

      const s = await readSidecar(f.sidecar);
      s.attributions[0].note = 'Edited elsewhere.';
      await writeText(f.sidecar, JSON.stringify(s, null, 2) + '\n');
      await until(() => !!session(f).conflict, storeEvents(), 'the conflict');
      await assert.rejects(attribute(f, Q4, { name: 'Inés Carvalho' }), /changed on disk/);
      assert.equal(session(f).sidecar!.attributions.length, 2, 'nothing dropped while the user decides');

      await vscode.commands.executeCommand('newsAttribution.resolveSidecarConflict', { uri: f.article, keep: 'editor' });
      assert.equal(session(f).conflict, undefined);
      await f.document.save();
      await until(async () => (await readSidecar(f.sidecar)).attributions.length === 2, storeEvents(), 'the editor’s version on disk');
      const saved = await readSidecar(f.sidecar);
      assert.deepEqual(saved.attributions.map((a) => a.content[0].text), [Q1, Q3]);
      assert.equal(saved.attributions[0].content[0].start, span(f.text, Q1).start + 5);
    });

    it('with unsaved annotation changes, a file emptied and then filled from outside is a conflict, not broken', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      await f.editor.edit((e) => e.insert(new vscode.Position(0, 0), 'NEW: '));
      await vscode.commands.executeCommand('newsAttribution.editAttribution', { uri: f.article, id: 'a1', note: 'mine' });
      const s = await readSidecar(f.sidecar);
      // A tool that truncates the file before writing it: the editor may read it empty in between.
      await writeText(f.sidecar, '');
      await until(() => session(f).state === 'broken', storeEvents(), 'the half-written file read as broken');
      s.attributions[0].note = 'theirs';
      await writeText(f.sidecar, JSON.stringify(s, null, 2) + '\n');
      await until(() => !!session(f).conflict, storeEvents(), 'the conflict');
      assert.equal(session(f).state, 'loaded', 'the sidecar parses now');
      await assert.rejects(attribute(f, Q4, { name: 'Inés Carvalho' }), /changed on disk/);
      await vscode.commands.executeCommand('newsAttribution.resolveSidecarConflict', { uri: f.article, keep: 'disk' });
      assert.equal(session(f).sidecar!.attributions[0].note, 'theirs');
    });

    it('with unsaved annotation changes, loading the file instead takes the disk version', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      await f.editor.edit((e) => e.insert(new vscode.Position(0, 0), 'NEW: '));
      await vscode.commands.executeCommand('newsAttribution.editAttribution', { uri: f.article, id: 'a1', note: 'mine' });
      const s = await readSidecar(f.sidecar);
      s.attributions[0].note = 'theirs';
      await writeText(f.sidecar, JSON.stringify(s, null, 2) + '\n');
      await until(() => !!session(f).conflict, storeEvents(), 'the conflict');
      await vscode.commands.executeCommand('newsAttribution.resolveSidecarConflict', { uri: f.article, keep: 'disk' });
      const a = session(f).sidecar!.attributions[0];
      assert.equal(a.note, 'theirs');
      assert.deepEqual([a.content[0].start, a.content[0].text], [span(f.text, Q1).start + 5, Q1], 'the disk version follows the unsaved typing');
    });

    it('editing the sidecar in its own editor reloads it; a command then writes through that editor', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const sidecarDoc = await vscode.workspace.openTextDocument(f.sidecar);
      await vscode.window.showTextDocument(sidecarDoc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      const at = sidecarDoc.getText().indexOf('"type": "direct"');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(f.sidecar, new vscode.Range(sidecarDoc.positionAt(at), sidecarDoc.positionAt(at + '"type": "direct"'.length)), '"type": "indirect"');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(sidecarDoc.isDirty);
      await until(() => session(f).sidecar?.attributions[0].type === 'indirect', storeEvents(), 'the hand edit to be taken');

      await attribute(f, Q2, 'marta-quell');
      assert.equal(sidecarDoc.isDirty, false, 'saved through its editor');
      const s = await readSidecar(f.sidecar);
      assert.deepEqual(s.attributions.map((a) => [a.id, a.type]), [['a1', 'indirect'], ['a2', 'direct']]);
      assert.equal(sidecarDoc.getText(), await readText(f.sidecar));
    });

    it('annotations made on text that is then reverted are written against the saved text', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      await f.editor.edit((e) => e.insert(new vscode.Position(0, 0), 'DRAFT: '));
      const shifted = { start: span(f.text, Q3).start + 7, end: span(f.text, Q3).end + 7 };
      await vscode.commands.executeCommand('newsAttribution.attribute', { uri: f.article, content: [shifted], actor: { name: 'Daniel Osei' } });
      assert.equal((await readSidecar(f.sidecar)).attributions.length, 1);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await until(async () => (await readSidecar(f.sidecar)).attributions.length === 2, storeEvents(), 'the annotations to be written');
      const a = (await readSidecar(f.sidecar)).attributions.find((x) => x.source?.actor === 'daniel-osei')!;
      assert.deepEqual([a.content[0].start, a.content[0].text], [span(f.text, Q3).start, Q3]);
    });

    it('a sidecar that does not parse gets located errors and is never overwritten', async () => {
      const f = await fixture();
      await attribute(f, Q1, { name: 'Marta Quell' });
      const broken = '{\n  "version": 1,\n  "document": { "sha256": "00", "length": 3 }\n  "actors": []\n}\n';
      await writeText(f.sidecar, broken);
      await until(() => session(f).state === 'broken', storeEvents(), 'the broken state');
      // Located on the line after the missing comma (a watcher may first see the file half written).
      await until(() => ours(f.sidecar).some((d) => codeOf(d) === 'json-syntax' && d.range.start.line === 3 && d.range.start.character === 2), diagnosticEvents(), 'a located json-syntax diagnostic');
      assert.ok(ours(f.article).some((x) => /has 1 error/.test(x.message)), 'the article says so too');

      await assert.rejects(attribute(f, Q2, 'marta-quell'), /has errors.*line 4/);
      await f.editor.edit((e) => e.insert(new vscode.Position(0, 0), 'X'));
      await f.document.save();
      await vscode.commands.executeCommand('newsAttribution.validateFile', { uri: f.article });
      assert.equal(await readText(f.sidecar), broken, 'the broken file is left as it was');

      // Fixed by hand: loaded again.
      const good = await readSidecar(f.sidecar).catch(() => undefined);
      assert.equal(good, undefined);
      await writeText(f.sidecar, JSON.stringify({ version: 1, document: { sha256: '0'.repeat(64), length: 1 }, actors: [], attributions: [] }));
      await until(() => session(f).state === 'loaded', storeEvents(), 'the fixed sidecar to load');
    });
  });
});
