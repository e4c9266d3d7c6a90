/**
 * The sidecar store: one session per open article, kept in step with the text and with the file on
 * disk. Spans follow every edit in memory; saving the article writes the sidecar (atomically) when it
 * changed; a sidecar changed from outside is reloaded, and when annotation changes are unsaved at
 * that moment the user chooses which version to keep. A sidecar that does not parse is never written.
 */
import * as vscode from 'vscode';
import { EditError } from '../core/edit';
import { sha256Hex } from '../core/hash';
import type { Sidecar } from '../core/model';
import { sidecarGlob, sidecarPathFor } from '../core/naming';
import { emptySidecar, parseSidecar, serializeSidecar } from '../core/sidecar';
import { TextIndex, decodeArticle } from '../core/text';
import { editsFromChanges, followSidecar, reanchorOnto, textKey } from '../core/tracking';
import { readBytes, readText, writeAtomic } from './files';
import type { Logger } from './logger';
import { ArticleSession, type ChangeCause } from './session';
import type { SettingsAccessor } from './settings';

export interface StoreChange {
  session: ArticleSession;
  cause: ChangeCause;
}

export type KeepChoice = 'editor' | 'disk';

export interface CommandResult<T> {
  sidecar: Sidecar;
  result: T;
  /** Ids of the attributions the command changed (for undo bookkeeping). */
  touched?: string[];
}

const SIDECAR_DEBOUNCE_MS = 300;

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The sidecar a text holds, if it has the same actors and attributions as `base` (its fingerprint aside). */
function sameAnnotations(base: Sidecar | undefined, text: string | undefined): Sidecar | undefined {
  if (!base || text === undefined) return undefined;
  const parsed = parseSidecar(text);
  if (!parsed.ok) return undefined;
  const annotations = (s: Sidecar) => serializeSidecar({ version: s.version, document: { sha256: '', length: 0 }, actors: s.actors, attributions: s.attributions });
  return annotations(parsed.sidecar) === annotations(base) ? parsed.sidecar : undefined;
}

