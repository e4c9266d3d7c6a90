/**
 * Pure edits of a sidecar: add, change and remove attributions and actors, and apply the fixes the
 * validator proposes. Every function returns a new sidecar and leaves its input untouched, so callers
 * can keep the previous version (undo, conflict resolution) for free.
 */
import { makeSpan, spanMatches } from './anchor';
import type { Fix } from './diagnostics';
import {
  ACTOR_KINDS,
  ATTRIBUTION_TYPES,
  actorIdFor,
  nextAttributionId,
  type Actor,
  type ActorKind,
  type Attribution,
  type AttributionStatus,
  type AttributionType,
  type Range,
  type Sidecar,
  type Span,
} from './model';
import { parsePointer } from './sidecar';
import type { TextIndex } from './text';

/** A request that cannot be carried out; the message is meant for the user. */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

export interface NewActor {
  name: string;
  kind?: ActorKind;
  aliases?: string[];
  description?: string;
}

/** An actor given by id, or by name (an existing actor of that name or alias is reused, otherwise one is created). */
export type ActorRef = string | NewActor;

export interface AttributionInput {
  content: Range[];
  cue?: Range[];
  mention?: Range[];
  actor?: ActorRef;
  type?: AttributionType;
  status?: AttributionStatus;
  note?: string;
  /** A specific id; the next free a<N> when omitted. */
  id?: string;
}

export interface AttributionPatch {
  content?: Range[];
  cue?: Range[];
  mention?: Range[];
  /** An actor, or null to clear the source actor. */
  actor?: ActorRef | null;
  type?: AttributionType;
  status?: AttributionStatus;
  /** A note, or '' to remove it. */
  note?: string;
}

function copySpan(s: Span): Span {
  return { ...s };
}

function copyAttribution(a: Attribution): Attribution {
  const out: Attribution = { ...a, content: a.content.map(copySpan) };
  if (a.cue) out.cue = a.cue.map(copySpan);
  if (a.source) out.source = { ...a.source, ...(a.source.mention ? { mention: a.source.mention.map(copySpan) } : {}) };
  return out;
}

/** A deep copy of a sidecar. */
export function cloneSidecar(s: Sidecar): Sidecar {
  return {
    ...s,
    document: { ...s.document },
    actors: s.actors.map((a) => ({ ...a, ...(a.aliases ? { aliases: [...a.aliases] } : {}) })),
    attributions: s.attributions.map(copyAttribution),
  };
}

/** The actor whose name or one of whose aliases is `name` (case and spacing ignored). */
export function findActorByName(s: Pick<Sidecar, 'actors'>, name: string): Actor | undefined {
  const key = normalizeName(name);
  if (!key) return undefined;
  return (
    s.actors.find((a) => normalizeName(a.name) === key) ??
    s.actors.find((a) => (a.aliases ?? []).some((al) => normalizeName(al) === key))
  );
}

function normalizeName(n: string): string {
  return n.normalize('NFC').replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Adds an actor (or returns the existing actor of that name). */
export function addActor(s: Sidecar, actor: NewActor): { sidecar: Sidecar; actorId: string; created: boolean } {
  const name = actor.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new EditError('An actor needs a name.');
  const kind = actor.kind ?? 'person';
  if (!ACTOR_KINDS.includes(kind)) throw new EditError(`Unknown actor kind "${kind}"; use one of ${ACTOR_KINDS.join(', ')}.`);
  const existing = findActorByName(s, name);
  if (existing) return { sidecar: s, actorId: existing.id, created: false };
  const out = cloneSidecar(s);
  const id = actorIdFor(name, new Set(s.actors.map((a) => a.id)));
  const a: Actor = { id, name, kind };
  const aliases = (actor.aliases ?? []).map((x) => x.trim()).filter((x) => x && normalizeName(x) !== normalizeName(name));
  if (aliases.length) a.aliases = aliases;
  if (actor.description) a.description = actor.description;
  out.actors.push(a);
  return { sidecar: out, actorId: id, created: true };
}

function resolveActor(s: Sidecar, ref: ActorRef): { sidecar: Sidecar; actorId: string } {
  if (typeof ref === 'string') {
    if (!s.actors.some((a) => a.id === ref)) throw new EditError(`There is no actor with id "${ref}".`);
    return { sidecar: s, actorId: ref };
  }
  if (!ref || typeof ref.name !== 'string') throw new EditError('An actor must be an id or { name, kind }.');
  return addActor(s, ref);
}

function checkRanges(index: TextIndex, ranges: readonly Range[], what: string): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    if (!r || !Number.isInteger(r.start) || !Number.isInteger(r.end)) throw new EditError(`The ${what} needs integer start and end offsets.`);
    if (r.start < 0 || r.end > index.length) throw new EditError(`The ${what} ${r.start}–${r.end} lies outside the article (${index.length} characters).`);
    if (r.end <= r.start) throw new EditError(`The ${what} ${r.start}–${r.end} is empty or reversed.`);
    out.push({ start: r.start, end: r.end });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < out.length; i++) {
    if (out[i].start < out[i - 1].end) throw new EditError(`The ${what} segments ${out[i - 1].start}–${out[i - 1].end} and ${out[i].start}–${out[i].end} overlap.`);
  }
  return out;
}

