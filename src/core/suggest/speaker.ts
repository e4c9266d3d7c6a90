/**
 * Who said a given quotation, according to the suggestion engine: the speaker the Attribute Quote flow
 * offers first. The engine reads the text around the quotation (pronouns and short names need the
 * sentences before it); the speaker is an actor already in the sidecar when the engine links it to one,
 * otherwise a new actor with the name, kind and aliases the engine found.
 */
import type { NewActor } from '../edit';
import type { Range, Sidecar } from '../model';
import { TextIndex } from '../text';
import { suggestAttributions } from './index';

export interface SpeakerGuess {
  /** The id of an actor of the sidecar, when the speaker is one. */
  actorId?: string;
  /** Otherwise the actor to create. */
  actor?: NewActor;
  /** Where the text names the speaker (may be a pronoun). */
  mention: Range[];
  /** The words that report the speech. */
  cue: Range[];
}

/** Longest stretch of text the engine reads before the quotation, and after it, in code points. */
const BEFORE = 30_000;
const AFTER = 4_000;

export function guessSpeaker(index: TextIndex, sidecar: Pick<Sidecar, 'actors'>, content: readonly Range[]): SpeakerGuess | undefined {
  if (!content.length) return undefined;
  const from = Math.min(...content.map((r) => r.start));
  const to = Math.max(...content.map((r) => r.end));
  // A window of whole paragraphs around the quotation keeps long articles fast.
  let start = 0;
  let end = index.length;
  if (from - start > BEFORE) {
    const head = index.slice(from - BEFORE, from);
    const para = head.indexOf('\n');
    start = from - BEFORE + (para >= 0 ? [...head.slice(0, para + 1)].length : 0);
  }
  if (end - to > AFTER) {
    const tail = index.slice(to, to + AFTER);
    const para = tail.lastIndexOf('\n');
    end = to + (para >= 0 ? [...tail.slice(0, para)].length : AFTER);
  }
  const window = start === 0 && end === index.length ? index : new TextIndex(index.slice(start, end));
  const found = suggestAttributions(window, { actors: sidecar.actors, attributions: [] });

  // The suggestion sharing the most text with the quotation.
  let best: (typeof found.attributions)[number] | undefined;
  let bestShared = 0;
  for (const a of found.attributions) {
    let shared = 0;
    for (const c of a.content) for (const r of content) shared += Math.max(0, Math.min(c.end + start, r.end) - Math.max(c.start + start, r.start));
    if (shared > bestShared) {
      best = a;
      bestShared = shared;
    }
  }
  if (!best) return undefined;
  const shift = (rs: readonly Range[] | undefined): Range[] => (rs ?? []).map((r) => ({ start: r.start + start, end: r.end + start }));
  const guess: SpeakerGuess = { mention: shift(best.source?.mention), cue: shift(best.cue) };
  const id = best.source?.actor;
  if (id && sidecar.actors.some((a) => a.id === id)) guess.actorId = id;
  else if (id) {
    const actor = found.actors.find((a) => a.id === id);
    if (actor) {
      guess.actor = { name: actor.name, kind: actor.kind };
      if (actor.aliases?.length) guess.actor.aliases = [...actor.aliases];
      if (actor.description) guess.actor.description = actor.description;
    }
  }
  return guess;
}
