/**
 * Decorations in news articles: each attribution's content, cue and source mention in its actor's
 * colour (theme colours contributed in package.json, so themes can change them; marked in the
 * overview ruler), suggested attributions drawn dashed, and unattributed quotations dotted.
 */
import * as vscode from 'vscode';
import { quoteCoverage } from '../core/assist';
import type { Attribution, Sidecar } from '../core/model';
import { toRange } from './convert';
import type { ArticleSession } from './session';
import type { SettingsAccessor } from './settings';
import type { SidecarStore } from './store';

export const PALETTE_SIZE = 8;

type Role = 'content' | 'cue' | 'mention';

function color(slot: number | 'none', suffix = ''): vscode.ThemeColor {
  return new vscode.ThemeColor(slot === 'none' ? `newsAttribution.unknownActor${suffix}` : `newsAttribution.actor${slot + 1}${suffix}`);
}

function typeFor(slot: number | 'none', role: Role, suggested: boolean): vscode.TextEditorDecorationType {
  const solid = color(slot);
  const ruler = { overviewRulerColor: solid, overviewRulerLane: vscode.OverviewRulerLane.Left };
  if (role === 'content') {
    return suggested
      ? vscode.window.createTextEditorDecorationType({ border: '1px dashed', borderColor: solid, borderRadius: '2px', ...ruler })
      : vscode.window.createTextEditorDecorationType({ backgroundColor: color(slot, 'Background'), ...ruler, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
  }
  if (role === 'cue') {
    return vscode.window.createTextEditorDecorationType({ borderStyle: suggested ? 'none none dashed none' : 'none none solid none', borderWidth: '0 0 2px 0', borderColor: solid, fontWeight: suggested ? undefined : '600' });
  }
  return vscode.window.createTextEditorDecorationType({ border: suggested ? '1px dashed' : '1px solid', borderColor: solid, borderRadius: '3px' });
}

export class DecorationsFeature implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly unattributed = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 2px 0',
    borderColor: new vscode.ThemeColor('newsAttribution.unattributedQuote'),
    overviewRulerColor: new vscode.ThemeColor('newsAttribution.unattributedQuote'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: SidecarStore,
    private readonly settings: SettingsAccessor,
  ) {
    this.disposables.push(
      store.onDidChange(({ session }) => this.schedule(session.uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      settings.onDidChange((e) => {
        if (e.affectsConfiguration('newsAttribution.decorations')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  private type(slot: number | 'none', role: Role, suggested: boolean): vscode.TextEditorDecorationType {
    const key = `${slot}|${role}|${suggested}`;
    let t = this.types.get(key);
    if (!t) {
      t = typeFor(slot, role, suggested);
      this.types.set(key, t);
    }
    return t;
  }

  /** Batches updates (typing fires many changes). */
  private schedule(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const keys = new Set(this.pending);
      this.pending.clear();
      for (const editor of vscode.window.visibleTextEditors) if (keys.has(editor.document.uri.toString())) this.render(editor);
    }, 15);
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.render(editor);
  }

  private render(editor: vscode.TextEditor): void {
    const session = this.store.get(editor.document.uri);
    const ranges = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const t of this.types.values()) ranges.set(t, []);
    ranges.set(this.unattributed, []);
    if (session && session.document === editor.document && this.settings.get(editor.document.uri).decorations && session.state !== 'broken') {
      this.collect(session, ranges);
    }
    for (const [t, rs] of ranges) editor.setDecorations(t, rs);
  }

  private collect(session: ArticleSession, ranges: Map<vscode.TextEditorDecorationType, vscode.Range[]>): void {
    const sidecar = session.view();
    const slots = actorSlots(sidecar);
    const index = session.index;
    const add = (t: vscode.TextEditorDecorationType, r: vscode.Range) => {
      let list = ranges.get(t);
      if (!list) ranges.set(t, (list = []));
      list.push(r);
    };
    const inText = (s: { start: number; end: number; text: string }) => s.end <= index.length && index.slice(s.start, s.end) === s.text;
    for (const a of sidecar.attributions) {
      const slot = slotOf(slots, a);
      const suggested = a.status === 'suggested';
      for (const c of a.content) if (inText(c)) add(this.type(slot, 'content', suggested), toRange(index, c));
      for (const c of a.cue ?? []) if (inText(c)) add(this.type(slot, 'cue', suggested), toRange(index, c));
      for (const c of a.source?.mention ?? []) if (inText(c)) add(this.type(slot, 'mention', suggested), toRange(index, c));
    }
    for (const q of quoteCoverage(session.quotations(), sidecar.attributions).unattributed) add(this.unattributed, toRange(index, q));
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const t of this.types.values()) t.dispose();
    this.unattributed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** A colour slot per actor, in the order of the actors list (stable while the list does not change). */
export function actorSlots(sidecar: Sidecar): Map<string, number> {
  const slots = new Map<string, number>();
  [...sidecar.actors].sort((a, b) => a.id.localeCompare(b.id)).forEach((a, i) => slots.set(a.id, i % PALETTE_SIZE));
  return slots;
}

function slotOf(slots: Map<string, number>, a: Attribution): number | 'none' {
  const id = a.source?.actor;
  return id !== undefined && slots.has(id) ? slots.get(id)! : 'none';
}
