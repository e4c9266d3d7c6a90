/**
 * Semantic highlighting: the names and aliases of the sidecar's actors, and the source mentions of
 * its attributions, are `actor` tokens (mapped to entity.name.actor.news in package.json), so
 * speakers are highlighted even where the grammar's heuristics miss them.
 */
import * as vscode from 'vscode';
import type { Sidecar } from '../core/model';
import type { TextIndex } from '../core/text';
import type { SidecarStore } from './store';

export const LEGEND = new vscode.SemanticTokensLegend(['actor'], []);

/** Ranges (UTF-16 offsets) to mark as actors: every whole-word occurrence of a name or alias, and every mention. */
export function actorRanges(text: string, index: TextIndex, sidecar: Sidecar): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const names = new Set<string>();
  for (const a of sidecar.actors) for (const n of [a.name, ...(a.aliases ?? [])]) if (n.trim().length > 1) names.add(n.trim());
  if (names.size) {
    const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const a of sidecar.attributions) {
    for (const s of a.source?.mention ?? []) if (s.end <= index.length && index.slice(s.start, s.end) === s.text) out.push({ start: index.toUnit(s.start), end: index.toUnit(s.end) });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // No overlaps: semantic tokens must not overlap.
  const merged: { start: number; end: number }[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

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
    for (const r of actorRanges(text, session.index, session.sidecar)) {
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
