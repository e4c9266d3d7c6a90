/**
 * Smoke tests: the extension is present in a real VS Code, activates on a News Article, and the editor
 * understands its files (language ids, the sidecar schema).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'news-attribution.news-attribution';

function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Resolves when `check` returns a value, re-checking on each diagnostics change; rejects after `ms`. */
function diagnosticsWhere<T>(check: () => T | undefined, ms: number, what: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what()}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const found = check();
      if (found === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    });
  });
}

describe('News Attribution in VS Code', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is installed, with the News Article language contributed', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is present`);
    const languages: { id: string; aliases?: string[] }[] = ext.packageJSON.contributes?.languages ?? [];
    assert.deepStrictEqual(
      languages.find((l) => l.id === 'news')?.aliases?.[0],
      'News Article',
      'the manifest contributes the `news` language named News Article',
    );
  });

  it('opens a .news file as a News Article and activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const doc = await vscode.workspace.openTextDocument(workspaceUri('harbour-ferry.news'));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'news');
    assert.match(doc.getText(), /^Ferry service to Kestrel Island/);
    // onLanguage:news (or the workspace's sidecar) activates the extension; wait for it without forcing it.
    assert.ok((ext.packageJSON.activationEvents as string[]).includes('onLanguage:news'), 'activates on the news language');
    const deadline = Date.now() + 10_000;
    while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.strictEqual(ext.isActive, true, 'the extension became active after a News Article was opened');
  });

  it('keeps an ordinary .txt file as plain text until it is annotated', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('library-hours.txt'));
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  it('validates a sidecar against the attributions JSON schema', async () => {
    const uri = workspaceUri('schema-check.txt.attributions.json');
    const broken = JSON.stringify({ version: 2, document: { sha256: 'not-a-hash', length: 3 }, actors: [], attributions: [] }, null, 2);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(broken));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(doc.languageId, 'json');
      await vscode.window.showTextDocument(doc);
      const lines = broken.split('\n');
      const versionLine = lines.findIndex((l) => l.includes('"version"'));
      const hashLine = lines.findIndex((l) => l.includes('"sha256"'));
      const at = (line: number) => vscode.languages.getDiagnostics(uri).filter((d) => d.range.start.line === line);
      await diagnosticsWhere(
        () => (at(versionLine).length && at(hashLine).length ? true : undefined),
        20_000,
        () =>
          `schema diagnostics on lines ${versionLine + 1} ("version": 2) and ${hashLine + 1} (a malformed sha256); ` +
          `so far: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${d.message}`))}`,
      );
      const onHash = at(hashLine).map((d) => d.message);
      assert.ok(onHash.some((m) => /pattern/i.test(m)), `a diagnostic on the sha256 names the pattern it breaks (got ${JSON.stringify(onHash)})`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
