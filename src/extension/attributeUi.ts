/**
 * The keyboard flow of Attribute Quote and Edit Attribution: quick picks for the speaker, its kind,
 * the cue, the mention, the type and a note. Every step is a quick pick or input box: type to filter,
 * arrows to move, Enter to accept, Escape to cancel.
 */
import * as vscode from 'vscode';
import { cueCandidates, namesNear } from '../core/assist';
import { findActorByName, type ActorRef, type NewActor } from '../core/edit';
import { ACTOR_KINDS, ATTRIBUTION_TYPES, type ActorKind, type AttributionType, type Range, type Sidecar } from '../core/model';
import { preview, quoted } from './convert';
import type { SpeakerGuess } from '../core/suggest/speaker';
import type { ArticleSession } from './session';

interface SpeakerItem extends vscode.QuickPickItem {
  actorId?: string;
  name?: string;
  isNew?: boolean;
  /** The actor the suggestion engine found (a new one): its kind, aliases and description come along. */
  found?: NewActor;
}

/**
 * Asks who speaks: the article's actors first, then capitalised names near the quotation, then "New
 * actor…". The speaker the suggestion engine found (`guess`), or else the actor the mention names, is on top
 * of its group and selected, so Enter takes it. Typing a name that is not listed offers it as a new actor.
 */
