/**
 * The annotation state of one open article: its sidecar in memory, following every edit of the text,
 * and what is known of the sidecar file on disk. No file access here; the store does the I/O.
 */
import type * as vscode from 'vscode';
import type { TextEdit } from '../core/anchor';
import type { Diagnostic as CoreDiagnostic } from '../core/diagnostics';
import type { Sidecar } from '../core/model';
import { findQuotations, type Quotation } from '../core/quotes';
import { emptySidecar, serializeSidecar } from '../core/sidecar';
import { TextIndex } from '../core/text';
import { AnchorHistory, textKey } from '../core/tracking';

/** none: no sidecar file yet; loaded: parsed and followed; broken: the file does not parse (never written). */
export type SidecarState = 'none' | 'loaded' | 'broken';

export type ChangeCause = 'edit' | 'command' | 'load' | 'save' | 'state';

export class ArticleSession {
  state: SidecarState = 'none';
  /** The sidecar in memory (for 'none', an empty one once a command ran). */
  sidecar: Sidecar | undefined;
  /** The sidecar text last read from or written to disk; undefined when there is no file. */
  diskText: string | undefined;
  /** Located problems of a sidecar that does not parse, and the text they refer to. */
  problems: CoreDiagnostic[] = [];
  brokenText = '';
  /** Annotation commands applied in memory and not yet written. */
  pendingCommands = false;
  /** The annotations the pending commands started from (for 'none', an empty sidecar). */
  pendingBase: Sidecar | undefined;
  /** Counts annotation commands, so a write clears `pendingCommands` only for those it contains. */
  commandSeq = 0;
  /** Text edits (code points) since the article was last saved, to replay on a sidecar reloaded meanwhile. */
  editsSinceSave: TextEdit[] = [];
  /** SHA-256 of the article's bytes on disk, when known. */
  articleSha: string | undefined;
  /** A sidecar text that arrived from outside while annotation changes were unsaved; the user chooses. */
  conflict: { text: string | undefined } | undefined;
  /** Between the article's will-save and did-save events. */
  saving = false;
  /** Revision of each attribution, bumped when a command changes it (not when it follows the text). */
  readonly revisions = new Map<string, number>();
  readonly history = new AnchorHistory();
  /** Actors that Suggest Attributions added; rejecting suggestions removes them once nothing names them. */
  readonly suggestedActors = new Set<string>();
  /** Work on the files, one step at a time. */
  queue: Promise<unknown> = Promise.resolve();
  index: TextIndex;
  private quotes: { index: TextIndex; quotes: Quotation[] } | undefined;

  constructor(
    public document: vscode.TextDocument,
    public sidecarUri: vscode.Uri,
  ) {
    this.index = new TextIndex(document.getText());
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  /** The quotations of the current text (cached per text). */
  quotations(): Quotation[] {
    if (this.quotes?.index !== this.index) this.quotes = { index: this.index, quotes: findQuotations(this.index.text, this.index) };
    return this.quotes.quotes;
  }

  /** The sidecar to show and validate: the loaded one, or an empty one while there is no file. */
  view(): Sidecar {
    return this.sidecar ?? emptySidecar({ sha256: this.articleSha ?? '0'.repeat(64), length: this.index.length });
  }

  /** Whether the in-memory sidecar differs from the file on disk. */
  get unsaved(): boolean {
    if (this.state === 'broken') return this.pendingCommands;
    if (!this.sidecar) return false;
    return this.pendingCommands || serializeSidecar(this.sidecar) !== this.diskText;
  }

  /** Remembers where the spans are for the current text (for undo). */
  remember(): void {
    if (this.sidecar) this.history.record(textKey(this.index.text), this.sidecar, this.revisions);
  }

  touch(ids: readonly string[]): void {
    for (const id of ids) this.revisions.set(id, (this.revisions.get(id) ?? 0) + 1);
  }
}
