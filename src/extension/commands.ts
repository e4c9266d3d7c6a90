/**
 * The annotation commands: attribute, edit, remove, add a content segment, rename and merge actors,
 * accept or reject suggestions, apply a quick fix, settle a sidecar conflict. Each takes an argument
 * object (offsets in the sidecar's code points) so it runs without UI, or asks through quick picks.
 */
import * as vscode from 'vscode';
import { continuationOf, cueCandidates, detectCue, detectType, quotationAt } from '../core/assist';
import type { Fix } from '../core/diagnostics';
import {
  EditError,
  addAttribution,
  addContentSegment,
  applyFix,
  attributionsAt,
  mergeActors,
  removeAttribution,
  renameActor,
  updateAttribution,
  type ActorRef,
  type AttributionPatch,
} from '../core/edit';
import { ATTRIBUTION_TYPES, type Attribution, type AttributionStatus, type AttributionType, type Range, type Sidecar } from '../core/model';
import { acceptSuggestions, rejectSuggestions } from '../core/review';
import { parsePointer } from '../core/sidecar';
import type { SpeakerGuess } from '../core/suggest/speaker';
import { confirmDraft, pickRange, pickSpeaker, pickType } from './attributeUi';
import { fromRange, preview, quoted, toOffset } from './convert';
import type { Logger } from './logger';
import type { ArticleSession } from './session';
import type { KeepChoice, SidecarStore } from './store';
import { Cancelled, isArgs, rangeList, registerCommand, resolveTarget, stringArg, type Args, type Target } from './target';

function actorArg(value: unknown): ActorRef | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return value as ActorRef;
  throw new EditError('"actor" must be an actor id or { name, kind }.');
}

function typeArg(value: unknown): AttributionType | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (ATTRIBUTION_TYPES as readonly string[]).includes(value)) return value as AttributionType;
  throw new EditError(`"type" must be one of ${ATTRIBUTION_TYPES.join(', ')}.`);
}

function statusArg(value: unknown): AttributionStatus | undefined {
  if (value === undefined) return undefined;
  if (value === 'confirmed' || value === 'suggested') return value;
  throw new EditError('"status" must be confirmed or suggested.');
}

