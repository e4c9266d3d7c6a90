/**
 * Suggestions in a real VS Code: Suggest Attributions writes suggested attributions to the sidecar on
 * disk without touching confirmed ones; accepting and rejecting them one at a time (argument form,
 * cursor, quick fix) or all at once; never writing over a sidecar that does not parse.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Sidecar } from '../../src/core/model';
import type { NewsAttributionApi } from '../../src/extension/extension';
import { exists, extensionApi, fixtureFolder, rangeOf, readSidecar, readText, scratchFolder, sha256, span, until, writeText } from './editorHelpers';

const FROST = '“Nobody planted for frost in May,”';
const THIRD = '“We lost about a third of the early varieties in two nights,”';
const DISASTER = '“It is not a disaster yet,”';
const PRUNING = 'growers could still save the late varieties with careful pruning';

interface Fixture {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  document: vscode.TextDocument;
  editor: vscode.TextEditor;
  text: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('Suggested attributions in the editor', function () {
  this.timeout(60000);
  let api: NewsAttributionApi;
  let dir: vscode.Uri;
  let source: string;
  let count = 0;

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    source = await readText(vscode.Uri.joinPath(fixtureFolder(), 'orchard.txt'));
    dir = await scratchFolder();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** A fresh copy of the orchard article, as a news article, with one confirmed attribution (Hanna Dorrit's frost quote). */
  async function fixture(): Promise<Fixture> {
    const article = vscode.Uri.joinPath(dir, `orchard-${count++}.txt`);
    await writeText(article, source);
    const sidecar = vscode.Uri.joinPath(dir, `${article.path.slice(article.path.lastIndexOf('/') + 1)}.attributions.json`);
    await vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: article });
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString())!;
    const editor = await vscode.window.showTextDocument(document);
    const id = await vscode.commands.executeCommand('newsAttribution.attribute', { uri: article, content: [span(source, FROST)], actor: { name: 'Hanna Dorrit', kind: 'person' } });
    assert.equal(id, 'a1');
    return { article, sidecar, document, editor, text: source };
  }

  async function suggest(f: Fixture): Promise<string[]> {
    return (await vscode.commands.executeCommand('newsAttribution.suggest', { uri: f.article })) as string[];
  }

  const byContent = (s: Sidecar, text: string) => s.attributions.find((a) => a.content.some((c) => c.text === text));

  it('Suggest Attributions adds suggestions to the sidecar on disk and leaves the confirmed one alone', async () => {
    const f = await fixture();
    const before = await readSidecar(f.sidecar);
    const ids = await suggest(f);
    assert.ok(ids.length >= 4, `only ${ids.length} suggestions`);
    const after = await readSidecar(f.sidecar);
    assert.deepEqual(after.attributions.find((a) => a.id === 'a1'), before.attributions[0], 'the confirmed attribution is unchanged');
    const added = after.attributions.filter((a) => ids.includes(a.id));
    assert.equal(added.length, ids.length);
    for (const a of added) {
      assert.equal(a.status, 'suggested', a.id);
      assert.ok(!a.content.some((c) => overlaps(c, span(f.text, FROST))), `${a.id} overlaps the confirmed quote`);
    }
    // The speakers are found, and the confirmed attribution's actor is reused rather than duplicated.
    assert.equal(byContent(after, THIRD)?.source?.actor, 'hanna-dorrit');
    assert.equal(after.actors.filter((a) => a.name === 'Hanna Dorrit').length, 1);
    const reyne = after.actors.find((a) => a.name === 'Tomas Reyne');
    assert.ok(reyne, 'an actor for Tomas Reyne');
    assert.equal(byContent(after, DISASTER)?.source?.actor, reyne.id);
    // What the editor shows is what is on disk.
    const pairs = (x: Sidecar) => x.attributions.map((a) => `${a.id} ${a.status}`).sort();
    assert.deepEqual(pairs(api.store.get(f.article)!.view()), pairs(after));

    // Running it again adds nothing and leaves the file as it was.
    const text = await readText(f.sidecar);
    assert.deepEqual(await suggest(f), []);
    assert.equal(await readText(f.sidecar), text);
  });

  it('accepts the suggestion at the cursor (the keyboard’s form) and through its quick fix', async () => {
    const f = await fixture();
    await suggest(f);
    const third = byContent(await readSidecar(f.sidecar), THIRD)!;
    const at = rangeOf(f.document, f.text, span(f.text, THIRD)).start.translate(0, 5);
    f.editor.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand('newsAttribution.acceptSuggestion'), third.id);
    assert.equal(byContent(await readSidecar(f.sidecar), THIRD)!.status, 'confirmed');

    const pruning = span(f.text, PRUNING);
    const range = rangeOf(f.document, f.text, { start: pruning.start + 4, end: pruning.start + 4 });
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', f.article, range)) as vscode.CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Accept suggested attribution') && titles.includes('Reject suggested attribution'), titles.join(', '));
    const accept = actions.find((a) => a.title === 'Accept suggested attribution')!;
    await vscode.commands.executeCommand(accept.command!.command, ...(accept.command!.arguments ?? []));
    const s = await readSidecar(f.sidecar);
    assert.equal(byContent(s, PRUNING)!.status, 'confirmed');
    assert.equal(byContent(s, DISASTER)!.status, 'suggested', 'the others stay suggestions');

    // A confirmed attribution offers no accept or reject.
    const frost = rangeOf(f.document, f.text, span(f.text, FROST)).start.translate(0, 3);
    const none = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', f.article, new vscode.Range(frost, frost))) as vscode.CodeAction[];
    assert.ok(!none.some((a) => /suggested attribution/.test(a.title)), none.map((a) => a.title).join(', '));
  });

  it('rejecting a suggestion removes it, and the actor only it introduced, from the file', async () => {
    const f = await fixture();
    await suggest(f);
    let s = await readSidecar(f.sidecar);
    const disaster = byContent(s, DISASTER)!;
    const pruning = byContent(s, PRUNING)!;
    const reyne = disaster.source!.actor!;
    assert.equal(pruning.source?.actor, reyne);

    // Through the quick fix: the actor is still named by the other suggestion, so it stays.
    const at = rangeOf(f.document, f.text, span(f.text, DISASTER)).start.translate(0, 4);
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', f.article, new vscode.Range(at, at))) as vscode.CodeAction[];
    const reject = actions.find((a) => a.title === 'Reject suggested attribution');
    assert.ok(reject, actions.map((a) => a.title).join(', '));
    await vscode.commands.executeCommand(reject.command!.command, ...(reject.command!.arguments ?? []));
    s = await readSidecar(f.sidecar);
    assert.equal(s.attributions.find((a) => a.id === disaster.id), undefined);
    assert.ok(s.actors.some((a) => a.id === reyne));

    // The last suggestion naming it goes: so does the actor.
    await vscode.commands.executeCommand('newsAttribution.rejectSuggestion', { uri: f.article, id: pruning.id });
    s = await readSidecar(f.sidecar);
    assert.equal(s.attributions.find((a) => a.id === pruning.id), undefined);
    assert.ok(!s.actors.some((a) => a.id === reyne), 'the actor only suggestions used is gone');

    // An actor the confirmed attribution names stays when its suggestion is rejected.
    const third = byContent(s, THIRD)!;
    await vscode.commands.executeCommand('newsAttribution.rejectSuggestion', { uri: f.article, id: third.id });
    s = await readSidecar(f.sidecar);
    assert.equal(byContent(s, THIRD), undefined);
    assert.ok(s.actors.some((a) => a.id === 'hanna-dorrit'));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAttribution.rejectSuggestion', { uri: f.article, id: 'a1' })), /not a suggestion/);
  });

  it('Accept All and Reject All Suggestions settle every suggestion at once', async () => {
    const f = await fixture();
    const original = await readSidecar(f.sidecar);
    const ids = await suggest(f);
    const rejected = (await vscode.commands.executeCommand('newsAttribution.rejectAllSuggestions', { uri: f.article })) as string[];
    assert.deepEqual([...rejected].sort(), [...ids].sort());
    let s = await readSidecar(f.sidecar);
    assert.deepEqual(s.attributions, original.attributions);
    assert.deepEqual(s.actors, original.actors, 'the actors suggestions introduced are gone, the others kept');

    const again = await suggest(f);
    assert.equal(again.length, ids.length);
    const accepted = (await vscode.commands.executeCommand('newsAttribution.acceptAllSuggestions', { uri: f.article })) as string[];
    assert.deepEqual([...accepted].sort(), [...again].sort());
    s = await readSidecar(f.sidecar);
    assert.ok(s.attributions.every((a) => a.status === 'confirmed'));
    assert.equal(s.attributions.length, ids.length + 1);
    assert.deepEqual(await vscode.commands.executeCommand('newsAttribution.rejectAllSuggestions', { uri: f.article }), []);
    assert.equal((await readSidecar(f.sidecar)).attributions.length, ids.length + 1, 'accepted attributions are not rejected');
  });

  it('does not write over a sidecar that does not parse', async () => {
    const f = await fixture();
    const broken = (await readText(f.sidecar)).replace('"actors"', '"actors" "oops"');
    await writeText(f.sidecar, broken);
    await until(() => api.store.get(f.article)?.state === 'broken', [api.store.onDidChange as vscode.Event<unknown>], 'the broken sidecar to be noticed');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAttribution.suggest', { uri: f.article })), /has errors/);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAttribution.acceptAllSuggestions', { uri: f.article })), /has errors/);
    assert.equal(await readText(f.sidecar), broken);
  });

  it('Start Annotating and Suggest Attributions run back to back write the suggestions, with no conflict', async () => {
    const article = vscode.Uri.joinPath(dir, `orchard-${count++}.txt`);
    await writeText(article, source);
    const sidecar = vscode.Uri.joinPath(dir, `${article.path.slice(article.path.lastIndexOf('/') + 1)}.attributions.json`);
    await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(article), 'news'));
    // The second command starts while the first is still creating the sidecar, as when both are run quickly.
    const started = vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: article });
    const suggested = vscode.commands.executeCommand('newsAttribution.suggest', { uri: article });
    const [, ids] = (await Promise.all([started, suggested])) as [string, string[]];
    assert.ok(ids.length >= 4, `only ${ids.length} suggestions`);
    const session = api.store.get(article)!;
    await session.queue;
    assert.equal(session.conflict, undefined, 'no conflict is raised');
    const onDisk = await readSidecar(sidecar);
    assert.deepEqual(onDisk.attributions.map((a) => a.id).sort(), [...ids].sort(), 'the file holds every suggestion');
  });

  it('an empty sidecar created from outside while suggestions wait for the article’s save joins them', async () => {
    const article = vscode.Uri.joinPath(dir, `orchard-${count++}.txt`);
    await writeText(article, source);
    const sidecar = vscode.Uri.joinPath(dir, `${article.path.slice(article.path.lastIndexOf('/') + 1)}.attributions.json`);
    const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(article), 'news');
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(document.positionAt(document.getText().length), '\nA late paragraph.\n'));
    const ids = (await vscode.commands.executeCommand('newsAttribution.suggest', { uri: article })) as string[];
    assert.ok(ids.length >= 4, `only ${ids.length} suggestions`);
    assert.equal(await exists(sidecar), false, 'nothing is written while the article has unsaved text');
    // Another window (or a script) starts annotating the same article: an empty sidecar appears.
    const bytes = await vscode.workspace.fs.readFile(article);
    const empty = { version: 1, document: { sha256: sha256(bytes), length: [...source].length }, actors: [], attributions: [] };
    await writeText(sidecar, JSON.stringify(empty, null, 2) + '\n');
    const session = api.store.get(article)!;
    await until(() => session.state === 'loaded', [api.store.onDidChange as vscode.Event<unknown>], 'the new file to be read');
    assert.equal(session.conflict, undefined, 'the empty file holds nothing to choose between');
    assert.ok(await document.save());
    await until(async () => (await readSidecar(sidecar)).attributions.length === ids.length, [api.store.onDidChange as vscode.Event<unknown>], 'the suggestions to be written at the save');
    assert.ok((await readSidecar(sidecar)).attributions.every((a) => a.status === 'suggested'));
  });
});
