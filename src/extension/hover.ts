/** Hover on an attributed span: speaker, cue, type, status and note, with links to edit or remove it. */
import * as vscode from 'vscode';
import { attributionsAt } from '../core/edit';
import { toOffset, toRange } from './convert';
import type { SidecarStore } from './store';

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function commandLink(label: string, command: string, args: unknown): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}

export class HoverFeature implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly store: SidecarStore) {
    this.registration = vscode.languages.registerHoverProvider({ language: 'news' }, this);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const session = this.store.get(document.uri);
    if (!session || session.state === 'broken' || session.document.version !== document.version) return undefined;
    const sidecar = session.view();
    const hits = attributionsAt(sidecar, toOffset(session.index, position));
    if (!hits.length) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['newsAttribution.editAttribution', 'newsAttribution.removeAttribution', 'newsAttribution.acceptSuggestion', 'newsAttribution.rejectSuggestion'] };
    const seen = new Set<string>();
    for (const { attribution: a } of hits) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const actor = a.source?.actor ? sidecar.actors.find((x) => x.id === a.source!.actor) : undefined;
      const speaker = actor ? `${escape(actor.name)} *(${actor.kind})*` : a.source?.actor ? `${escape(a.source.actor)} *(not in the actors list)*` : '*unknown*';
      const lines = [
        `**$(quote) ${speaker}** — ${a.type}${a.status === 'suggested' ? ', **suggested**' : ''} · \`${a.id}\``,
        '',
        `Cue: ${a.cue?.length ? a.cue.map((c) => `“${escape(c.text)}”`).join(' … ') : '*none*'}  `,
        `Mention: ${a.source?.mention?.length ? a.source.mention.map((c) => `“${escape(c.text)}”`).join(', ') : '*none*'}  `,
        `Status: ${a.status}`,
      ];
      if (a.note) lines.push('', `Note: ${escape(a.note)}`);
      const args = { uri: document.uri.toString(), id: a.id, ask: true };
      const links = [commandLink('Edit', 'newsAttribution.editAttribution', args), commandLink('Remove', 'newsAttribution.removeAttribution', args)];
      if (a.status === 'suggested') links.unshift(commandLink('Accept', 'newsAttribution.acceptSuggestion', args), commandLink('Reject', 'newsAttribution.rejectSuggestion', args));
      lines.push('', links.join(' · '));
      if (md.value) md.appendMarkdown('\n\n---\n\n');
      md.appendMarkdown(lines.join('\n'));
    }
    const hit = hits[0].span;
    return new vscode.Hover(md, toRange(session.index, hit));
  }

  dispose(): void {
    this.registration.dispose();
  }
}