function spansFor(index: TextIndex, ranges: readonly Range[]): Span[] {
  return ranges.map((r) => makeSpan(index, r.start, r.end));
}

/** Adds an attribution; its spans take their text and context from the article. */
export function addAttribution(s: Sidecar, index: TextIndex, input: AttributionInput): { sidecar: Sidecar; id: string; actorId?: string } {
  const content = checkRanges(index, input.content ?? [], 'content');
  if (content.length === 0) throw new EditError('An attribution needs at least one content segment.');
  const cue = checkRanges(index, input.cue ?? [], 'cue');
  const mention = checkRanges(index, input.mention ?? [], 'source mention');
  const type = input.type ?? 'direct';
  if (!ATTRIBUTION_TYPES.includes(type)) throw new EditError(`Unknown attribution type "${type}"; use one of ${ATTRIBUTION_TYPES.join(', ')}.`);
  const status = input.status ?? 'confirmed';
  if (status !== 'confirmed' && status !== 'suggested') throw new EditError(`Unknown status "${String(status)}"; use confirmed or suggested.`);
  let next = s;
  let actorId: string | undefined;
  if (input.actor !== undefined) ({ sidecar: next, actorId } = resolveActor(next, input.actor));
  if (next === s) next = cloneSidecar(s);
  const id = input.id ?? nextAttributionId(next);
  if (next.attributions.some((a) => a.id === id)) throw new EditError(`An attribution with id "${id}" exists already.`);
  const a: Attribution = { id, type, status, content: spansFor(index, content) };
  if (cue.length) a.cue = spansFor(index, cue);
  if (actorId !== undefined || mention.length) {
    a.source = {};
    if (actorId !== undefined) a.source.actor = actorId;
    if (mention.length) a.source.mention = spansFor(index, mention);
  }
  if (input.note) a.note = input.note;
  next.attributions.push(a);
  next.attributions.sort(byPosition);
  return { sidecar: next, id, actorId };
}

function byPosition(a: Attribution, b: Attribution): number {
  return (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true });
}

function indexOfAttribution(s: Sidecar, id: string): number {
  const i = s.attributions.findIndex((a) => a.id === id);
  if (i < 0) throw new EditError(`There is no attribution with id "${id}".`);
  return i;
}

/** Changes some fields of an attribution. */
export function updateAttribution(s: Sidecar, index: TextIndex, id: string, patch: AttributionPatch): Sidecar {
  indexOfAttribution(s, id);
  let next = s;
  let actorId: string | null | undefined;
  if (patch.actor === null) actorId = null;
  else if (patch.actor !== undefined) ({ sidecar: next, actorId } = resolveActor(next, patch.actor));
  if (next === s) next = cloneSidecar(s);
  const a = next.attributions[indexOfAttribution(next, id)];
  if (patch.content !== undefined) {
    const content = checkRanges(index, patch.content, 'content');
    if (content.length === 0) throw new EditError('An attribution needs at least one content segment.');
    a.content = spansFor(index, content);
  }
  if (patch.cue !== undefined) {
    const cue = checkRanges(index, patch.cue, 'cue');
    if (cue.length) a.cue = spansFor(index, cue);
    else delete a.cue;
  }
  if (patch.mention !== undefined || actorId !== undefined) {
    const source = { ...(a.source ?? {}) };
    if (actorId === null) delete source.actor;
    else if (actorId !== undefined) source.actor = actorId;
    if (patch.mention !== undefined) {
      const mention = checkRanges(index, patch.mention, 'source mention');
      if (mention.length) source.mention = spansFor(index, mention);
      else delete source.mention;
    }
    if (source.actor === undefined && !source.mention?.length) delete a.source;
    else a.source = source;
  }
  if (patch.type !== undefined) {
    if (!ATTRIBUTION_TYPES.includes(patch.type)) throw new EditError(`Unknown attribution type "${patch.type}"; use one of ${ATTRIBUTION_TYPES.join(', ')}.`);
    a.type = patch.type;
  }
  if (patch.status !== undefined) {
    if (patch.status !== 'confirmed' && patch.status !== 'suggested') throw new EditError(`Unknown status "${String(patch.status)}"; use confirmed or suggested.`);
    a.status = patch.status;
  }
  if (patch.note !== undefined) {
    if (patch.note === '') delete a.note;
    else a.note = patch.note;
  }
  next.attributions.sort(byPosition);
  return next;
}