export class AnnotationCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: SidecarStore,
    private readonly log: Logger,
  ) {
    const reg = (id: string, f: (arg: unknown) => Promise<unknown>) => registerCommand(id, log, f);
    this.disposables = [
      reg('newsAttribution.attribute', (a) => this.attribute(a)),
      reg('newsAttribution.editAttribution', (a) => this.edit(a)),
      reg('newsAttribution.removeAttribution', (a) => this.remove(a)),
      reg('newsAttribution.addContentSegment', (a) => this.addSegment(a)),
      reg('newsAttribution.renameActor', (a) => this.renameActor(a)),
      reg('newsAttribution.mergeActors', (a) => this.mergeActors(a)),
      reg('newsAttribution.acceptSuggestion', (a) => this.setSuggestion(a, true)),
      reg('newsAttribution.rejectSuggestion', (a) => this.setSuggestion(a, false)),
      reg('newsAttribution.applyFix', (a) => this.applyFix(a)),
      reg('newsAttribution.applyFixes', (a) => this.applyFixes(a)),
      reg('newsAttribution.resolveSidecarConflict', (a) => this.resolveConflict(a)),
    ];
  }

  private async context(arg: unknown): Promise<{ target: Target; session: ArticleSession; args: Args; interactive: boolean }> {
    const target = await resolveTarget(arg);
    const session = await this.store.ensure(target.document);
    return { target, session, args: isArgs(arg) ? arg : {}, interactive: !isArgs(arg) || arg.ask === true };
  }

  /** Content from the editor: the selections, or the quotation around the cursor. */
  private contentFromEditor(target: Target, session: ArticleSession): Range[] {
    const editor = target.editor;
    if (!editor) throw new EditError('Give "content" offsets, or run the command in an editor.');
    const selections = editor.selections.filter((s) => !s.isEmpty);
    if (selections.length) return selections.map((s) => fromRange(session.index, s)).sort((a, b) => a.start - b.start);
    const q = quotationAt(session.quotations(), toOffset(session.index, editor.selection.active));
    if (!q) throw new EditError('Select the words that were said, or put the cursor inside a quotation.');
    return [{ start: q.start, end: q.end }];
  }

  /** The attribution a command is about: `id`, or the one at `offset` or at the cursor (asking when several). */
  private async attributionFor(target: Target, session: ArticleSession, args: Args, interactive: boolean, what: string): Promise<Attribution> {
    const sidecar = session.view();
    const id = stringArg(args, 'id');
    if (id !== undefined) {
      const a = sidecar.attributions.find((x) => x.id === id);
      if (!a) throw new EditError(`There is no attribution with id "${id}".`);
      return a;
    }
    let offset = typeof args.offset === 'number' ? args.offset : undefined;
    if (offset === undefined && target.editor) offset = toOffset(session.index, target.editor.selection.active);
    if (offset === undefined) throw new EditError(`Give the "id" of the attribution to ${what}.`);
    const hits = attributionsAt(sidecar, offset);
    const unique = [...new Map(hits.map((h) => [h.attribution.id, h.attribution])).values()];
    if (unique.length === 0) throw new EditError(`There is no attribution at the cursor to ${what}.`);
    if (unique.length === 1 || !interactive) return unique[0];
    const picked = await vscode.window.showQuickPick(
      unique.map((a) => ({ label: quoted(preview(a.content[0].text)), description: `${a.id} · ${speakerName(sidecar, a)}`, a })),
      { placeHolder: `Which attribution do you want to ${what}?` },
    );
    if (!picked) throw new Cancelled();
    return picked.a;
  }

  // ---------------------------------------------------------------------------------------------

  private async attribute(arg: unknown): Promise<string | undefined> {
    const { target, session, args, interactive } = await this.context(arg);
    const index = session.index;
    let content = rangeList(args.content, 'content') ?? this.contentFromEditor(target, session);
    const guess = detectCue(index, content);
    let cue = rangeList(args.cue, 'cue') ?? (guess.cue ? [guess.cue] : []);
    let mention = rangeList(args.mention, 'mention') ?? (guess.mention ? [guess.mention] : []);
    const detectedType = detectType(index, content, session.quotations());
    let type = typeArg(args.type) ?? detectedType;
    let note = stringArg(args, 'note');
    const status = statusArg(args.status);
    let actor = actorArg(args.actor);
    if (actor === undefined) {
      if (!interactive) throw new EditError('"actor" is required: an actor id or { name, kind }.');
      const title = 'Attribute Quote';
      const sidecar = session.view();
      // Already attributed: offer to edit that attribution rather than add an overlapping one.
      const existing = sidecar.attributions.find((a) => a.content.some((c) => content.some((r) => r.start < c.end && c.start < r.end)));
      if (existing) {
        const choice = await vscode.window.showQuickPick(
          [
            { label: `$(edit) Edit attribution ${existing.id}`, description: `to ${speakerName(sidecar, existing)}`, edit: true },
            { label: '$(add) Attribute it again', description: 'a second, overlapping attribution', edit: false },
          ],
          { title, placeHolder: `${quoted(preview(existing.content[0].text, 40))} is already attributed to ${speakerName(sidecar, existing)}` },
        );
        if (!choice) return undefined;
        if (choice.edit) return (await this.edit({ uri: target.document.uri, id: existing.id, ask: true })) ?? undefined;
      }
      // The engine's reading of the quotation: its speaker is offered first, with its cue and mention.
      const guess = await this.guessSpeaker(session, sidecar, content);
      if (guess) {
        // The nearby reading is kept where it agrees (it names "Ana Ferreira" rather than the whole
        // "Ana Ferreira, who chairs …"); where it found nothing or something else, the engine's is taken.
        const g = guess;
        if (args.cue === undefined && g.cue.length && !cue.some((c) => g.cue.some((x) => c.start < x.end && x.start < c.end))) cue = g.cue;
        if (args.mention === undefined && g.mention.length && !mention.some((m) => g.mention.some((x) => m.start >= x.start && m.end <= x.end))) mention = g.mention;
      }
      actor = await pickSpeaker(session, sidecar, content, mention[0], title, guess);
      if (actor === undefined) return undefined;
      const more = continuationOf(index, session.quotations(), content);
      const continuation = more && !sidecar.attributions.some((a) => a.content.some((c) => c.start < more.end && more.start < c.end)) ? { start: more.start, end: more.end } : undefined;
      const draft = await confirmDraft(session, sidecar, { content, actor, type, detectedType, cue, mention, note, continuation }, title);
      if (!draft) return undefined;
      ({ actor, type, cue, mention, note } = draft);
      content = draft.content;
    }
    const chosen = actor;
    const id = await this.store.apply(target.document, (s) => {
      const r = addAttribution(s, session.index, { content, cue, mention, actor: chosen, type, note, status });
      return { sidecar: r.sidecar, result: r.id, touched: [r.id] };
    });
    if (interactive) vscode.window.setStatusBarMessage(`Attributed ${id} to ${speakerName(session.view(), session.view().attributions.find((a) => a.id === id)!)}`, 4000);
    return id;
  }

  /** The suggestion engine's speaker for the quotation (loaded on first use); undefined if it finds none. */
  private async guessSpeaker(session: ArticleSession, sidecar: Sidecar, content: Range[]): Promise<SpeakerGuess | undefined> {
    try {
      const { guessSpeaker } = await import('../core/suggest/speaker');
      return guessSpeaker(session.index, sidecar, content);
    } catch (err) {
      this.log.error('finding the speaker of the quotation', err);
      return undefined;
    }
  }

  private async edit(arg: unknown): Promise<string | undefined> {
    const { target, session, args, interactive } = await this.context(arg);
    const a = await this.attributionFor(target, session, args, interactive, 'edit');
    if (!interactive) {
      const patch: AttributionPatch = {
        content: rangeList(args.content, 'content'),
        cue: rangeList(args.cue, 'cue'),
        mention: rangeList(args.mention, 'mention'),
        actor: args.actor === null ? null : actorArg(args.actor),
        type: typeArg(args.type),
        status: statusArg(args.status),
        note: stringArg(args, 'note'),
      };
      await this.update(target, a.id, patch);
      return a.id;
    }
    // Interactive: pick what to change, one field at a time, until Escape.
    const title = `Edit Attribution ${a.id}`;
    for (;;) {
      const sidecar = session.view();
      const current = sidecar.attributions.find((x) => x.id === a.id);
      if (!current) return a.id;
      const selection = target.editor && !target.editor.selection.isEmpty ? fromRange(session.index, target.editor.selection) : undefined;
      type Row = vscode.QuickPickItem & { action: string };
      const rows: Row[] = [
        { label: `Speaker: ${speakerName(sidecar, current)}`, description: 'change…', action: 'speaker' },
        { label: `Type: ${current.type}`, description: 'change…', action: 'type' },
        { label: `Status: ${current.status}`, description: current.status === 'suggested' ? 'confirm' : 'mark as suggested', action: 'status' },
        { label: `Cue: ${current.cue?.map((c) => `“${preview(c.text, 30)}”`).join(' … ') || 'none'}`, description: 'change…', action: 'cue' },
        { label: `Speaker mention: ${current.source?.mention?.map((c) => `“${preview(c.text, 30)}”`).join(' … ') || 'none'}`, description: 'change…', action: 'mention' },
        { label: `Note: ${current.note ? preview(current.note, 40) : 'none'}`, description: 'change…', action: 'note' },
      ];
      if (selection) rows.push({ label: `Content: set to the selection “${preview(session.index.slice(selection.start, selection.end), 30)}”`, action: 'content' });
      const row = await vscode.window.showQuickPick(rows, { title, placeHolder: 'Pick what to change (Escape when done)' });
      if (!row) return a.id;
      const content = current.content.map((c) => ({ start: c.start, end: c.end }));
      let patch: AttributionPatch | undefined;
      switch (row.action) {
        case 'speaker': {
          const actor = await pickSpeaker(session, sidecar, content, current.source?.mention?.[0], title);
          if (actor !== undefined) patch = { actor };
          break;
        }
        case 'type': {
          const type = await pickType(title, current.type, detectType(session.index, content, session.quotations()));
          if (type) patch = { type };
          break;
        }
        case 'status':
          patch = { status: current.status === 'suggested' ? 'confirmed' : 'suggested' };
          break;
        case 'cue': {
          const cue = await pickRange(session, title, 'The words that report the speech', cueCandidates(session.index, content), selection);
          if (cue) patch = { cue };
          break;
        }
        case 'mention': {
          const now = (current.source?.mention ?? []).map((m) => ({ start: m.start, end: m.end }));
          const mention = await pickRange(session, title, 'Where the text names the speaker', now, selection);
          if (mention) patch = { mention };
          break;
        }
        case 'note': {
          const note = await vscode.window.showInputBox({ title, prompt: 'Note (empty removes it)', value: current.note ?? '' });
          if (note !== undefined) patch = { note };
          break;
        }
        case 'content':
          patch = { content: [selection!] };
          break;
      }
      if (patch) await this.update(target, a.id, patch);
    }
  }

  private update(target: Target, id: string, patch: AttributionPatch): Promise<void> {
    return this.store.apply(target.document, (s, session) => ({ sidecar: updateAttribution(s, session.index, id, patch), result: undefined, touched: [id] }));
  }

  private async remove(arg: unknown): Promise<string | undefined> {
    const { target, session, args, interactive } = await this.context(arg);
    const a = await this.attributionFor(target, session, args, interactive, 'remove');
    const before = session.view();
    await this.store.apply(target.document, (s) => ({ sidecar: removeAttribution(s, a.id), result: undefined, touched: [a.id] }));
    if (interactive) {
      void vscode.window.showInformationMessage(`Removed attribution ${a.id} (${quoted(preview(a.content[0].text, 40))}).`, 'Undo').then(async (choice) => {
        if (choice !== 'Undo') return;
        const old = before.attributions.find((x) => x.id === a.id)!;
        await this.store.apply(target.document, (s) => ({ sidecar: restoreAttribution(s, before, old), result: undefined, touched: [a.id] }));
      });
    }
    return a.id;
  }

  private async addSegment(arg: unknown): Promise<string | undefined> {
    const { target, session, args, interactive } = await this.context(arg);
    const ranges = rangeList(args.content, 'content') ?? this.contentFromEditor(target, session);
    let id = stringArg(args, 'id');
    if (id === undefined) {
      if (!interactive) throw new EditError('Give the "id" of the attribution that gets the segment.');
      // The attributions nearest the new segment come first.
      const sidecar = session.view();
      const at = ranges[0].start;
      const nearest = [...sidecar.attributions].sort((x, y) => distance(x, at) - distance(y, at)).slice(0, 20);
      if (!nearest.length) throw new EditError('There is no attribution yet to add a segment to; use Attribute Quote first.');
      const picked = await vscode.window.showQuickPick(
        nearest.map((a) => ({ label: quoted(preview(a.content[0].text, 50)), description: `${a.id} · ${speakerName(sidecar, a)}`, id: a.id })),
        { title: 'Add Content Segment', placeHolder: `Add “${preview(session.index.slice(ranges[0].start, ranges[0].end), 30)}” to which attribution?` },
      );
      if (!picked) return undefined;
      id = picked.id;
    }
    const target_id = id;
    await this.store.apply(target.document, (s, sess) => {
      let next = s;
      for (const r of ranges) next = addContentSegment(next, sess.index, target_id, r);
      return { sidecar: next, result: undefined, touched: [target_id] };
    });
    return target_id;
  }

  private async pickActor(session: ArticleSession, target: Target, title: string, placeHolder: string, exclude: string[] = []): Promise<string | undefined> {
    const sidecar = session.view();
    const actors = sidecar.actors.filter((a) => !exclude.includes(a.id));
    if (!actors.length) throw new EditError('This article has no actors yet.');
    // The speaker of the attribution at the cursor comes first.
    const offset = target.editor ? toOffset(session.index, target.editor.selection.active) : -1;
    const here = attributionsAt(sidecar, offset)[0]?.attribution.source?.actor;
    const items = actors
      .map((a) => ({ label: a.name, description: `${a.kind} · ${a.id}`, detail: a.aliases?.length ? `also: ${a.aliases.join(', ')}` : undefined, id: a.id }))
      .sort((x, y) => (x.id === here ? -1 : y.id === here ? 1 : x.label.localeCompare(y.label)));
    return (await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true }))?.id;
  }

  private async renameActor(arg: unknown): Promise<string | undefined> {
    const { target, session, args, interactive } = await this.context(arg);
    let actorId = stringArg(args, 'actor');
    let name = stringArg(args, 'name');
    const keep = args.keepOldName === true;
    if (!interactive && (actorId === undefined || name === undefined)) throw new EditError('Give "actor" (an id) and the new "name".');
    if (actorId === undefined) actorId = await this.pickActor(session, target, 'Rename Actor', 'Rename which actor?');
    if (actorId === undefined) return undefined;
    const old = session.view().actors.find((a) => a.id === actorId);
    if (!old) throw new EditError(`There is no actor with id "${actorId}".`);
    if (name === undefined) name = await vscode.window.showInputBox({ title: 'Rename Actor', prompt: `New name for ${old.name}`, value: old.name, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
    if (name === undefined) return undefined;
    const id = actorId;
    const newName = name;
    await this.store.apply(target.document, (s) => ({ sidecar: renameActor(s, id, newName, keep), result: undefined }));
    return id;
  }

  private async mergeActors(arg: unknown): Promise<string | undefined> {
    const { target, session, args, interactive } = await this.context(arg);
    let from: string[] | undefined = typeof args.from === 'string' ? [args.from] : Array.isArray(args.from) ? args.from.map(String) : undefined;
    let into = stringArg(args, 'into');
    if (!interactive && (!from || into === undefined)) throw new EditError('Give "from" (an actor id or a list of them) and "into" (the actor id to keep).');
    if (into === undefined) into = await this.pickActor(session, target, 'Merge Actors', 'Merge into which actor (the one to keep)?');
    if (into === undefined) return undefined;
    if (!from) {
      const keepId = into;
      const items = session.view().actors.filter((a) => a.id !== keepId).map((a) => ({ label: a.name, description: `${a.kind} · ${a.id}`, id: a.id }));
      if (!items.length) throw new EditError('There is no other actor to merge.');
      const picked = await vscode.window.showQuickPick(items, { title: 'Merge Actors', canPickMany: true, placeHolder: `Which actors are the same as ${session.view().actors.find((a) => a.id === keepId)?.name ?? keepId}? (Space ticks, Enter merges)` });
      if (!picked?.length) return undefined;
      from = picked.map((p) => p.id);
    }
    const keepId = into;
    const merged = from;
    await this.store.apply(target.document, (s) => ({
      sidecar: mergeActors(s, merged, keepId),
      result: undefined,
      touched: s.attributions.filter((a) => a.source?.actor && merged.includes(a.source.actor)).map((a) => a.id),
    }));
    return keepId;
  }

  private async setSuggestion(arg: unknown, accept: boolean): Promise<string | undefined> {
    const { target, session, args, interactive } = await this.context(arg);
    const a = await this.attributionFor(target, session, args, interactive, accept ? 'accept' : 'reject');
    if (a.status !== 'suggested') throw new EditError(`Attribution ${a.id} is not a suggestion.`);
    await this.store.apply(target.document, (s, sess) => ({
      sidecar: accept ? acceptSuggestions(s, [a.id]).sidecar : rejectSuggestions(s, [a.id], sess.suggestedActors).sidecar,
      result: undefined,
      touched: [a.id],
    }));
    return a.id;
  }

  private async applyFix(arg: unknown): Promise<boolean> {
    const { target, args } = await this.context(arg);
    const fix = args.fix as Fix | undefined;
    if (!fix || typeof fix !== 'object' || typeof fix.kind !== 'string') throw new EditError('"fix" must be a fix proposed by a diagnostic.');
    const attributionId = stringArg(args, 'attributionId');
    await this.store.apply(target.document, (s, session) => {
      const resolved = repoint(s, fix, attributionId);
      const touched = attributionId ? [attributionId] : fix.kind === 'remove-attribution' ? [fix.attributionId] : [];
      return { sidecar: applyFix(s, session.index, resolved), result: undefined, touched };
    });
    return true;
  }

  private async applyFixes(arg: unknown): Promise<number> {
    const { target, args } = await this.context(arg);
    const list = Array.isArray(args.fixes) ? (args.fixes as { fix: Fix; attributionId?: string }[]) : undefined;
    if (!list?.length) throw new EditError('"fixes" must be a list of { fix, attributionId }.');
    await this.store.apply(target.document, (s, session) => {
      let next = s;
      for (const { fix, attributionId } of list) next = applyFix(next, session.index, repoint(next, fix, attributionId));
      return { sidecar: next, result: undefined, touched: list.map((f) => f.attributionId).filter((x): x is string => !!x) };
    });
    return list.length;
  }

  private async resolveConflict(arg: unknown): Promise<string | undefined> {
    const { session, args, interactive } = await this.context(arg);
    let keep = args.keep as KeepChoice | undefined;
    if (!interactive && keep !== 'editor' && keep !== 'disk') throw new EditError('"keep" must be "editor" or "disk".');
    if (!session.conflict) throw new EditError('The sidecar of this article has no pending conflict.');
    if (!keep) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'Keep my annotations', description: 'write them over the file on disk', keep: 'editor' as const },
          { label: 'Load the file from disk', description: 'drop the annotation changes made here', keep: 'disk' as const },
        ],
        { placeHolder: 'The sidecar changed on disk while annotation changes were unsaved' },
      );
      if (!picked) return undefined;
      keep = picked.keep;
    }
    await this.store.resolveConflict(session, keep);
    return keep;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function speakerName(s: Sidecar, a: Attribution): string {
  const id = a.source?.actor;
  if (!id) return a.source?.mention?.[0]?.text ?? 'unknown speaker';
  return s.actors.find((x) => x.id === id)?.name ?? id;
}

function distance(a: Attribution, at: number): number {
  return Math.min(...a.content.map((c) => (at < c.start ? c.start - at : at > c.end ? at - c.end : 0)));
}

function restoreAttribution(s: Sidecar, before: Sidecar, old: Attribution): Sidecar {
  if (s.attributions.some((a) => a.id === old.id)) return s;
  const actors = [...s.actors];
  const actor = old.source?.actor && before.actors.find((x) => x.id === old.source!.actor);
  if (actor && !actors.some((x) => x.id === actor.id)) actors.push(actor);
  return { ...s, actors, attributions: [...s.attributions, old].sort((x, y) => x.content[0].start - y.content[0].start) };
}

/** A fix's pointer names an attribution by position; point it at the attribution with that id now. */
function repoint(s: Sidecar, fix: Fix, attributionId: string | undefined): Fix {
  if ((fix.kind !== 'reanchor' && fix.kind !== 'remove-span') || !attributionId) return fix;
  const path = parsePointer(fix.pointer);
  const i = s.attributions.findIndex((a) => a.id === attributionId);
  if (i < 0) throw new EditError(`There is no attribution with id "${attributionId}".`);
  path[1] = String(i);
  return { ...fix, pointer: '/' + path.join('/') };
}

