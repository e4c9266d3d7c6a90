/**
 * Semantic highlighting: the names and aliases of the sidecar's actors, and the source mentions of
 * its attributions, are `actor` tokens (mapped to entity.name.actor.news in package.json), so
 * speakers are highlighted even where the grammar's heuristics miss them.
 */
import * as vscode from 'vscode';
import { actorOccurrences } from '../core/assist';
import type { SidecarStore } from './store';

export const LEGEND = new vscode.SemanticTokensLegend(['actor'], []);

export class SemanticTokensFeature implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.emitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: SidecarStore) {
    this.disposables = [
      this.emitter,
      vscode.languages.registerDocumentSemanticTokensProvider({ language: 'news' }, this, LEGEND),
      // Text edits make VS Code ask again by itself; annotation changes need a nudge.
      store.onDidChange(({ cause }) => {
        if (cause !== 'edit') this.emitter.fire();
      }),
    ];
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument): vscode.SemanticTokens | undefined {
    const session = this.store.get(document.uri);
    if (!session || session.state === 'broken' || !session.sidecar || session.document.version !== document.version) return undefined;
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    const text = session.index.text;
    for (const r of actorOccurrences(session.index, session.sidecar)) {
      // Tokens are single-line: split a range at line ends.
      let start = r.start;
      while (start < r.end) {
        const pos = session.index.positionAtUnit(start);
        let end = r.end;
        const nl = text.slice(start, r.end).search(/\r|\n/);
        if (nl >= 0) end = start + nl;
        if (end > start) builder.push(pos.line, pos.character, end - start, 0, 0);
        start = end;
        while (start < r.end && (text[start] === '\r' || text[start] === '\n')) start++;
      }
    }
    return builder.build();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