/** Removes an attribution. Its actor stays (it may be the source of other attributions). */
export function removeAttribution(s: Sidecar, id: string): Sidecar {
  indexOfAttribution(s, id);
  const next = cloneSidecar(s);
  next.attributions = next.attributions.filter((a) => a.id !== id);
  return next;
}

/** Adds one more content segment to an attribution (a quotation interrupted by "he said"). */
export function addContentSegment(s: Sidecar, index: TextIndex, id: string, range: Range): Sidecar {
  const a = s.attributions[indexOfAttribution(s, id)];
  return updateAttribution(s, index, id, { content: [...a.content.map((c) => ({ start: c.start, end: c.end })), range] });
}

/** Renames an actor; its id stays, so no reference changes. With `keepOldName` the old name becomes an alias. */
export function renameActor(s: Sidecar, actorId: string, name: string, keepOldName = false): Sidecar {
  const newName = name.replace(/\s+/g, ' ').trim();
  if (!newName) throw new EditError('An actor needs a name.');
  const i = s.actors.findIndex((a) => a.id === actorId);
  if (i < 0) throw new EditError(`There is no actor with id "${actorId}".`);
  const clash = findActorByName(s, newName);
  if (clash && clash.id !== actorId && normalizeName(clash.name) === normalizeName(newName)) {
    throw new EditError(`Another actor is already called "${clash.name}" (${clash.id}); merge the two actors instead.`);
  }
  const next = cloneSidecar(s);
  const actor = next.actors[i];
  const old = actor.name;
  actor.name = newName;
  const aliases = (actor.aliases ?? []).filter((x) => normalizeName(x) !== normalizeName(newName));
  if (keepOldName && normalizeName(old) !== normalizeName(newName) && !aliases.some((x) => normalizeName(x) === normalizeName(old))) aliases.push(old);
  if (aliases.length) actor.aliases = aliases;
  else delete actor.aliases;
  return next;
}

/**
 * Merges actors into one: every attribution that names one of `fromIds` names `intoId` instead, and
 * the merged actors' names and aliases become aliases of the one kept.
 */
export function mergeActors(s: Sidecar, fromIds: readonly string[], intoId: string): Sidecar {
  const into = s.actors.find((a) => a.id === intoId);
  if (!into) throw new EditError(`There is no actor with id "${intoId}".`);
  const from = new Set(fromIds.filter((id) => id !== intoId));
  if (from.size === 0) throw new EditError('Choose at least one other actor to merge.');
  for (const id of from) if (!s.actors.some((a) => a.id === id)) throw new EditError(`There is no actor with id "${id}".`);
  const next = cloneSidecar(s);
  const target = next.actors.find((a) => a.id === intoId)!;
  const aliases = [...(target.aliases ?? [])];
  const have = (n: string) => normalizeName(n) === normalizeName(target.name) || aliases.some((x) => normalizeName(x) === normalizeName(n));
  for (const a of next.actors) {
    if (!from.has(a.id)) continue;
    for (const n of [a.name, ...(a.aliases ?? [])]) if (!have(n)) aliases.push(n);
  }
  if (aliases.length) target.aliases = aliases;
  next.actors = next.actors.filter((a) => !from.has(a.id));
  for (const a of next.attributions) {
    if (a.source?.actor !== undefined && from.has(a.source.actor)) a.source.actor = intoId;
  }
  return next;
}

/** Removes an actor that no attribution names. */
export function removeActor(s: Sidecar, actorId: string): Sidecar {
  if (!s.actors.some((a) => a.id === actorId)) throw new EditError(`There is no actor with id "${actorId}".`);
  const users = s.attributions.filter((a) => a.source?.actor === actorId).map((a) => a.id);
  if (users.length) throw new EditError(`Actor "${actorId}" is the source of ${users.join(', ')}; merge it into another actor instead.`);
  const next = cloneSidecar(s);
  next.actors = next.actors.filter((a) => a.id !== actorId);
  return next;
}