export class SidecarStore implements vscode.Disposable {
  private readonly sessions = new Map<string, ArticleSession>();
  private readonly emitter = new vscode.EventEmitter<StoreChange>();
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  /**
   * One watcher per open article on its own sidecar file: it covers what the workspace-wide watcher cannot
   * see (a folder's own name pattern, articles outside the workspace, virtual file systems).
   */
  private readonly sidecarWatchers = new Map<string, vscode.Disposable>();
  private readonly sidecarTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Fires whenever a session's annotations or state change. */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly settings: SettingsAccessor,
    private readonly log: Logger,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === 'news' && this.canAnnotate(d.uri)) this.open(d);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onDidChangeDocument(e)),
      vscode.workspace.onWillSaveTextDocument((e) => this.onWillSave(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onDidSave(d)),
      settings.onDidChange((e) => {
        if (e.affectsConfiguration('newsAttribution.sidecarPattern')) this.onPatternChanged();
      }),
    );
    this.createWatcher();
    for (const d of vscode.workspace.textDocuments) if (d.languageId === 'news' && this.canAnnotate(d.uri)) this.open(d);
  }

  /** Only files on a writable file system get a sidecar (not untitled buffers, nor git's read-only views). */
  canAnnotate(uri: vscode.Uri): boolean {
    return vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true;
  }

  get(uri: vscode.Uri | string): ArticleSession | undefined {
    return this.sessions.get(uri.toString());
  }

  all(): ArticleSession[] {
    return [...this.sessions.values()];
  }

  /** The session whose sidecar is this file, if its article is open. */
  bySidecar(uri: vscode.Uri): ArticleSession | undefined {
    const key = uri.toString();
    return this.all().find((s) => s.sidecarUri.toString() === key);
  }

  sidecarUriFor(article: vscode.Uri): vscode.Uri {
    return article.with({ path: sidecarPathFor(article.path, this.settings.get(article).sidecarPattern) });
  }

  /** The session of a document, created (and loaded) if needed. */
  async ensure(document: vscode.TextDocument): Promise<ArticleSession> {
    if (!this.canAnnotate(document.uri)) {
      throw new EditError(document.isUntitled ? 'Save the article first: its sidecar is stored beside it.' : `${document.uri.toString(true)} is on a read-only file system; its attributions cannot be stored.`);
    }
    const session = this.get(document.uri) ?? this.open(document);
    await session.queue;
    return session;
  }

  private open(document: vscode.TextDocument): ArticleSession {
    const existing = this.get(document.uri);
    if (existing) return existing;
    const session = new ArticleSession(document, this.sidecarUriFor(document.uri));
    this.sessions.set(document.uri.toString(), session);
    this.watchSidecar(session);
    void this.enqueue(session, () => this.load(session));
    return session;
  }

  private watchSidecar(session: ArticleSession): void {
    const key = session.uri.toString();
    this.sidecarWatchers.get(key)?.dispose();
    const sidecar = session.sidecarUri;
    const slash = sidecar.path.lastIndexOf('/');
    const folder = sidecar.with({ path: sidecar.path.slice(0, slash) || '/' });
    const name = sidecar.path.slice(slash + 1).replace(/[[\]{}*?]/g, (c) => `[${c}]`);
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    w.onDidChange((u) => this.onSidecarFileEvent(u));
    w.onDidCreate((u) => this.onSidecarFileEvent(u));
    w.onDidDelete((u) => this.onSidecarFileEvent(u));
    this.sidecarWatchers.set(key, w);
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const session = this.sessions.get(key);
    if (!session || session.document !== document) return;
    this.sessions.delete(key);
    this.sidecarWatchers.get(key)?.dispose();
    this.sidecarWatchers.delete(key);
    this.emitter.fire({ session, cause: 'state' });
    // Annotations made on text that was then closed unsaved: keep them on the text as saved.
    if (session.pendingCommands) void this.enqueue(session, () => this.salvage(session));
  }

  /** Runs file work for a session one step at a time; errors are logged and shown once. */
  enqueue<T>(session: ArticleSession, work: () => Promise<T>): Promise<T | undefined> {
    const run = session.queue.then(work).catch((err: unknown) => {
      this.log.error(`${fileName(session.sidecarUri)}`, err, true);
      return undefined;
    });
    session.queue = run;
    return run;
  }

  /** Like enqueue, but the caller gets the error. */
  private enqueueStrict<T>(session: ArticleSession, work: () => Promise<T>): Promise<T> {
    const run = session.queue.then(work);
    session.queue = run.catch(() => undefined);
    return run;
  }

  private fire(session: ArticleSession, cause: ChangeCause): void {
    if (this.sessions.get(session.uri.toString()) === session) this.emitter.fire({ session, cause });
  }

  // -------------------------------------------------------------------------------------------
  // Loading

  /** The sidecar's editor buffer when it has unsaved changes (someone is editing it by hand). */
  private dirtySidecarDocument(session: ArticleSession): vscode.TextDocument | undefined {
    const key = session.sidecarUri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.isDirty && !d.isClosed);
  }

  /** The sidecar's text as the user sees it: its unsaved buffer if any, else the file. */
  private async currentSidecarText(session: ArticleSession): Promise<string | undefined> {
    return this.dirtySidecarDocument(session)?.getText() ?? (await readText(session.sidecarUri));
  }

  private async load(session: ArticleSession): Promise<void> {
    const text = await this.currentSidecarText(session);
    await this.adopt(session, text);
  }

  /** Reads the article's bytes on disk: its fingerprint and its text as saved. */
  private async articleOnDisk(session: ArticleSession): Promise<{ sha256: string; index: TextIndex } | undefined> {
    const bytes = await readBytes(session.uri);
    if (!bytes) return undefined;
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) throw new Error(`${fileName(session.uri)} is ${decoded.message}.`);
    const sha256 = sha256Hex(bytes);
    session.articleSha = sha256;
    return { sha256, index: new TextIndex(decoded.text) };
  }

  /** Takes a sidecar text (or its absence) as the state of the session. */
  private async adopt(session: ArticleSession, text: string | undefined): Promise<void> {
    const saved = await this.articleOnDisk(session).catch((err: unknown) => {
      this.log.error(`reading ${fileName(session.uri)}`, err);
      return undefined;
    });
    session.conflict = undefined;
    if (text === undefined) {
      session.state = 'none';
      session.sidecar = undefined;
      session.diskText = undefined;
      session.problems = [];
      session.pendingCommands = false;
      this.fire(session, 'load');
      return;
    }
    const parsed = parseSidecar(text);
    session.diskText = text;
    if (!parsed.ok) {
      // Keep the last good annotations in memory (with their pending flag): nothing is lost, and the
      // broken file is left as it is until someone fixes it.
      session.state = 'broken';
      session.problems = parsed.diagnostics;
      session.brokenText = text;
      this.log.warn(`${fileName(session.sidecarUri)} does not parse: ${parsed.diagnostics.map((d) => `${(d.sidecar?.line ?? 0) + 1}:${(d.sidecar?.character ?? 0) + 1} ${d.message}`).join('; ')}`);
      this.fire(session, 'load');
      return;
    }
    let sidecar = parsed.sidecar;
    // The article has unsaved edits: move the loaded spans through them, from the saved text to the buffer.
    if (saved && session.editsSinceSave.length && saved.index.text !== session.index.text) {
      sidecar = followSidecar(sidecar, session.editsSinceSave, saved.index, session.index).sidecar;
    }
    session.state = 'loaded';
    session.problems = [];
    session.sidecar = sidecar;
    session.pendingCommands = false;
    session.history.clear();
    session.remember();
    this.fire(session, 'load');
  }

  /** A sidecar text arrived from outside (disk, git, the sidecar's own editor). */
  private async external(session: ArticleSession, text: string | undefined): Promise<void> {
    if (text === session.diskText) return; // our own write, or nothing new
    if (text !== undefined && !parseSidecar(text).ok) {
      await this.adopt(session, text); // shown as broken; pending annotations stay in memory
      return;
    }
    const same = session.pendingCommands && session.sidecar ? sameAnnotations(session.pendingBase, text) : undefined;
    if (same && session.sidecar) {
      // The file now holds the annotations the pending commands started from (typically an empty sidecar
      // created by Start Annotating while a command ran on the article that had none): nothing to choose.
      if (same.$schema && !session.sidecar.$schema) session.sidecar = { ...session.sidecar, $schema: same.$schema };
      session.diskText = text;
      session.state = 'loaded';
      session.problems = [];
      session.brokenText = '';
      this.fire(session, 'state');
      return;
    }
    if (session.pendingCommands && session.sidecar) {
      // A file written in two steps (emptied, then filled) may have been read half-way and shown as
      // broken: now that it parses, what is left is a conflict between the editor and the disk.
      if (session.state === 'broken') {
        session.state = 'loaded';
        session.problems = [];
        session.brokenText = '';
      }
      const first = !session.conflict;
      session.conflict = { text };
      this.fire(session, 'state');
      if (first) void this.askConflict(session);
      return;
    }
    await this.adopt(session, text);
  }

  private async askConflict(session: ArticleSession): Promise<void> {
    const keepMine = 'Keep My Annotations';
    const loadDisk = 'Load the File';
    const choice = await vscode.window.showWarningMessage(
      `${fileName(session.sidecarUri)} changed on disk while ${fileName(session.uri)} has annotation changes that are not saved. Which version do you want to keep?`,
      keepMine,
      loadDisk,
    );
    if (!choice || !session.conflict || this.get(session.uri) !== session) return;
    await this.resolveConflict(session, choice === keepMine ? 'editor' : 'disk');
  }

  /**
   * Creates the article's sidecar with `text` (an empty sidecar) unless a file is there already, which is
   * then read. Runs in the session's queue, so a command that ran on the article meanwhile is neither
   * written over nor taken for a conflict: its changes are written into the new file. Returns whether it wrote.
   */
  async create(session: ArticleSession, text: string): Promise<boolean> {
    return this.enqueueStrict(session, async () => {
      const onDisk = await this.currentSidecarText(session);
      if (onDisk !== undefined) {
        await this.external(session, onDisk);
        return false;
      }
      await writeAtomic(session.sidecarUri, new TextEncoder().encode(text));
      await this.external(session, text);
      if (session.pendingCommands) await this.persist(session);
      return true;
    });
  }

  /** Settles a conflict: keep the annotations in the editor (they are then written) or load the file. */
  async resolveConflict(session: ArticleSession, keep: KeepChoice): Promise<void> {
    await this.enqueueStrict(session, async () => {
      const conflict = session.conflict;
      if (!conflict) throw new EditError(`${fileName(session.sidecarUri)} has no pending conflict.`);
      session.conflict = undefined;
      if (keep === 'disk') {
        session.pendingCommands = false;
        await this.adopt(session, conflict.text);
        return;
      }
      session.diskText = await this.currentSidecarText(session);
      this.fire(session, 'state');
      await this.persist(session);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes the annotations for the article's text on disk, if they differ from the file. Never writes
   * a sidecar that does not parse, nor over a file that changed since it was read (that goes through
   * `external` first, which may ask the user), nor spans that refer to unsaved text. `atSave` is the
   * state taken when the article was saved, so typing right after a save cannot slip into it.
   */
  private async persist(session: ArticleSession, atSave?: { sidecar: Sidecar | undefined; text: string; seq: number }): Promise<boolean> {
    const blocked = () => session.state === 'broken' || !!session.conflict || !session.sidecar;
    if (blocked()) return false;
    const onDisk = await this.currentSidecarText(session);
    if (onDisk !== session.diskText) {
      await this.external(session, onDisk);
      if (blocked()) return false;
      atSave = undefined; // the file's version was taken: write from the current state only
    }
    const saved = await this.articleOnDisk(session);
    if (!saved) return false;
    // Which annotations belong to the text on disk: those taken at the save, or the current ones when
    // the editor holds no unsaved text. Otherwise the sidecar waits for the article's save.
    let base: Sidecar | undefined;
    let seq: number;
    if (atSave && atSave.text === saved.index.text) {
      base = atSave.sidecar;
      seq = atSave.seq;
    } else if (saved.index.text === session.index.text) {
      base = session.sidecar;
      seq = session.commandSeq;
    } else return false;
    if (!base) return false;
    const sidecar: Sidecar = { ...base, document: { sha256: saved.sha256, length: saved.index.length } };
    const text = serializeSidecar(sidecar);
    if (session.sidecar === base) session.sidecar = sidecar;
    if (text !== session.diskText) {
      await this.write(session, text);
      session.diskText = text;
      this.log.info(`Wrote ${session.sidecarUri.toString(true)}`);
    }
    session.state = 'loaded';
    // Commands run while writing are not in this version: they stay pending.
    if (session.commandSeq === seq) session.pendingCommands = false;
    this.fire(session, 'save');
    return true;
  }

  /**
   * The article was closed with annotation changes never written (its text was not saved): move them
   * onto the article as it is on disk and write them; spans whose words are gone stay as orphans.
   */
  private async salvage(session: ArticleSession): Promise<void> {
    if (session.state === 'broken' || session.conflict || !session.sidecar) {
      this.log.warn(`${fileName(session.uri)} was closed with annotation changes that could not be written (the sidecar has errors or changed on disk).`);
      return;
    }
    const saved = await this.articleOnDisk(session);
    if (!saved) return;
    const onDisk = await this.currentSidecarText(session);
    if (onDisk !== session.diskText) {
      this.log.warn(`${fileName(session.uri)} was closed with annotation changes, but ${fileName(session.sidecarUri)} changed on disk meanwhile; it is left as it is.`);
      return;
    }
    const { sidecar, moved, lost } = reanchorOnto(session.sidecar, saved.index);
    const text = serializeSidecar({ ...sidecar, document: { sha256: saved.sha256, length: saved.index.length } });
    if (text !== session.diskText) await this.write(session, text);
    session.pendingCommands = false;
    this.log.info(`${fileName(session.uri)} was closed unsaved: its annotation changes were written against the saved text (${moved} span${moved === 1 ? '' : 's'} moved, ${lost} not found and kept as orphans).`);
  }

  private async write(session: ArticleSession, text: string): Promise<void> {
    const open = this.dirtySidecarDocument(session);
    if (open) {
      // The sidecar is being edited by hand (its buffer was loaded already): update the buffer and save it.
      const edit = new vscode.WorkspaceEdit();
      edit.replace(open.uri, new vscode.Range(0, 0, open.lineCount, 0), text);
      if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new Error(`could not save ${fileName(session.sidecarUri)}`);
      return;
    }
    await writeAtomic(session.sidecarUri, new TextEncoder().encode(text));
  }

  /**
   * Applies an annotation command to the document's sidecar in memory and writes it at once when the
   * article has no unsaved text (otherwise when the article is saved). Returns the command's result.
   */
  async apply<T>(document: vscode.TextDocument, command: (sidecar: Sidecar, session: ArticleSession) => CommandResult<T>): Promise<T> {
    const session = await this.ensure(document);
    if (session.state === 'broken') {
      const p = session.problems[0];
      const where = p?.sidecar ? ` (line ${p.sidecar.line + 1}, column ${p.sidecar.character + 1}: ${p.message})` : '';
      throw new EditError(`${fileName(session.sidecarUri)} has errors${where}. Fix the file first; it is not overwritten while it has errors.`);
    }
    if (session.conflict) {
      throw new EditError(`${fileName(session.sidecarUri)} changed on disk; choose which version to keep first (News Attribution: Resolve Sidecar Conflict).`);
    }
    const base = session.sidecar ?? emptySidecar({ sha256: session.articleSha ?? '0'.repeat(64), length: session.index.length });
    const out = command(base, session);
    if (out.sidecar !== base) {
      session.sidecar = out.sidecar;
      session.touch(out.touched ?? []);
      if (!session.pendingCommands) session.pendingBase = base;
      session.pendingCommands = true;
      session.commandSeq++;
      session.remember();
      this.fire(session, 'command');
      await this.enqueueStrict(session, () => this.persist(session));
    }
    return out.result;
  }

  // -------------------------------------------------------------------------------------------
  // Events

  private onDidChangeDocument(e: vscode.TextDocumentChangeEvent): void {
    const session = this.get(e.document.uri);
    if (session && session.document === e.document) {
      if (e.contentChanges.length) this.followEdits(session, e);
      // Not dirty (possibly reported by a later event than the edit): the text may be back to the file's.
      if (!e.document.isDirty && !session.saving) void this.enqueue(session, () => this.syncWithDisk(session));
      return;
    }
    const owner = this.bySidecar(e.document.uri);
    if (owner && e.contentChanges.length) {
      // The sidecar is being edited in its own editor: take its text once typing pauses.
      const key = e.document.uri.toString();
      clearTimeout(this.sidecarTimers.get(key));
      this.sidecarTimers.set(
        key,
        setTimeout(() => {
          this.sidecarTimers.delete(key);
          if (!e.document.isClosed) void this.enqueue(owner, () => this.external(owner, e.document.getText()));
        }, SIDECAR_DEBOUNCE_MS),
      );
    }
  }

  private followEdits(session: ArticleSession, e: vscode.TextDocumentChangeEvent): void {
    const before = session.index;
    const after = new TextIndex(e.document.getText());
    const edits = editsFromChanges(e.contentChanges, before);
    session.index = after;
    if (session.sidecar) {
      let sidecar = followSidecar(session.sidecar, edits, before, after).sidecar;
      if (e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo) {
        sidecar = session.history.restore(textKey(after.text), sidecar, session.revisions, after);
      }
      session.sidecar = sidecar;
      session.remember();
    }
    session.editsSinceSave.push(...edits);
    this.fire(session, 'edit');
  }

  /**
   * When the buffer equals the article on disk again (undo back to the saved text, a revert, or the
   * file was reloaded after a checkout), the sidecar on disk is the truth again: reload it; or, when
   * annotation changes are unsaved, write them, since they now refer to the text on disk.
   */
  private async syncWithDisk(session: ArticleSession): Promise<void> {
    if (session.saving) return;
    const saved = await this.articleOnDisk(session);
    if (!saved || saved.index.text !== session.index.text || session.saving) return;
    session.editsSinceSave = [];
    // Annotation changes made meanwhile now refer to the saved text (the edits were followed back): write them.
    if (session.pendingCommands) {
      await this.persist(session);
      return;
    }
    if (session.state === 'none') return;
    const text = await this.currentSidecarText(session);
    if (text === session.diskText) await this.adopt(session, text);
    else await this.external(session, text);
  }

  private onWillSave(e: vscode.TextDocumentWillSaveEvent): void {
    const session = this.get(e.document.uri);
    if (session && session.document === e.document) session.saving = true;
  }

  private onDidSave(document: vscode.TextDocument): void {
    const session = this.get(document.uri);
    if (session && session.document === document) {
      session.saving = false;
      session.editsSinceSave = [];
      const atSave = { sidecar: session.sidecar, text: session.index.text, seq: session.commandSeq };
      void this.enqueue(session, () => this.persist(session, atSave));
      return;
    }
    const owner = this.bySidecar(document.uri);
    if (owner) void this.enqueue(owner, async () => this.external(owner, await this.currentSidecarText(owner)));
  }

  private onSidecarFileEvent(uri: vscode.Uri): void {
    const owner = this.bySidecar(uri);
    if (owner) void this.enqueue(owner, async () => this.external(owner, await this.currentSidecarText(owner)));
  }

  private createWatcher(): void {
    this.watcher?.dispose();
    const w = vscode.workspace.createFileSystemWatcher(sidecarGlob(this.settings.get().sidecarPattern));
    w.onDidChange((u) => this.onSidecarFileEvent(u));
    w.onDidCreate((u) => this.onSidecarFileEvent(u));
    w.onDidDelete((u) => this.onSidecarFileEvent(u));
    this.watcher = w;
  }

  private onPatternChanged(): void {
    this.createWatcher();
    for (const session of this.all()) {
      const next = this.sidecarUriFor(session.uri);
      if (next.toString() === session.sidecarUri.toString()) continue;
      session.sidecarUri = next;
      this.watchSidecar(session);
      void this.enqueue(session, () => this.load(session));
    }
  }

  dispose(): void {
    for (const t of this.sidecarTimers.values()) clearTimeout(t);
    this.watcher?.dispose();
    for (const w of this.sidecarWatchers.values()) w.dispose();
    this.sidecarWatchers.clear();
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
    this.sessions.clear();
  }
}
