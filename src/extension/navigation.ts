/** Moving through the article: next and previous unattributed quotation, revealing an attribution. */
import * as vscode from 'vscode';
import { nextRange, quoteCoverage } from '../core/assist';
import { EditError } from '../core/edit';
import type { Range } from '../core/model';
import { toOffset, toRange } from './convert';
import type { Logger } from './logger';
import type { ArticleSession } from './session';
import type { SidecarStore } from './store';
import { isArgs, registerCommand, resolveTarget, stringArg, type Target } from './target';

export class NavigationCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: SidecarStore,
    log: Logger,
  ) {
    this.disposables = [
      registerCommand('newsAttribution.nextUnattributedQuote', log, (a) => this.move(a, 1)),
      registerCommand('newsAttribution.previousUnattributedQuote', log, (a) => this.move(a, -1)),
      registerCommand('newsAttribution.revealAttribution', log, (a) => this.reveal(a)),
    ];
  }

  /** Selects the next (previous) unattributed quotation after (before) `offset` or the cursor; returns its range. */
  private async move(arg: unknown, direction: 1 | -1): Promise<Range | undefined> {
    const target = await resolveTarget(arg);
    const session = await this.store.ensure(target.document);
    const args = isArgs(arg) ? arg : {};
    const { unattributed } = quoteCoverage(session.quotations(), session.view().attributions);
    let offset = typeof args.offset === 'number' ? args.offset : undefined;
    if (offset === undefined) offset = target.editor ? toOffset(session.index, direction === 1 ? target.editor.selection.end : target.editor.selection.start) : direction === 1 ? -1 : session.index.length + 1;
    const q = nextRange(unattributed, offset, direction);
    if (!q) {
      if (!isArgs(arg)) void vscode.window.showInformationMessage('Every quotation in this article is attributed.');
      return undefined;
    }
    const range = { start: q.start, end: q.end };
    await this.select(target, session, range, !isArgs(arg));
    return range;
  }

  private async reveal(arg: unknown): Promise<Range | undefined> {
    const target = await resolveTarget(arg);
    const session = await this.store.ensure(target.document);
    const id = isArgs(arg) ? stringArg(arg, 'id') : undefined;
    const a = session.view().attributions.find((x) => x.id === id);
    if (!a) throw new EditError(`There is no attribution with id "${String(id)}".`);
    const range = { start: a.content[0].start, end: a.content[a.content.length - 1].end };
    await this.select(target, session, range, true);
    return range;
  }

  /** Selects a range in the document's editor (opening one when asked to). */
  private async select(target: Target, session: ArticleSession, range: Range, show: boolean): Promise<void> {
    let editor = target.editor;
    if (!editor && show) editor = await vscode.window.showTextDocument(target.document, { preserveFocus: false });
    if (!editor) return;
    const r = toRange(session.index, range);
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
