/** The "Attributions" view in the Explorer: the active article's actors, their attributions and counts. */
import * as vscode from 'vscode';
import { quoteCoverage } from '../core/assist';
import type { Attribution } from '../core/model';
import { preview, quoted } from './convert';
import type { ArticleSession } from './session';
import type { SidecarStore } from './store';

/**
 * A row of the view. Rows double as the argument of the commands in their context menu: `uri` and
 * `id` (or `actor`, `from`) name what the command works on, and `ask` lets it ask for the rest.
 */
export type Node =
  | { kind: 'actor'; actorId: string | undefined; name: string; count: number; uri: string; actor?: string; from?: string[]; ask: true }
  | { kind: 'attribution'; attribution: Attribution; uri: string; id: string; ask: true };

export class AttributionsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private session: ArticleSession | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: SidecarStore) {
    this.view = vscode.window.createTreeView('newsAttribution.attributions', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      store.onDidChange(({ session, cause }) => {
        const active = vscode.window.activeTextEditor?.document === session.document;
        if (session !== this.session && !active) return;
        // The active article's session may be new (its language was just switched to news).
        if (active) this.session = session;
        // Typing moves spans but rarely changes the tree: refresh after a pause.
        this.refresh(cause === 'edit' ? 500 : 0);
      }),
    );
    this.follow();
  }

  private follow(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const session = doc && this.store.get(doc.uri);
    if (session && session.document === doc) this.session = session;
    else if (doc && doc.languageId === 'news') this.session = undefined;
    this.refresh(0);
  }

  private refresh(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.session && !this.store.get(this.session.uri)) this.session = undefined;
      const s = this.session;
      if (s) {
        const { total, unattributed } = quoteCoverage(s.quotations(), s.view().attributions);
        const name = s.uri.path.slice(s.uri.path.lastIndexOf('/') + 1);
        this.view.description = s.state === 'broken' ? `${name} — sidecar has errors` : `${name} — ${total - unattributed.length}/${total} quotes`;
      } else this.view.description = undefined;
      this.emitter.fire(undefined);
    }, delay);
  }

  getChildren(node?: Node): Node[] {
    const s = this.session;
    if (!s || s.state === 'broken') return [];
    const sidecar = s.view();
    if (!node) {
      const uri = s.uri.toString();
      const actorNode = (actorId: string | undefined, name: string): Node & { kind: 'actor' } => ({
        kind: 'actor',
        actorId,
        name,
        count: 0,
        uri,
        ...(actorId ? { actor: actorId, from: [actorId] } : {}),
        ask: true,
      });
      const groups = new Map<string | undefined, Node & { kind: 'actor' }>();
      for (const a of sidecar.actors) groups.set(a.id, actorNode(a.id, a.name));
      for (const a of sidecar.attributions) {
        const id = a.source?.actor;
        const g = groups.get(id) ?? actorNode(id, id ?? 'Unknown speaker');
        groups.set(id, g);
        g.count++;
      }
      return [...groups.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
    }
    if (node.kind === 'actor') {
      return sidecar.attributions
        .filter((a) => a.source?.actor === node.actorId)
        .map((attribution) => ({ kind: 'attribution', attribution, uri: s.uri.toString(), id: attribution.id, ask: true }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'actor') {
      const item = new vscode.TreeItem(node.name, node.count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `actor:${node.actorId ?? ''}`;
      item.description = `${node.count} attribution${node.count === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.actorId ? 'person' : 'question');
      item.contextValue = node.actorId ? 'actor' : 'unknownActor';
      item.tooltip = node.actorId ? `${node.name} (${node.actorId})` : 'Attributions without a source actor';
      return item;
    }
    const a = node.attribution;
    const item = new vscode.TreeItem(quoted(preview(a.content.map((c) => c.text).join(' … '), 60)), vscode.TreeItemCollapsibleState.None);
    item.id = `attribution:${a.id}`;
    item.description = `${a.type}${a.status === 'suggested' ? ' · suggested' : ''}${a.cue?.length ? ` · ${a.cue[0].text}` : ''}`;
    item.tooltip = new vscode.MarkdownString(`**${a.id}** — ${a.type}, ${a.status}${a.note ? `\n\n${a.note}` : ''}`);
    item.iconPath = new vscode.ThemeIcon(a.status === 'suggested' ? 'lightbulb' : 'quote');
    item.contextValue = a.status === 'suggested' ? 'suggestedAttribution' : 'attribution';
    item.command = { title: 'Reveal', command: 'newsAttribution.revealAttribution', arguments: [{ uri: this.session!.uri.toString(), id: a.id }] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
