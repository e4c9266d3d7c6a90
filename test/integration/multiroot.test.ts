/**
 * A workspace of two folders (the launchers open test/fixtures/workspace and test/fixtures/workspace-second
 * together). The second folder's own settings keep sidecars in `.attributions/{stem}.json`; each folder's
 * articles must follow their own folder's settings, and Validate Workspace must cover both.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAttributionApi } from '../../src/extension/extension';
import { codeOf, exists, extensionApi, ours, rangeOf, readSidecar, readText, span, until, writeText } from './editorHelpers';

const LOTTE = '“Half our customers walk in from the station,”';

describe('News Attribution in a multi-root workspace', function () {
  this.timeout(60000);
  let api: NewsAttributionApi;
  let first: vscode.WorkspaceFolder;
  let second: vscode.WorkspaceFolder;
  const created: vscode.Uri[] = [];

  before(async () => {
    api = await extensionApi();
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 2, `the launcher opens a workspace of two folders (got ${folders.map((f) => f.uri.toString()).join(', ')})`);
    [first, second] = folders;
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) {
      try {
        await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
      } catch {
        // not created (an earlier step failed)
      }
    }
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the second folder’s own name pattern decides where its sidecars go; the first folder keeps the default', async () => {
    const source = await readText(vscode.Uri.joinPath(second.uri, 'bridge.txt'));
    const stem = `desk-${Date.now().toString(36)}`;

    const inSecond = vscode.Uri.joinPath(second.uri, `${stem}.txt`);
    await writeText(inSecond, source);
    const expected = vscode.Uri.joinPath(second.uri, '.attributions', `${stem}.json`);
    created.push(inSecond, expected);
    assert.equal(await vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: inSecond }), expected.toString());
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(inSecond));
    await vscode.commands.executeCommand('newsAttribution.attribute', { uri: inSecond, content: [span(source, LOTTE)], actor: { name: 'Lotte Simons' } });
    const written = await readSidecar(expected);
    assert.deepEqual(
      written.attributions.map((a) => [a.content[0].text, a.source?.actor, a.cue?.[0].text]),
      [[LOTTE, 'lotte-simons', 'said']],
    );
    assert.equal(await exists(vscode.Uri.joinPath(second.uri, `${stem}.txt.attributions.json`)), false, 'nothing beside the article');

    const inFirst = vscode.Uri.joinPath(first.uri, `${stem}.txt`);
    await writeText(inFirst, source);
    const beside = vscode.Uri.joinPath(first.uri, `${stem}.txt.attributions.json`);
    created.push(inFirst, beside);
    assert.equal(await vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: inFirst }), beside.toString());
    assert.equal((await readSidecar(beside)).attributions.length, 0);
  });

  it('opens an article of the second folder as news with the annotations its folder’s pattern points to', async () => {
    const article = vscode.Uri.joinPath(second.uri, 'bridge.txt');
    const source = await readText(article);
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    await until(
      () => api.store.get(article)?.sidecar?.attributions.length === 1 && vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString() && d.languageId === 'news'),
      [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>, api.store.onDidChange as vscode.Event<unknown>],
      'bridge.txt to open as news with its sidecar from .attributions/',
    );
    assert.equal(api.store.get(article)!.sidecar!.attributions[0].source?.actor, 'oskar-brandt');
    // The one quotation without an attribution is reported where it is.
    const expected = rangeOf(document, source, span(source, LOTTE));
    const find = () => ours(article).find((d) => codeOf(d) === 'unattributed-quote');
    await until(() => !!find(), [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>], 'the unattributed-quote diagnostic');
    assert.ok(find()!.range.isEqual(expected), `range ${JSON.stringify(find()!.range)}`);
    assert.equal(find()!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(ours(article).length, 1, ours(article).map((d) => `${codeOf(d)}: ${d.message}`).join('\n'));
  });

  it('reloads a sidecar of the second folder that changed on disk', async () => {
    const article = vscode.Uri.joinPath(second.uri, 'bridge.txt');
    const sidecar = vscode.Uri.joinPath(second.uri, '.attributions', 'bridge.json');
    const original = await readText(sidecar);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    const events = [api.store.onDidChange as vscode.Event<unknown>];
    await until(() => api.store.get(article)?.sidecar?.attributions.length === 1, events, 'bridge.txt’s annotations to load');
    try {
      const s = await readSidecar(sidecar);
      s.attributions[0].note = 'Checked with the county roads office.';
      await writeText(sidecar, JSON.stringify(s, null, 2) + '\n');
      await until(() => api.store.get(article)?.sidecar?.attributions[0].note === 'Checked with the county roads office.', events, 'the changed sidecar to be reloaded');
    } finally {
      await writeText(sidecar, original);
    }
  });

  it('Validate Workspace checks the articles of both folders, each with its own sidecar pattern', async () => {
    const summary = (await vscode.commands.executeCommand('newsAttribution.validateWorkspace', {})) as {
      cancelled: boolean;
      results: { article: string; sidecar: string; errors: number; warnings: number }[];
    };
    assert.equal(summary.cancelled, false);
    const bridge = summary.results.find((r) => r.article === vscode.Uri.joinPath(second.uri, 'bridge.txt').toString());
    assert.ok(bridge, `bridge.txt of the second folder is checked (results: ${summary.results.map((r) => r.article).join(', ')})`);
    assert.equal(bridge.sidecar, vscode.Uri.joinPath(second.uri, '.attributions', 'bridge.json').toString());
    assert.deepEqual([bridge.errors, bridge.warnings], [0, 1]);
    const ferry = summary.results.find((r) => r.article === vscode.Uri.joinPath(first.uri, 'harbour-ferry.news').toString());
    assert.ok(ferry, 'harbour-ferry.news of the first folder is checked too');
  });
});