export async function pickSpeaker(
  session: ArticleSession,
  sidecar: Sidecar,
  content: readonly Range[],
  mention: Range | undefined,
  title: string,
  guess?: SpeakerGuess,
): Promise<ActorRef | undefined> {
  const index = session.index;
  const byMention = mention ? findActorByName(sidecar, index.slice(mention.start, mention.end)) : undefined;
  const foundNew = guess?.actor && !findActorByName(sidecar, guess.actor.name) ? guess.actor : undefined;
  const mentioned = (guess?.actorId && sidecar.actors.find((a) => a.id === guess.actorId)) || (guess?.actor && findActorByName(sidecar, guess.actor.name)) || (foundNew ? undefined : byMention);
  const counts = new Map<string, number>();
  for (const a of sidecar.attributions) if (a.source?.actor) counts.set(a.source.actor, (counts.get(a.source.actor) ?? 0) + 1);
  const actors = [...sidecar.actors].sort((a, b) => (a.id === mentioned?.id ? -1 : b.id === mentioned?.id ? 1 : a.name.localeCompare(b.name)));
  const items: SpeakerItem[] = [];
  let preferred: SpeakerItem | undefined;
  if (actors.length) items.push({ label: 'Actors in this article', kind: vscode.QuickPickItemKind.Separator });
  for (const a of actors) {
    const n = counts.get(a.id) ?? 0;
    const item: SpeakerItem = { label: a.name, description: `${a.kind} · ${n} attribution${n === 1 ? '' : 's'}${a.id === mentioned?.id ? ' · the speaker found' : ''}`, detail: a.aliases?.length ? `also: ${a.aliases.join(', ')}` : undefined, actorId: a.id };
    if (a.id === mentioned?.id) preferred = item;
    items.push(item);
  }
  const span = { start: Math.min(...content.map((r) => r.start)), end: Math.max(...content.map((r) => r.end)) };
  const key = (n: string) => n.toLowerCase().replace(/\s+/g, ' ').trim();
  const near = namesNear(index, span, session.quotations())
    .filter((n) => !findActorByName(sidecar, n.name) && (!foundNew || key(n.name) !== key(foundNew.name)))
    .slice(0, foundNew ? 11 : 12);
  if (near.length || foundNew) items.push({ label: 'Names near the quotation', kind: vscode.QuickPickItemKind.Separator });
  if (foundNew) {
    preferred = { label: foundNew.name, description: `new ${foundNew.kind ?? 'person'} · the speaker found`, detail: foundNew.aliases?.length ? `also: ${foundNew.aliases.join(', ')}` : undefined, name: foundNew.name, found: foundNew };
    items.push(preferred);
  }
  for (const n of near) items.push({ label: n.name, description: 'new actor', name: n.name });
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  const newItem: SpeakerItem = { label: '$(add) New actor…', isNew: true, alwaysShow: true };
  items.push(newItem);

  const qp = vscode.window.createQuickPick<SpeakerItem>();
  qp.title = title;
  qp.placeholder = 'Who said it? Type to filter, or type a new name';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = items;
  const first = preferred ?? items.find((i) => i.kind !== vscode.QuickPickItemKind.Separator);
  if (first) qp.activeItems = [first];
  qp.onDidChangeValue((value) => {
    const typed = value.trim();
    const listed = typed && (findActorByName(sidecar, typed) || near.some((n) => key(n.name) === key(typed)) || (foundNew && key(foundNew.name) === key(typed)));
    const dynamic: SpeakerItem[] = typed && !listed ? [{ label: `$(add) New actor “${typed}”`, name: typed, alwaysShow: true }] : [];
    qp.items = [...items.slice(0, -1), ...dynamic, newItem];
  });
  const picked = await new Promise<SpeakerItem | undefined>((resolve) => {
    qp.onDidAccept(() => resolve(qp.selectedItems[0]));
    qp.onDidHide(() => resolve(undefined));
    qp.show();
  });
  const typed = qp.value.trim();
  qp.dispose();
  if (!picked) return undefined;
  if (picked.actorId) return picked.actorId;
  if (picked.found) {
    const kind = await pickKind(title, picked.found.name, picked.found.kind);
    return kind ? { ...picked.found, kind } : undefined;
  }
  let name = picked.name;
  if (picked.isNew) {
    name = await vscode.window.showInputBox({ title, prompt: 'Name of the new actor', value: typed, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
    if (!name) return undefined;
    const existing = findActorByName(sidecar, name);
    if (existing) return existing.id;
  }
  const kind = await pickKind(title, name!);
  return kind ? { name: name!.trim(), kind } : undefined;
}

export async function pickKind(title: string, name: string, likely?: ActorKind): Promise<ActorKind | undefined> {
  const item = await vscode.window.showQuickPick(
    [...ACTOR_KINDS].sort((a, b) => (a === likely ? -1 : b === likely ? 1 : 0)).map((k) => ({ label: k, description: k === likely ? 'found in the text' : undefined })),
    { title, placeHolder: `What kind of actor is ${name}?` },
  );
  return item?.label as ActorKind | undefined;
}

export async function pickType(title: string, current: AttributionType, detected?: AttributionType): Promise<AttributionType | undefined> {
  const describe: Record<AttributionType, string> = {
    direct: 'the speaker’s exact words, in quotation marks',
    indirect: 'reported speech, paraphrased',
    mixed: 'paraphrase with quoted words',
  };
  const items = ATTRIBUTION_TYPES.map((t) => ({ label: t, description: t === detected ? `${describe[t]} (detected)` : describe[t] }));
  const qp = await vscode.window.showQuickPick(
    [...items].sort((a, b) => (a.label === current ? -1 : b.label === current ? 1 : 0)),
    { title, placeHolder: 'Type of attribution' },
  );
  return qp?.label as AttributionType | undefined;
}

/** Picks a range among candidates (or none); undefined when cancelled. */
export async function pickRange(session: ArticleSession, title: string, placeHolder: string, candidates: Range[], selection: Range | undefined): Promise<Range[] | undefined> {
  const index = session.index;
  type Item = vscode.QuickPickItem & { range?: Range };
  const items: Item[] = candidates.map((r) => ({ label: quoted(preview(index.slice(r.start, r.end))), description: `line ${index.positionAt(r.start).line + 1}`, range: r }));
  if (selection && selection.end > selection.start && !candidates.some((c) => c.start === selection.start && c.end === selection.end)) {
    items.unshift({ label: quoted(preview(index.slice(selection.start, selection.end))), description: 'the selection', range: selection });
  }
  items.push({ label: 'None' });
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder });
  if (!picked) return undefined;
  return picked.range ? [picked.range] : [];
}

