/**
 * Suggesting attributions: the public API of the engine.
 *
 * `suggestAttributions(text, existing?)` finds quotations, cues and sources and returns them as
 * attributions with status "suggested" plus the actors they refer to. A suggestion's content never
 * overlaps the content of a confirmed attribution of `existing` unless one of them nests properly
 * inside the other (see `nestsWithin`), and actors already in `existing` are reused (a suggestion
 * for "Trump" points at the sidecar's "donald-trump").
 * `mergeSuggestions(sidecar, suggestions)` adds them to a sidecar without touching what is there.
 */
import { makeSpan } from '../anchor';
import { nextAttributionId, type Actor, type Attribution, type Range, type Sidecar, type Span } from '../model';
import { TextIndex } from '../text';
import { ActorRegistry, analyzeMention, type ActorRecord, type MentionInfo } from './actors';
import { analyze, type Doc } from './document';
import { Engine, mentionWords, type Draft, type EngineOptions } from './engine';
import { AUXILIARIES, CLAUSE_STOPS, CORE_TITLES, DETERMINERS, LEADING_CONJUNCTIONS, NP_PREPOSITIONS, ROLE_WORDS, SUBJECT_PRONOUNS, VERB_FORMS } from './lexicon';
import { contentType } from './quotemarks';

export { ActorRegistry, analyzeMention } from './actors';
export { analyze } from './document';
export { contentType, hasQuoteMark } from './quotemarks';

export type SuggestOptions = EngineOptions;

export interface Suggestions {
  /** Actors the suggestions refer to that are not in the existing sidecar. */
  actors: Actor[];
  /** Suggested attributions, in document order, status "suggested". */
  attributions: Attribution[];
}

/** Finds attributions in an article. */
export function suggestAttributions(text: string | TextIndex, existing?: Pick<Sidecar, 'actors' | 'attributions'>, options: SuggestOptions = {}): Suggestions {
  const index = typeof text === 'string' ? new TextIndex(text) : text;
  const doc = analyze(index.text, index);
  const engine = new Engine(doc, options);
  const drafts = engine.run();
  const registry = new ActorRegistry(existing?.actors ?? []);
  registry.sentenceAt = sentenceAtOffset(doc);

  const cp = (unit: number) => index.toCodePoint(unit);
  const T = doc.tokens;
  const spanOf = ([a, b]: [number, number]): Span => makeSpan(index, cp(T[a].s), cp(T[b - 1].e));

  // Content already claimed by confirmed attributions.
  const taken = new ContentIndex((existing?.attributions ?? []).filter((a) => a.status === 'confirmed'));

  // Resolve sources in document order, registering the names each sentence mentions on the way, so
  // that pronouns and short names see the actors before them.
  const order = drafts.map((d, i) => ({ d, i, tok: (d.source ?? d.cue ?? d.content[0])[0] }));
  order.sort((x, y) => x.tok - y.tok || x.i - y.i);
  const actorOf = new Map<Draft, ActorRecord | undefined>();
  let lastSpeaker: Speaker | undefined;
  let scanned = 0;
  const nameCache: NameCache = new Map();
  const mentionCache = new Map<string, MentionInfo | undefined>();
  for (const { d, tok } of order) {
    for (const upTo = doc.sentenceOf[tok]; scanned <= upTo; scanned++) scanNames(doc, engine, registry, scanned, nameCache);
    if (d.sameSourceAs && !d.source) {
      if (!actorOf.has(d.sameSourceAs)) actorOf.set(d.sameSourceAs, resolveSource(doc, engine, registry, mentionCache, d.sameSourceAs));
      actorOf.set(d, actorOf.get(d.sameSourceAs));
      if (!d.floating && d.sameSourceAs.source) d.source = d.sameSourceAs.source;
      continue;
    }
    if (!actorOf.has(d)) actorOf.set(d, resolveSource(doc, engine, registry, mentionCache, d, lastSpeaker));
    const a = actorOf.get(d);
    // The source of a report is a subject: a later pronoun prefers it to a name mentioned in passing.
    if (a && d.source && !d.floating) registry.note(a, doc.tokens[d.source[0]].s, true);
    if (a) lastSpeaker = { actor: a, sentence: Math.max(doc.sentenceOf[tok], doc.sentenceOf[d.content[d.content.length - 1][1] - 1]) };
  }

  for (; scanned < doc.sentences.length; scanned++) scanNames(doc, engine, registry, scanned, nameCache);

  // Each draft's spans are built once, for the conflict check and for the attribution.
  const kept: { d: Draft; content: Span[]; cue?: Span[]; mention?: Span[] }[] = [];
  for (const d of drafts) {
    const content = d.content.map(spanOf);
    const cue = d.cue && [spanOf(d.cue)];
    const mention = d.source && [spanOf(d.source)];
    if (taken.conflicts({ content, cue, source: mention && { mention } })) continue;
    kept.push({ d, content, cue, mention });
    const actor = actorOf.get(d);
    if (actor) actor.used = true;
  }
  const takenIds = new Set((existing?.actors ?? []).map((a) => a.id));
  const ids = registry.assignIds(takenIds);
  kept.sort((x, y) => x.content[0].start - y.content[0].start);
  let nextId = Number(nextAttributionId({ attributions: existing?.attributions ?? [] }).slice(1));
  const attributions: Attribution[] = kept.map(({ d, content, cue, mention }) => {
    const a: Attribution = { id: `a${nextId++}`, type: contentType(content.map((s) => s.text)), status: 'suggested', content };
    if (cue) a.cue = cue;
    const actor = actorOf.get(d);
    if (d.source || actor) {
      a.source = {};
      if (actor) a.source.actor = ids.get(actor);
      if (mention && !d.floating) a.source.mention = mention;
      if (a.source.actor === undefined) delete a.source.actor;
      if (!a.source.actor && !a.source.mention) delete a.source;
    }
    if (d.floating) a.note = 'Continues the previous speaker.';
    return a;
  });
  return { actors: registry.toActors(ids), attributions };
}

