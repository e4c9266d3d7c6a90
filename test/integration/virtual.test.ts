/**
 * An article on a virtual file system (an in-memory FileSystemProvider registered by this test): the
 * extension must read and write only through `vscode.workspace.fs`, so the sidecar appears in that file
 * system, saving writes it there, and a change made there is reloaded.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAttributionApi } from '../../src/extension/extension';
import type { Sidecar } from '../../src/core/model';
import { codeOf, extensionApi, fixtureFolder, ours, readText, sha256, span, until } from './editorHelpers';

const SCHEME = 'news-memfs';
const Q1 = '“The timbers are rotten through,”';

interface Entry {
  type: vscode.FileType;
  data: Uint8Array;
  ctime: number;
  mtime: number;
}

/** A small in-memory file system with the semantics VS Code expects (errors, overwrite/create flags, events). */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, data: new Uint8Array(), ctime: Date.now(), mtime: Date.now() }]]);
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  /** Paths written, in order (temporary files included). */
  readonly writes: string[] = [];

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const e = this.entry(uri);
    return { type: e.type, ctime: e.ctime, mtime: e.mtime, size: e.data.byteLength };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const dir = this.entry(uri);
    if (dir.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    const out: [string, vscode.FileType][] = [];
    for (const [p, e] of this.entries) if (p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) out.push([p.slice(prefix.length), e.type]);
    return out;
  }

  createDirectory(uri: vscode.Uri): void {
    if (this.entries.has(uri.path)) throw vscode.FileSystemError.FileExists(uri);
    this.parent(uri);
    this.entries.set(uri.path, { type: vscode.FileType.Directory, data: new Uint8Array(), ctime: Date.now(), mtime: Date.now() });
    this.emitter.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const e = this.entry(uri);
    if (e.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return e.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const existing = this.entries.get(uri.path);
    if (existing && existing.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && options.create && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.parent(uri);
    const now = Date.now();
    this.entries.set(uri.path, { type: vscode.FileType.File, data: content.slice(), ctime: existing?.ctime ?? now, mtime: Math.max(now, (existing?.mtime ?? 0) + 1) });
    this.writes.push(uri.path);
    this.emitter.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.entry(uri);
    for (const p of [...this.entries.keys()]) if (p === uri.path || p.startsWith(`${uri.path}/`)) this.entries.delete(p);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const e = this.entry(from);
    if (this.entries.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.parent(to);
    this.entries.delete(from.path);
    const replaced = this.entries.has(to.path);
    this.entries.set(to.path, { ...e, mtime: Date.now() });
    this.emitter.fire([
      { type: vscode.FileChangeType.Deleted, uri: from },
      { type: replaced ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri: to },
    ]);
  }

  private entry(uri: vscode.Uri): Entry {
    const e = this.entries.get(uri.path);
    if (!e) throw vscode.FileSystemError.FileNotFound(uri);
    return e;
  }

  private parent(uri: vscode.Uri): void {
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    if (this.entries.get(dir)?.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotFound(uri.with({ path: dir }));
  }
}

describe('News Attribution on a virtual file system', function () {
  this.timeout(60000);
  let api: NewsAttributionApi;
  let memfs: MemoryFileSystem;
  let registration: vscode.Disposable;
  const article = vscode.Uri.from({ scheme: SCHEME, path: '/desk/harbour.txt' });
  const sidecar = vscode.Uri.from({ scheme: SCHEME, path: '/desk/harbour.txt.attributions.json' });
  let text: string;

  const read = (uri: vscode.Uri) => new TextDecoder().decode(memfs.readFile(uri));
  const readSidecar = (): Sidecar => JSON.parse(read(sidecar)) as Sidecar;
  const storeEvents = () => [api.store.onDidChange as vscode.Event<unknown>];

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    memfs = new MemoryFileSystem();
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, memfs, { isCaseSensitive: true });
    text = await readText(vscode.Uri.joinPath(fixtureFolder(), 'harbour.txt'));
    memfs.createDirectory(vscode.Uri.from({ scheme: SCHEME, path: '/desk' }));
    memfs.writeFile(article, new TextEncoder().encode(text), { create: true, overwrite: false });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    registration.dispose();
  });

  it('annotates, validates and saves an article whose files live only in that file system', async () => {
    assert.equal(vscode.workspace.fs.isWritableFileSystem(SCHEME), true);
    const document = await vscode.workspace.openTextDocument(article);
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(await vscode.commands.executeCommand('newsAttribution.startAnnotating', { uri: article }), sidecar.toString());
    const created = readSidecar();
    assert.deepEqual(created.document, { sha256: sha256(memfs.readFile(article)), length: [...text].length });

    await vscode.commands.executeCommand('newsAttribution.attribute', { uri: article, content: [span(text, Q1)], actor: { name: 'Marta Quell' } });
    assert.deepEqual(readSidecar().attributions.map((a) => [a.content[0].text, a.source?.actor]), [[Q1, 'marta-quell']]);
    // Written atomically: a temporary file in the same folder, then renamed over the sidecar.
    assert.ok(memfs.writes.some((p) => p.startsWith('/desk/') && p !== sidecar.path), `writes: ${memfs.writes.join(', ')}`);
    await until(() => ours(article).filter((d) => codeOf(d) === 'unattributed-quote').length === 3, [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>], 'the unattributed quotations of the virtual article');

    // Typing moves the span; saving writes the article and then the sidecar, both through the provider.
    const before = readSidecar().attributions[0].content[0].start;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED: '));
    await document.save();
    await until(() => readSidecar().attributions[0].content[0].start === before + 'UPDATED: '.length, storeEvents(), 'the sidecar to be written on save');
    assert.equal(readSidecar().document.sha256, sha256(memfs.readFile(article)));
    assert.equal(readSidecar().attributions[0].content[0].text, Q1);

    // A change made in the file system is reloaded.
    const changed = readSidecar();
    changed.attributions[0].note = 'Confirmed by phone.';
    memfs.writeFile(sidecar, new TextEncoder().encode(JSON.stringify(changed, null, 2) + '\n'), { create: false, overwrite: true });
    await until(() => api.store.get(article)?.sidecar?.attributions[0].note === 'Confirmed by phone.', storeEvents(), 'the sidecar changed in the file system to be reloaded');
  });
});
