/** The status bar item of news articles: "12/14 quotes attributed"; a click goes to the next unattributed one. */
import * as vscode from 'vscode';
import { quoteCoverage } from '../core/assist';
import type { SidecarStore } from './store';

export class StatusBarFeature implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAttribution.coverage', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: SidecarStore) {
    this.item.name = 'News Attribution';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange(({ session, cause }) => {
        if (vscode.window.activeTextEditor?.document !== session.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.update(), cause === 'edit' ? 200 : 0);
      }),
    );
    this.update();
  }

  /** The text shown (for tests and for the tree's description). */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const session = doc && this.store.get(doc.uri);
    if (!doc || !session || doc.languageId !== 'news') {
      this.item.hide();
      return;
    }
    if (session.state === 'broken') {
      this.item.text = '$(error) Sidecar has errors';
      this.item.tooltip = `${session.sidecarUri.toString(true)} does not parse; it is not overwritten. Click to open it.`;
      this.item.command = { title: 'Open sidecar', command: 'vscode.open', arguments: [session.sidecarUri] };
    } else if (session.conflict) {
      this.item.text = '$(warning) Sidecar changed on disk';
      this.item.tooltip = 'Choose which version of the annotations to keep.';
      this.item.command = { title: 'Resolve', command: 'newsAttribution.resolveSidecarConflict' };
    } else {
      const { attributions } = session.view();
      const { total, unattributed } = quoteCoverage(session.quotations(), attributions);
      const suggested = attributions.filter((a) => a.status === 'suggested').length;
      this.item.text = `$(quote) ${total - unattributed.length}/${total} quotes attributed${suggested ? `, ${suggested} suggested` : ''}`;
      const review = suggested ? ` ${suggested === 1 ? 'One attribution is a suggestion' : `${suggested} attributions are suggestions`} to accept or reject.` : '';
      this.item.tooltip = (unattributed.length ? 'Go to the next unattributed quotation.' : 'Every quotation is attributed.') + review;
      this.item.command = unattributed.length ? 'newsAttribution.nextUnattributedQuote' : undefined;
    }
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