/** Registers the names a sentence mentions, so that pronouns can refer to people named outside a source. */
function scanNames(doc: Doc, engine: Engine, registry: ActorRegistry, si: number, cache: NameCache): void {
  const T = doc.tokens;
  {
    const S = doc.sentences[si];
    let k = doc.paragraphs[S.para].first === si ? engine.afterDateline(S) : S.a;
    // The first name of a sentence before any verb is its subject ("The council’s chair, Rita Gomez, was …").
    let subjectOpen = true;
    while (k < S.b) {
      const t = T[k];
      // "While Obama had …, X …": a name in a subordinate clause is not the sentence's subject.
      if (t.kind === 'word' && SUBORDINATORS.has(t.lower)) subjectOpen = false;
      if (t.kind !== 'word' || !t.cap || t.q >= 0) {
        if (t.q >= 0 || (t.kind === 'word' && ((AUXILIARIES.has(t.lower) && t.lower !== 'not') || VERB_FORMS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'))))) subjectOpen = false;
        k++;
        continue;
      }
      let e = k;
      while (e < S.b && T[e].q < 0 && (T[e].cap || (T[e].text === '.' && e > k && T[e - 1].e === T[e].s) || (isParticle(T[e].lower) && (T[e + 1]?.cap || (isParticle(T[e + 1]?.lower ?? '') && T[e + 2]?.cap))))) {
        e++;
        if (POSSESSIVE_S.test(T[e - 1].text)) break;
      }
      let a = k;
      while (a < e && (a === S.a || T[a].text === '.') && isFunctionWord(T[a].lower)) a++;
      if (e > a) {
        // "European Commission president Ursula von der Leyen": a lower-case title before the name.
        // … or before a comma: "The council’s finance chair, Rita Gomez".
        const t1 = a > S.a && T[a - 1].kind === 'word' && !T[a - 1].cap && CORE_TITLES.has(T[a - 1].lower) ? T[a - 1].lower : '';
        const t2 = !t1 && a - 1 > S.a && T[a - 1].text === ',' && T[a - 2].kind === 'word' && !T[a - 2].cap && CORE_TITLES.has(T[a - 2].lower) ? T[a - 2].lower : '';
        const title = t1 || t2;
        let byText = cache.get(title);
        if (!byText) cache.set(title, (byText = new Map()));
        const key = e - a === 1 ? T[a].text : doc.text.slice(T[a].s, T[e - 1].e);
        let entry = byText.get(key);
        if (entry === undefined) {
          const info = analyzeMention(mentionWords(doc, a, e));
          if (info && info.type === 'name') {
            if (title) info.roles.push(...(ROLE_WORDS[title] ?? [title]));
            const words = info.name.split(/\s+/);
            const create = info.kind === 'person' ? (words.length >= 2 && (info.gender !== undefined || info.roles.length > 0)) || (words.length === 1 && info.roles.length > 0) : info.kind === 'organization' || info.kind === 'publication';
            entry = { info, create };
          } else entry = null;
          byText.set(key, entry);
        }
        if (entry) {
          const actor = registry.byName(entry.info, T[a].s, entry.create);
          // A name opening the sentence is its subject ("Varga met …"), unless it is a possessor ("Varga’s aide").
          if (actor && subjectOpen && !POSSESSIVE_END.test(T[e - 1].text) && !(a > S.a && T[a - 1].kind === 'word' && NP_PREPOSITIONS.has(T[a - 1].lower))) registry.note(actor, T[a].s, true);
        }
        subjectOpen = false;
      }
      k = Math.max(e, k + 1);
    }
  }
}

/** A possessive "’s" ending a word, and a possessive ending with or without the "s" ("Varga’s", "the Smiths’"). */
const POSSESSIVE_S = /['’]s$/;
const POSSESSIVE_END = /['’]s?$/;

const SUBORDINATORS = new Set(['while', 'when', 'whereas', 'although', 'though', 'if', 'because', 'as', 'since', 'after', 'before', 'unless', 'until', 'once', 'whether']);

/** The sentence index of a UTF-16 offset, by binary search over the sentences' first tokens. */
function sentenceAtOffset(doc: Doc): (pos: number) => number {
  const starts = doc.sentences.map((S) => doc.tokens[S.a]?.s ?? Infinity);
  return (pos: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
}

/** What a run of capitalised words says, by the title before it and the run's text. */
type NameCache = Map<string, Map<string, NameInfo | null>>;

interface NameInfo {
  info: Extract<MentionInfo, { type: 'name' }>;
  create: boolean;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'del', 'della', 'da', 'di', 'du']);

function isParticle(lower: string): boolean {
  return PARTICLES.has(lower);
}

function isFunctionWord(lower: string): boolean {
  return CLAUSE_STOPS.has(lower) || DETERMINERS.has(lower) || NP_PREPOSITIONS.has(lower) || LEADING_CONJUNCTIONS.has(lower) || SUBJECT_PRONOUNS.has(lower) || lower === 'according' || lower === 'asked' || lower === 'speaking';
}

interface Speaker {
  actor: ActorRecord;
  /** The last sentence of the speaker's attribution. */
  sentence: number;
}

/**
 * What the mention of tokens [a, b) says, by analyzeMention, remembered by the mention's text (its
 * words, their case and spacing follow from it): an article names its sources again and again.
 */
function mentionInfo(doc: Doc, a: number, b: number, cache: Map<string, MentionInfo | undefined>): MentionInfo | undefined {
  const key = a < b ? doc.text.slice(doc.tokens[a].s, doc.tokens[b - 1].e) : '';
  if (cache.has(key)) return cache.get(key);
  const info = analyzeMention(mentionWords(doc, a, b));
  cache.set(key, info);
  return info;
}

function resolveSource(doc: Doc, engine: Engine, registry: ActorRegistry, mentionCache: Map<string, MentionInfo | undefined>, d: Draft, lastSpeaker?: Speaker): ActorRecord | undefined {
  if (!d.source) return undefined;
  const [a, b] = d.source;
  const pos = doc.tokens[a].s;
  const info = mentionInfo(doc, a, b, mentionCache);
  // "“…,” he added": a pronoun that speaks right after an attribution refers first to its speaker,
  // when compatible; further on, to the last compatible actor mentioned.
  if (info?.type === 'pronoun' && lastSpeaker && doc.sentenceOf[a] - lastSpeaker.sentence <= 1 && registry.compatible(info.pronoun, lastSpeaker.actor)) {
    registry.note(lastSpeaker.actor, pos);
    return lastSpeaker.actor;
  }
  // "… Henry Crespo, the caucus president.¶“…,” he said": after a quotation, the person named last speaks.
  // (A continued draft may have lost its content when the engine trimmed it: "he said\n\n:\n\n“".)
  const first = d.content[0]?.[0];
  const quoteFirst = first !== undefined && first < a && doc.tokens[first].kind === 'open';
  return resolveInfo(doc, engine, registry, info, a, pos, quoteFirst);
}

function resolveInfo(doc: Doc, engine: Engine, registry: ActorRegistry, info: MentionInfo | undefined, a: number, pos: number, recent = false): ActorRecord | undefined {
  if (!info) return undefined;
  const T = doc.tokens;
  switch (info.type) {
    case 'pronoun': {
      if (info.pronoun === 'who' || info.pronoun === 'which' || info.pronoun === 'that') {
        let k = a - 1;
        if (k >= 0 && T[k].text === ',') k--;
        const S = doc.sentences[doc.sentenceOf[a]];
        if (k < S.a) return undefined;
        const start = engine.nounPhraseBefore(k, S.a);
        if (start < 0) return undefined;
        const ante = analyzeMention(mentionWords(doc, start, k + 1));
        if (!ante || ante.type === 'pronoun') return undefined;
        return resolveInfo(doc, engine, registry, ante, start, T[start].s);
      }
      return registry.resolvePronoun(info.pronoun, pos, recent);
    }
    case 'name':
      return registry.byName(info, pos);
    case 'description': {
      let possessor: string | undefined;
      if (info.possessor) possessor = registry.resolvePronoun(info.possessor === 'her' ? 'she' : info.possessor === 'his' ? 'he' : info.possessor === 'their' ? 'they' : info.possessor === 'its' ? 'it' : '', pos)?.name;
      return registry.byDescription(info, pos, possessor);
    }
  }
}

export interface MergeOptions {
  /** Drop the sidecar's existing suggestions first (confirmed attributions are always kept). */
  replaceSuggested?: boolean;
}

export interface MergeResult {
  sidecar: Sidecar;
  /** The attributions added, with the ids they got. */
  added: Attribution[];
  /** Suggestions left out because their content overlaps an attribution already there. */
  skipped: number;
}

/**
 * Adds suggestions to a sidecar. Existing attributions are kept as they are; a suggestion whose
 * content overlaps one of them, or one added before it, is left out unless one of the two nests
 * properly inside the other (see `nestsWithin`), so running the suggester twice adds nothing new and
 * the sidecar gets no partially overlapping or repeated content.
 * Actors are matched by id and name; new ones are added when a kept suggestion refers to them.
 */
export function mergeSuggestions(sidecar: Sidecar, suggestions: Suggestions, options: MergeOptions = {}): MergeResult {
  const attributions = sidecar.attributions.filter((a) => !(options.replaceSuggested && a.status === 'suggested'));
  const actors = [...sidecar.actors];
  const actorIds = new Set(actors.map((a) => a.id));
  const attributionIds = new Set(attributions.map((a) => a.id));
  const occupied = new ContentIndex(attributions);
  const suggestedActors = new Map(suggestions.actors.map((a) => [a.id, a]));
  const actorMap = new Map<string, string>();
  const mapActor = (id: string): string | undefined => {
    if (actorMap.has(id)) return actorMap.get(id);
    const wanted = suggestedActors.get(id);
    let target: string | undefined;
    if (!wanted) target = actorIds.has(id) ? id : undefined;
    else {
      const same = actors.find((a) => a.id === wanted.id && a.name === wanted.name) ?? actors.find((a) => a.name.toLowerCase() === wanted.name.toLowerCase());
      if (same) target = same.id;
      else {
        let newId = wanted.id;
        for (let n = 2; actorIds.has(newId); n++) newId = `${wanted.id}-${n}`;
        actors.push({ ...wanted, id: newId });
        actorIds.add(newId);
        target = newId;
      }
    }
    actorMap.set(id, target!);
    return target;
  };
  const added: Attribution[] = [];
  let skipped = 0;
  let next = Number(nextAttributionId({ attributions }).slice(1));
  for (const s of suggestions.attributions) {
    if (occupied.conflicts(s)) {
      skipped++;
      continue;
    }
    let id = s.id;
    if (attributionIds.has(id)) {
      while (attributionIds.has(`a${next}`)) next++;
      id = `a${next++}`;
    }
    const a: Attribution = { ...s, id, status: 'suggested' };
    if (s.source) {
      a.source = { ...s.source };
      if (s.source.actor !== undefined) {
        const mapped = mapActor(s.source.actor);
        if (mapped) a.source.actor = mapped;
        else delete a.source.actor;
      }
    }
    attributionIds.add(id);
    occupied.add(a);
    attributions.push(a);
    added.push(a);
  }
  return { sidecar: { ...sidecar, actors, attributions }, added, skipped };
}

type Located = Pick<Attribution, 'content' | 'cue' | 'source'>;

const overlap = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * Whether `inner` nests properly inside `outer`, as a report within another report's content does
 * ("the mayor said the council had claimed that …"): each of its content spans lies inside one of
 * `outer`'s content spans without being equal to it, and its cue and source mention lie inside them too.
 */
export function nestsWithin(inner: Located, outer: Pick<Attribution, 'content'>): boolean {
  const within = (r: Range, strict: boolean) => outer.content.some((c) => c.start <= r.start && r.end <= c.end && !(strict && c.start === r.start && c.end === r.end));
  return (
    inner.content.length > 0 &&
    inner.content.every((r) => within(r, true)) &&
    (inner.cue ?? []).every((r) => within(r, false)) &&
    (inner.source?.mention ?? []).every((r) => within(r, false))
  );
}

/**
 * The content spans of a set of attributions, sorted by start, for finding the attributions whose
 * content overlaps a range in logarithmic time (plus the hits).
 */
class ContentIndex {
  private readonly entries: { start: number; end: number; owner: Located }[] = [];
  /** The longest span, which bounds how far before a range an overlapping span can start. */
  private longest = 0;

  constructor(attributions: readonly Located[]) {
    for (const a of attributions) this.add(a);
  }

  add(a: Located): void {
    for (const c of a.content) {
      if (c.end <= c.start) continue;
      const i = this.firstStartingAt(c.start);
      this.entries.splice(i, 0, { start: c.start, end: c.end, owner: a });
      this.longest = Math.max(this.longest, c.end - c.start);
    }
  }

  /**
   * Whether an attribution's content overlaps that of one indexed, where neither nests properly in
   * the other (a partial overlap, or the same content).
   */
  conflicts(a: Located): boolean {
    if (this.entries.length === 0) return false;
    const seen = new Set<Located>();
    for (const r of a.content) {
      for (let i = this.firstStartingAt(r.start - this.longest); i < this.entries.length && this.entries[i].start < r.end; i++) {
        const e = this.entries[i];
        if (!overlap(e, r) || seen.has(e.owner)) continue;
        seen.add(e.owner);
        if (!nestsWithin(a, e.owner) && !nestsWithin(e.owner, a)) return true;
      }
    }
    return false;
  }

  /** The index of the first entry starting at or after `pos`. */
  private firstStartingAt(pos: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