export interface Draft {
  content: Range[];
  actor: ActorRef;
  type: AttributionType;
  detectedType: AttributionType;
  cue: Range[];
  mention: Range[];
  note?: string;
  /** The rest of an interrupted quotation, offered as a second content segment. */
  continuation?: Range;
}

/**
 * The last step of Attribute Quote: shows what will be saved, Enter saves; the other rows change the
 * type, the cue, the mention or the note. Undefined when cancelled.
 */
export async function confirmDraft(session: ArticleSession, sidecar: Sidecar, draft: Draft, title: string): Promise<Draft | undefined> {
  const index = session.index;
  const text = (rs: Range[]) => (rs.length ? rs.map((r) => quoted(preview(index.slice(r.start, r.end), 40))).join(' … ') : 'none');
  const actorName = (a: ActorRef) => (typeof a === 'string' ? (sidecar.actors.find((x) => x.id === a)?.name ?? a) : `${a.name} (new ${a.kind ?? 'person'})`);
  for (;;) {
    type Row = vscode.QuickPickItem & { action: 'save' | 'type' | 'cue' | 'mention' | 'note' | 'speaker' | 'continue' };
    const rows: Row[] = [
      { label: '$(check) Save attribution', description: `${actorName(draft.actor)} · ${draft.type}`, action: 'save' },
      { label: `Speaker: ${actorName(draft.actor)}`, description: 'change…', action: 'speaker' },
      { label: `Type: ${draft.type}`, description: draft.type === draft.detectedType ? 'detected · change…' : 'change…', action: 'type' },
      { label: `Cue: ${text(draft.cue)}`, description: 'change…', action: 'cue' },
      { label: `Speaker mention: ${text(draft.mention)}`, description: 'change…', action: 'mention' },
      { label: `Note: ${draft.note ? preview(draft.note, 40) : 'none'}`, description: 'change…', action: 'note' },
    ];
    const more = draft.continuation;
    if (more && !draft.content.some((c) => c.start === more.start)) {
      rows.splice(1, 0, { label: `$(add) Add the continuation ${text([more])}`, description: 'as a second content segment', action: 'continue' });
    }
    const row = await vscode.window.showQuickPick(rows, { title: `${title}: ${text(draft.content)}`, placeHolder: 'Enter saves; pick a row to change it' });
    if (!row) return undefined;
    switch (row.action) {
      case 'save':
        return draft;
      case 'continue':
        if (more) draft = { ...draft, content: [...draft.content, { start: more.start, end: more.end }].sort((a, b) => a.start - b.start), continuation: undefined };
        break;
      case 'speaker': {
        const actor = await pickSpeaker(session, sidecar, draft.content, draft.mention[0], title);
        if (actor !== undefined) draft = { ...draft, actor };
        break;
      }
      case 'type': {
        const type = await pickType(title, draft.type, draft.detectedType);
        if (type) draft = { ...draft, type };
        break;
      }
      case 'cue': {
        const cue = await pickRange(session, title, 'The words that report the speech', cueCandidates(index, draft.content), undefined);
        if (cue) draft = { ...draft, cue };
        break;
      }
      case 'mention': {
        const span = { start: Math.min(...draft.content.map((r) => r.start)), end: Math.max(...draft.content.map((r) => r.end)) };
        const names = namesNear(index, span, session.quotations()).slice(0, 8).map((n) => ({ start: n.start, end: n.end }));
        const mention = await pickRange(session, title, 'Where the text names the speaker', [...draft.mention, ...names.filter((n) => !draft.mention.some((m) => m.start === n.start))], undefined);
        if (mention) draft = { ...draft, mention };
        break;
      }
      case 'note': {
        const note = await vscode.window.showInputBox({ title, prompt: 'A note for this attribution (empty for none)', value: draft.note ?? '' });
        if (note !== undefined) draft = { ...draft, note: note || undefined };
        break;
      }
    }
  }
}
