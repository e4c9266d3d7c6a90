/**
 * Suggested attributions in the editor: Suggest Attributions runs the engine on the article and merges
 * its suggestions into the sidecar; Accept / Reject All Suggestions review them at once; quick fixes
 * accept or reject the suggestion at the cursor. The engine is loaded on first use, not at activation.
 */
import * as vscode from 'vscode';
import { attributionsAt } from '../core/edit';
import { acceptSuggestions, attributedQuotations, rejectSuggestions } from '../core/review';
import { preview, quoted, toOffset } from './convert';
import type { Logger } from './logger';
import type { SidecarStore } from './store';
import { isArgs, registerCommand, resolveTarget } from './target';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export class SuggestionsFeature implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: SidecarStore,
    log: Logger,
  ) {
    const reg = (id: string, f: (arg: unknown) => Promise<unknown>) => registerCommand(id, log, f);
    this.disposables = [
      reg('newsAttribution.suggest', (a) => this.suggest(a)),
      reg('newsAttribution.acceptAllSuggestions', (a) => this.acceptAll(a)),
      reg('newsAttribution.rejectAllSuggestions', (a) => this.rejectAll(a)),
      vscode.languages.registerCodeActionsProvider({ language: 'news' }, this, { providedCodeActionKinds: SuggestionsFeature.kinds }),
    ];
  }

  /** Runs the engine on the current text and sidecar; returns the ids of the suggestions added. */
  private async suggest(arg: unknown): Promise<string[]> {
    const target = await resolveTarget(arg);
    const interactive = !isArgs(arg) || arg.ask === true;
    await this.store.ensure(target.document);
    const { mergeSuggestions, suggestAttributions } = await import('../core/suggest');
    let already = 0;
    const ids = await this.store.apply(target.document, (s, session) => {
      already = attributedQuotations(session.quotations(), s);
      const merged = mergeSuggestions(s, suggestAttributions(session.index, s));
      if (!merged.added.length) return { sidecar: s, result: [] as string[] };
      const known = new Set(s.actors.map((a) => a.id));
      for (const a of merged.sidecar.actors) if (!known.has(a.id)) session.suggestedActors.add(a.id);
      const added = merged.added.map((a) => a.id);
      return { sidecar: merged.sidecar, result: added, touched: added };
    });
    if (interactive) {
      const first = ids.length ? `${plural(ids.length, 'suggestion')} added` : 'No new suggestions';
      void vscode.window.showInformationMessage(`${first}; ${plural(already, 'quotation')} already attributed.`);
    }
    return ids;
  }

  private async acceptAll(arg: unknown): Promise<string[]> {
    const target = await resolveTarget(arg);
    const interactive = !isArgs(arg) || arg.ask === true;
    const ids = await this.store.apply(target.document, (s) => {
      const r = acceptSuggestions(s);
      return { sidecar: r.sidecar, result: r.ids, touched: r.ids };
    });
    if (interactive) vscode.window.setStatusBarMessage(ids.length ? `Accepted ${plural(ids.length, 'suggestion')}` : 'No suggestions to accept', 4000);
    return ids;
  }

  private async rejectAll(arg: unknown): Promise<string[]> {
    const target = await resolveTarget(arg);
    const interactive = !isArgs(arg) || arg.ask === true;
    const session = await this.store.ensure(target.document);
    if (interactive) {
      const n = session.view().attributions.filter((a) => a.status === 'suggested').length;
      if (!n) {
        vscode.window.setStatusBarMessage('No suggestions to reject', 4000);
        return [];
      }
      const reject = 'Reject All';
      const choice = await vscode.window.showWarningMessage(`Reject all ${plural(n, 'suggested attribution')} of ${fileName(target.document.uri)}?`, { modal: true }, reject);
      if (choice !== reject) return [];
    }
    const ids = await this.store.apply(target.document, (s, sess) => {
      const r = rejectSuggestions(s, undefined, sess.suggestedActors);
      for (const id of r.removedActors) sess.suggestedActors.delete(id);
      return { sidecar: r.sidecar, result: r.ids, touched: r.ids };
    });
    if (interactive) vscode.window.setStatusBarMessage(`Rejected ${plural(ids.length, 'suggestion')}`, 4000);
    return ids;
  }

  /** Accept and Reject for each suggested attribution at the cursor. */
  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const session = this.store.get(document.uri);
    if (!session || session.state === 'broken' || session.document.version !== document.version) return [];
    const hits = attributionsAt(session.view(), toOffset(session.index, range.start)).filter((h) => h.attribution.status === 'suggested');
    const unique = [...new Map(hits.map((h) => [h.attribution.id, h.attribution])).values()];
    const actions: vscode.CodeAction[] = [];
    for (const a of unique) {
      const which = unique.length > 1 ? ` ${quoted(preview(a.content[0].text, 30))}` : '';
      const args = { uri: document.uri.toString(), id: a.id, ask: true };
      for (const [title, command] of [
        [`Accept suggested attribution${which}`, 'newsAttribution.acceptSuggestion'],
        [`Reject suggested attribution${which}`, 'newsAttribution.rejectSuggestion'],
      ]) {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command, arguments: [args] };
        actions.push(action);
      }
    }
    return actions;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
