/**
 * The `news` language in practice: a plain-text article that has a sidecar opens as `news`
 * (newsAttribution.autoDetect), and Start Annotating This File switches any text file to `news` and
 * creates its empty sidecar.
 */
import * as vscode from 'vscode';
import { EditError } from '../core/edit';
import { sha256Hex } from '../core/hash';
import { emptySidecar, serializeSidecar } from '../core/sidecar';
import { decodeArticle } from '../core/text';
import { exists, readBytes } from './files';
import type { Logger } from './logger';
import type { SettingsAccessor } from './settings';
import type { SidecarStore } from './store';
import { registerCommand, resolveTarget } from './target';

export class LanguageFeature implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: SidecarStore,
    private readonly settings: SettingsAccessor,
    private readonly log: Logger,
  ) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((d) => void this.detect(d)),
      registerCommand('newsAttribution.startAnnotating', log, (a) => this.startAnnotating(a)),
    ];
    for (const d of vscode.workspace.textDocuments) void this.detect(d);
  }

  /** Opens a plain-text article that has a sidecar as `news`. */
  private async detect(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext' || document.isClosed || document.uri.scheme === 'untitled' || document.uri.scheme === 'git') return;
    if (!this.settings.get(document.uri).autoDetect) return;
    try {
      if (!(await exists(this.store.sidecarUriFor(document.uri)))) return;
      if (document.isClosed || document.languageId !== 'plaintext') return;
      await vscode.languages.setTextDocumentLanguage(document, 'news');
      this.log.info(`Opened ${document.uri.toString(true)} as a news article (it has a sidecar).`);
    } catch (err) {
      this.log.error(`detecting the language of ${document.uri.toString(true)}`, err);
    }
  }

  /** Switches the file to `news` and creates its empty sidecar; returns the sidecar's URI. */
  private async startAnnotating(arg: unknown): Promise<string> {
    const { document } = await resolveTarget(arg);
    if (document.isUntitled) throw new EditError('Save the article first: its sidecar is stored beside it.');
    const sidecarUri = this.store.sidecarUriFor(document.uri);
    const doc = document.languageId === 'news' ? document : await vscode.languages.setTextDocumentLanguage(document, 'news');
    const bytes = await readBytes(doc.uri);
    if (!bytes) throw new EditError(`Cannot read ${doc.uri.toString(true)}.`);
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) throw new EditError(`${doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1)} is ${decoded.message}; it cannot be annotated.`);
    const empty = serializeSidecar(emptySidecar({ sha256: sha256Hex(bytes), length: [...decoded.text].length }));
    // The session may have looked for the sidecar before it existed; creating it goes through its queue.
    const session = await this.store.ensure(doc);
    if (await this.store.create(session, empty)) this.log.info(`Created ${sidecarUri.toString(true)}`);
    return sidecarUri.toString();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
