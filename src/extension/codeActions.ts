/** Quick fixes for the diagnostics: re-anchor a stale span, remove an orphan, attribute a quotation, create or remove an actor. */
import * as vscode from 'vscode';
import type { Finding } from './diagnostics';
import { SOURCE, type DiagnosticsFeature } from './diagnostics';

export class CodeActionsFeature implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly registration: vscode.Disposable;

  constructor(private readonly diagnostics: DiagnosticsFeature) {
    this.registration = vscode.languages.registerCodeActionsProvider(
      [{ language: 'news' }, { pattern: '**/*.json' }],
      this,
      { providedCodeActionKinds: CodeActionsFeature.kinds },
    );
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === SOURCE);
    if (!ours.length) return [];
    const findings = this.diagnostics.findingsFor(document.uri);
    const actions: vscode.CodeAction[] = [];
    for (const d of ours) {
      const f = findings.find((x) => x.diagnostic.range.isEqual(d.range) && String(x.diagnostic.code) === String(d.code) && x.diagnostic.message === d.message);
      const action = f && this.actionFor(f, d);
      if (action) actions.push(action);
    }
    // One action to re-anchor every stale span of the article at once.
    const stale = findings.filter((f) => f.core.fix?.kind === 'reanchor');
    if (stale.length > 1 && actions.some((a) => a.title.startsWith('Re-anchor'))) {
      const all = new vscode.CodeAction(`Re-anchor all ${stale.length} stale spans`, vscode.CodeActionKind.QuickFix);
      all.diagnostics = stale.map((f) => f.diagnostic);
      all.command = {
        title: all.title,
        command: 'newsAttribution.applyFixes',
        arguments: [{ uri: stale[0].article.toString(), fixes: stale.map((f) => ({ fix: f.core.fix, attributionId: f.core.attributionId })) }],
      };
      actions.push(all);
    }
    return actions;
  }

  private actionFor(f: Finding, d: vscode.Diagnostic): vscode.CodeAction | undefined {
    const fix = f.core.fix;
    if (!fix) return undefined;
    const uri = f.article.toString();
    let title: string;
    let command: vscode.Command;
    const applyFix = () => ({ title, command: 'newsAttribution.applyFix', arguments: [{ uri, fix, attributionId: f.core.attributionId }] });
    switch (fix.kind) {
      case 'reanchor':
        title = `Re-anchor to “${short(fix.text)}”`;
        command = applyFix();
        break;
      case 'remove-span':
        title = `Remove the orphaned ${fix.pointer.includes('/cue/') ? 'cue' : fix.pointer.includes('/mention/') ? 'source mention' : 'content segment'} of ${f.core.attributionId ?? 'this attribution'}`;
        command = applyFix();
        break;
      case 'remove-attribution':
        title = `Remove attribution ${fix.attributionId}`;
        command = applyFix();
        break;
      case 'remove-actor':
        title = `Remove unused actor ${fix.actorId}`;
        command = applyFix();
        break;
      case 'create-actor':
        title = `Create actor “${fix.actorId}”`;
        command = applyFix();
        break;
      case 'attribute-quote':
        title = 'Attribute this quotation…';
        command = { title, command: 'newsAttribution.attribute', arguments: [{ uri, content: [fix.range], ask: true }] };
        break;
    }
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [d];
    action.command = command;
    action.isPreferred = fix.kind === 'reanchor';
    return action;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