/** A readable name from an actor id: "donald-trump" → "Donald Trump". */
export function nameFromActorId(id: string): string {
  const words = id.split(/[-_.:]+/).filter(Boolean);
  return words.length ? words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') : id;
}

/**
 * Applies one of the validator's fixes. `attribute-quote` needs a speaker and is not applied here
 * (see addAttribution).
 */
export function applyFix(s: Sidecar, index: TextIndex, fix: Fix): Sidecar {
  switch (fix.kind) {
    case 'remove-attribution':
      return removeAttribution(s, fix.attributionId);
    case 'remove-actor':
      return removeActor(s, fix.actorId);
    case 'create-actor': {
      if (s.actors.some((a) => a.id === fix.actorId)) return s;
      const next = cloneSidecar(s);
      next.actors.push({ id: fix.actorId, name: nameFromActorId(fix.actorId), kind: 'person' });
      return next;
    }
    case 'reanchor':
    case 'remove-span': {
      const next = cloneSidecar(s);
      const { list, i, attribution, role } = spanAt(next, fix.pointer);
      if (fix.kind === 'reanchor') {
        list[i] = makeSpan(index, fix.range.start, fix.range.end);
        if (role === 'content') attribution.content.sort((x, y) => x.start - y.start);
      } else {
        if (role === 'content' && list.length === 1) throw new EditError(`Attribution "${attribution.id}" has no other content; remove the attribution instead.`);
        list.splice(i, 1);
        if (role === 'cue' && list.length === 0) delete attribution.cue;
        if (role === 'mention' && list.length === 0) {
          delete attribution.source!.mention;
          if (attribution.source!.actor === undefined) delete attribution.source;
        }
      }
      next.attributions.sort(byPosition);
      return next;
    }
    case 'attribute-quote':
      throw new EditError('Attributing a quotation needs a speaker; use addAttribution.');
  }
}

function spanAt(s: Sidecar, pointer: string): { list: Span[]; i: number; attribution: Attribution; role: 'content' | 'cue' | 'mention' } {
  const path = parsePointer(pointer);
  const bad = () => new EditError(`"${pointer}" does not point at a span of this sidecar.`);
  if (path[0] !== 'attributions') throw bad();
  const attribution = s.attributions[Number(path[1])];
  if (!attribution) throw bad();
  let list: Span[] | undefined;
  let role: 'content' | 'cue' | 'mention';
  let at: string;
  if (path[2] === 'content' && path.length === 4) [list, role, at] = [attribution.content, 'content', path[3]];
  else if (path[2] === 'cue' && path.length === 4) [list, role, at] = [attribution.cue, 'cue', path[3]];
  else if (path[2] === 'source' && path[3] === 'mention' && path.length === 5) [list, role, at] = [attribution.source?.mention, 'mention', path[4]];
  else throw bad();
  const i = Number(at);
  if (!list || !Number.isInteger(i) || !list[i]) throw bad();
  return { list, i, attribution, role };
}

/** Where an offset falls in the sidecar's attributions: the innermost covering span wins. */
export interface SpanHit {
  attribution: Attribution;
  role: 'content' | 'cue' | 'mention';
  span: Span;
}

/** The attributions whose spans contain an offset (or touch it at their end), innermost first. */
export function attributionsAt(s: Pick<Sidecar, 'attributions'>, offset: number): SpanHit[] {
  const hits: SpanHit[] = [];
  for (const a of s.attributions) {
    const spans: [SpanHit['role'], Span[] | undefined][] = [
      ['content', a.content],
      ['cue', a.cue],
      ['mention', a.source?.mention],
    ];
    for (const [role, list] of spans) {
      for (const span of list ?? []) if (span.start <= offset && offset <= span.end) hits.push({ attribution: a, role, span });
    }
  }
  hits.sort((x, y) => x.span.end - x.span.start - (y.span.end - y.span.start));
  return hits;
}

/** Whether every span of the sidecar sits on its recorded text. */
export function allSpansMatch(index: TextIndex, s: Pick<Sidecar, 'attributions'>): boolean {
  for (const a of s.attributions) {
    for (const list of [a.content, a.cue ?? [], a.source?.mention ?? []]) for (const span of list) if (!spanMatches(index, span)) return false;
  }
  return true;
}
