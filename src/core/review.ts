/**
 * Reviewing suggested attributions: accepting them (their status becomes "confirmed") or rejecting
 * them (they are removed, together with the actors that only suggestions introduced and that nothing
 * refers to any more). Confirmed attributions are never changed here.
 */
import { EditError, cloneSidecar } from './edit';
import type { Range, Sidecar } from './model';

export interface ReviewResult {
  sidecar: Sidecar;
  /** The ids of the attributions accepted or rejected. */
  ids: string[];
}

export interface RejectResult extends ReviewResult {
  /** The ids of the actors removed with the rejected suggestions. */
  removedActors: string[];
}

/** The suggestions named by `ids`, or all of them; an id that is not a suggestion is an error. */
function pick(s: Sidecar, ids: readonly string[] | undefined): Set<string> {
  if (!ids) return new Set(s.attributions.filter((a) => a.status === 'suggested').map((a) => a.id));
  for (const id of ids) {
    const a = s.attributions.find((x) => x.id === id);
    if (!a) throw new EditError(`There is no attribution with id "${id}".`);
    if (a.status !== 'suggested') throw new EditError(`Attribution ${id} is not a suggestion.`);
  }
  return new Set(ids);
}

/** Marks suggestions (those of `ids`, or all) as confirmed. */
export function acceptSuggestions(s: Sidecar, ids?: readonly string[]): ReviewResult {
  const chosen = pick(s, ids);
  if (!chosen.size) return { sidecar: s, ids: [] };
  const next = cloneSidecar(s);
  for (const a of next.attributions) if (chosen.has(a.id)) a.status = 'confirmed';
  return { sidecar: next, ids: next.attributions.filter((a) => chosen.has(a.id)).map((a) => a.id) };
}

/**
 * Removes suggestions (those of `ids`, or all). An actor the removed suggestions named goes too when
 * it is one of `suggestedActors` (actors that suggestions introduced) and no attribution left names it.
 */
export function rejectSuggestions(s: Sidecar, ids?: readonly string[], suggestedActors: ReadonlySet<string> = new Set()): RejectResult {
  const chosen = pick(s, ids);
  if (!chosen.size) return { sidecar: s, ids: [], removedActors: [] };
  const next = cloneSidecar(s);
  const removed = next.attributions.filter((a) => chosen.has(a.id));
  next.attributions = next.attributions.filter((a) => !chosen.has(a.id));
  const named = new Set(removed.map((a) => a.source?.actor).filter((x): x is string => x !== undefined));
  const stillUsed = new Set(next.attributions.map((a) => a.source?.actor).filter((x): x is string => x !== undefined));
  const drop = new Set([...named].filter((id) => suggestedActors.has(id) && !stillUsed.has(id)));
  next.actors = next.actors.filter((a) => !drop.has(a.id));
  return { sidecar: next, ids: removed.map((a) => a.id), removedActors: [...drop] };
}

/** How many of the quotations have content of some attribution of the sidecar inside them. */
export function attributedQuotations(quotations: readonly Range[], s: Pick<Sidecar, 'attributions'>): number {
  const content = s.attributions.flatMap((a) => a.content);
  return quotations.filter((q) => content.some((c) => c.start < q.end && q.start < c.end)).length;
}
