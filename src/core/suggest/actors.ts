/**
 * The actor registry of one article: who the sources are, under which names they appear, and
 * which earlier actor a pronoun or a short name refers to.
 *
 * "US President Donald Trump", "Mr. Trump", "Trump" and a later "he" become one actor named
 * Donald Trump with the other forms as aliases. Descriptions without a name ("one Nato diplomat",
 * "three officials briefed on the talks") become anonymous or group actors named by the
 * description; organisations and publications are recognised by their words.
 */
import { actorIdFor, type Actor, type ActorKind } from '../model';
import {
  ANONYMOUS_HEADS,
  CORE_TITLES,
  DETERMINERS,
  DOCUMENT_HEADS,
  FEMALE_NAMES,
  GROUP_WORDS,
  MALE_NAMES,
  MEDIA_WORDS,
  ORG_WORDS,
  POSSESSIVE_PRONOUNS,
  ROLE_WORDS,
  TITLES,
} from './lexicon';

export type Gender = 'm' | 'f';

export interface ActorRecord {
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  description?: string;
  /** Role nouns the actor can be referred to by ("president", "spokesman"). */
  roles: Set<string>;
  gender?: Gender;
  plural: boolean;
  /** Set when the actor comes from an existing sidecar. */
  existingId?: string;
  /** Whether a suggestion names this actor as its source. */
  used: boolean;
  /** Key used to find the actor again by description. */
  key: string;
}

/** What a source mention says, once titles, appositions and determiners are separated. */
export type MentionInfo =
  | { type: 'pronoun'; pronoun: string }
  | { type: 'name'; name: string; surface: string; roles: string[]; description?: string; kind: ActorKind; gender?: Gender }
  | { type: 'description'; text: string; head: string; kind: ActorKind; possessor?: string; definite: boolean; description?: string };

/** A word of a mention, as the name analysis needs it. */
export interface MentionWord {
  text: string;
  lower: string;
  cap: boolean;
  /** Whether a space (or nothing) precedes the word in the text: false for "." after "Mr". */
  spaced: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'him', 'her', 'them', 'us', 'me', 'his', 'their', 'its', 'that']);
const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'st', 'mc', 'mac']);
/** Dashes that set off an apposition as commas do ("Kall -- co-editor of the book -- said"). */
const APPOSITION_DASHES = new Set(['--', '—', '–', '―']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const FEMALE_ROLES = new Set(['mrs', 'ms', 'miss', 'congresswoman', 'chairwoman', 'spokeswoman', 'queen', 'princess', 'lady', 'dame', 'sister', 'assemblywoman', 'councilwoman', 'businesswoman', 'mother', 'widow', 'wife', 'daughter', 'woman']);
const MALE_ROLES = new Set(['mr', 'congressman', 'chairman', 'spokesman', 'king', 'prince', 'lord', 'sir', 'father', 'brother', 'assemblyman', 'councilman', 'businessman', 'husband', 'son', 'man']);

function stripPossessive(s: string): string {
  return s.replace(/['’]s$/i, '').replace(/['’]$/, '');
}

/** A small memo for the string functions the registry calls for every mention. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 20000) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

const normalizeKey = memo(normalizeKeyUncached);

/** The words of a name. */
const nameWords = memo((name: string): readonly string[] => name.split(/\s+/));

/** The words of a name without suffixes such as "Jr." and "III". */
const nameParts = memo((name: string): readonly string[] => nameWords(name).filter((p) => !SUFFIXES.has(p.toLowerCase().replace(/\./g, ''))));

/** The surname a person actor is indexed by: the last word of the name, lower-cased ('' for none). */
const indexedSurname = memo((name: string): string => nameParts(name).at(-1)?.toLowerCase() ?? '');

/** The surname a name mention is looked up by: as indexed, without a possessive "’s". */
const mentionedSurname = memo((name: string): string => nameParts(name).at(-1)?.toLowerCase().replace(/['’]s$/, '') ?? '');

function normalizeKeyUncached(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/^(the|a|an|one)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function joinWords(words: readonly MentionWord[]): string {
  let out = '';
  words.forEach((w, i) => {
    out += (i > 0 && w.spaced ? ' ' : '') + w.text;
  });
  return out;
}

function isAcronym(w: string): boolean {
  return /^[A-Z][A-Z0-9&.]{1,7}$/.test(w) && !/^[A-Z]\.?$/.test(w);
}

function genderOf(first: string | undefined, roles: readonly string[]): Gender | undefined {
  for (const r of roles) {
    if (FEMALE_ROLES.has(r)) return 'f';
    if (MALE_ROLES.has(r)) return 'm';
  }
  if (!first) return undefined;
  const f = first.toLowerCase();
  const fem = FEMALE_NAMES.has(f);
  const mal = MALE_NAMES.has(f);
  if (fem && !mal) return 'f';
  if (mal && !fem) return 'm';
  return undefined;
}

/** The kind of a description or name by its words. */
function kindOfWords(lowers: readonly string[], head: string, capitalizedName: boolean): ActorKind {
  const h = head.toLowerCase();
  if (lowers.some((w) => MEDIA_WORDS.has(w)) && (capitalizedName || MEDIA_WORDS.has(h))) {
    if (!ORG_WORDS.has(h) || MEDIA_WORDS.has(h)) return 'publication';
  }
  if (ORG_WORDS.has(h) || (capitalizedName && lowers.some((w) => ORG_WORDS.has(w)))) return 'organization';
  if (DOCUMENT_HEADS.has(h)) return 'organization';
  if (GROUP_WORDS.has(h) && !ANONYMOUS_HEADS.has(h)) return 'group';
  if (ANONYMOUS_HEADS.has(h)) return /s$/.test(h) && h !== 'people' ? 'group' : 'anonymous';
  if (/s$/.test(h) && !/ss$/.test(h)) return 'group';
  return capitalizedName ? 'person' : 'anonymous';
}

/**
 * Analyses the words of a source mention. Appositions ("Dmitry Peskov, Putin's spokesperson")
 * are split off as the description; titles before a name become roles.
 */
export function analyzeMention(words: readonly MentionWord[]): MentionInfo | undefined {
  let ws = words.filter((w) => w.text !== '' && w.text !== '"');
  if (ws.some((w) => APPOSITION_DASHES.has(w.text))) ws = ws.map((w) => (APPOSITION_DASHES.has(w.text) ? { ...w, text: ',', lower: ',' } : w));
  while (ws.length && /^[,;:]$/.test(ws[ws.length - 1].text)) ws = ws.slice(0, -1);
  if (ws.length === 0) return undefined;
  // "in Holt’s words": a name in the possessive names Holt.
  const lastWord = ws[ws.length - 1];
  if (lastWord.cap && /\p{L}['’]s$/u.test(lastWord.text)) ws = [...ws.slice(0, -1), { ...lastWord, text: lastWord.text.slice(0, -2), lower: lastWord.lower.slice(0, -2) }];
  if (ws.length === 1 && PRONOUNS.has(ws[0].lower)) return { type: 'pronoun', pronoun: ws[0].lower };
  // "many of whom": part of the group named before, found like "they".
  if (ws.length >= 3 && ws[ws.length - 2].lower === 'of' && (ws[ws.length - 1].lower === 'whom' || ws[ws.length - 1].lower === 'which')) return { type: 'pronoun', pronoun: 'they' };

  // Apposition: the part after the first comma describes the part before it.
  let description: string | undefined;
  const comma = ws.findIndex((w) => w.text === ',');
  if (comma > 0) {
    const rest = trimApposition(ws.slice(comma + 1).filter((w) => w.text !== ','));
    const head = ws.slice(0, comma);
    // "Its lawyer, Lena Marsh": a description first and the name after it.
    const headIsDescription = !head[head.length - 1].cap && DETERMINERS.has(head[0].lower);
    const restIsName = rest.length > 0 && rest.length <= 5 && rest.every((w) => w.cap || w.text === '.' || NAME_PARTICLES.has(w.lower));
    if (headIsDescription && restIsName) {
      description = joinWords(head);
      ws = rest;
    } else {
      const restText = joinWords(rest);
      if (restText) description = restText;
      ws = head;
    }
  }
  // Drop a parenthetical such as "(R-Ohio)" and keep it as part of the description.
  const paren = ws.findIndex((w) => w.text === '(');
  if (paren >= 0) {
    const close = ws.findIndex((w, i) => i > paren && w.text === ')');
    const inner = joinWords(ws.slice(paren + 1, close < 0 ? ws.length : close));
    if (inner && !description) description = inner;
    ws = [...ws.slice(0, paren), ...(close < 0 ? [] : ws.slice(close + 1))];
  }
  if (ws.length === 0) return undefined;

  // The head phrase ends before a trailing prepositional phrase or relative clause.
  let headEnd = ws.length;
  for (let i = 1; i < ws.length; i++) {
    const l = ws[i].lower;
    if (l === 'of' || l === 'on' || l === 'at' || l === 'in' || l === 'from' || l === 'with' || l === 'to' || l === 'for' || l === 'who' || l === 'which' || l === 'that' || l === 'briefed' || l === 'familiar' || l === 'close') {
      headEnd = i;
      break;
    }
  }
  const headWords = ws.slice(0, headEnd);
  const last = headWords[headWords.length - 1];
  const lowers = ws.map((w) => w.lower);

  // A name: the capitalised run that ends the head phrase, not a possessor.
  const possessiveLast = /['’]s$/.test(last.text) || last.text === '’' || last.text === "'";
  if ((last.cap || isAcronym(last.text)) && !possessiveLast) {
    let start = headWords.length - 1;
    while (start > 0) {
      const w = headWords[start - 1];
      if (w.text === '.' && start >= 2 && !w.spaced) {
        start--;
        continue;
      }
      if (w.cap || isAcronym(w.text) || (NAME_PARTICLES.has(w.lower) && precededByCapital(headWords, start - 1)) || /^\p{Lu}\.$/u.test(w.text)) {
        if (/['’]s$/.test(w.text)) break;
        start--;
        continue;
      }
      break;
    }
    // The first word of a sentence is capitalised anyway: a determiner is not part of the name.
    while (start < headWords.length && DETERMINERS.has(headWords[start].lower)) start++;
    const run = headWords.slice(start);
    // Titles before the name become roles.
    let lastTitle = -1;
    for (let i = 0; i < run.length - 1; i++) {
      const l = run[i].lower.replace(/\.$/, '');
      if (CORE_TITLES.has(l)) lastTitle = i;
    }
    // "Mr." leaves its period behind
    if (lastTitle >= 0 && run[lastTitle + 1]?.text === '.' && lastTitle + 2 < run.length) lastTitle++;
    const nameWords = run.slice(lastTitle + 1).filter((w) => w.text !== '.' || !w.spaced);
    const titleWords = run.slice(0, lastTitle + 1).filter((w) => w.text !== '.');
    const before = headWords.slice(0, start).filter((w) => !DETERMINERS.has(w.lower));
    const roles = [...before, ...titleWords].map((w) => w.lower.replace(/\.$/, ''));
    const nameText = joinWords(nameWords).replace(/\s+\./g, '.');
    if (nameWords.length > 0 && /\p{L}/u.test(nameText)) {
      const nameLowers = nameWords.map((w) => w.lower);
      const headLower = nameLowers[nameLowers.length - 1];
      let kind: ActorKind;
      if (nameLowers.some((w) => MEDIA_WORDS.has(w)) && !nameLowers.some((w) => FEMALE_NAMES.has(w) || MALE_NAMES.has(w))) kind = 'publication';
      else if (nameLowers.some((w) => ORG_WORDS.has(w)) || (nameWords.length === 1 && isAcronym(nameWords[0].text) && nameWords[0].text.replace(/\./g, '').length <= 4)) kind = 'organization';
      else if (nameWords.length === 1 && GROUP_WORDS.has(headLower)) kind = 'group';
      else if (nameWords.length === 1 && /s$/.test(headLower) && /(ans|ists|ites|ers|crats|cans|ives|als)$/.test(headLower)) kind = 'group';
      else kind = 'person';
      const descParts = [titleWords.length ? joinWords([...before, ...titleWords]) : before.length ? joinWords(before) : undefined, description].filter(Boolean);
      const first = nameWords.length > 1 ? nameWords[0].text : undefined;
      return {
        type: 'name',
        name: stripPossessive(nameText),
        surface: joinWords(ws),
        roles: roles.flatMap((r) => ROLE_WORDS[r] ?? (TITLES.has(r) ? [] : [r])).concat(description ? headNounOf(description) : []),
        description: descParts.length ? descParts.join(', ') : undefined,
        kind,
        gender: kind === 'person' ? genderOf(first, roles.concat(description ? headNounOf(description) : [])) : undefined,
      };
    }
  }

  // A description.
  let start = 0;
  let possessor: string | undefined;
  if (POSSESSIVE_PRONOUNS.has(ws[0].lower)) possessor = ws[0].lower;
  while (start < ws.length - 1 && DETERMINERS.has(ws[start].lower) && !POSSESSIVE_PRONOUNS.has(ws[start].lower)) start++;
  const head = stripPossessive(last.lower);
  const definite = ws[0].lower === 'the' || POSSESSIVE_PRONOUNS.has(ws[0].lower);
  const text = joinWords(ws);
  const anyCap = ws.some((w, i) => i > 0 && w.cap);
  return { type: 'description', text, head, kind: kindOfWords(lowers, head, anyCap && ORG_WORDS.has(head)), possessor, definite, description };
}

/** Whether the particle at i ("von" in "Ursula von der Leyen") follows a capitalised word, over other particles. */
function precededByCapital(words: readonly MentionWord[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && NAME_PARTICLES.has(words[k].lower)) k--;
  return k >= 0 && words[k].cap;
}

function trimApposition(ws: MentionWord[]): MentionWord[] {
  let out = ws;
  while (out.length && /^[,;:)]$/.test(out[out.length - 1].text)) out = out.slice(0, -1);
  return out;
}

/** The head noun of a description ("the interim chairwoman of the committee" → chairwoman). */
export const headNounOf = memo(headNounOfUncached);

function headNounOfUncached(description: string): string[] {
  const words = description.toLowerCase().split(/\s+/);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (['of', 'on', 'at', 'in', 'from', 'with', 'to', 'for', 'who', 'which', 'that'].includes(words[i])) {
      end = i;
      break;
    }
  }
  const h = words[end - 1]?.replace(/[^a-z-]/g, '');
  return h ? [h] : [];
}

interface Seen {
  pos: number;
  actor: ActorRecord;
  /** Whether the mention is the subject of its sentence or the source of a report. */
  subject: boolean;
}

/** Mentions per block: a mention noted out of order shifts the mentions of one block only. */
const BLOCK = 256;

/**
 * Mentions in document order, in blocks. A report's source is noted after the names of its
 * sentence, which in a run-on sentence can be thousands: inserting it into one flat list would
 * shift all of them.
 */
class Mentions {
  /** Non-empty blocks, each sorted by position, the positions rising from block to block. */
  private readonly blocks: Seen[][] = [];

  /**
   * Adds a mention after the mentions at or before its position, or marks a mention of the same
   * actor at the same position as a subject.
   */
  add(pos: number, actor: ActorRecord, subject: boolean): void {
    const blocks = this.blocks;
    let b = blocks.length - 1;
    if (b < 0) {
      blocks.push([{ pos, actor, subject }]);
      return;
    }
    let block = blocks[b];
    let i = block.length;
    if (block[i - 1].pos > pos) {
      // The first block ending after pos, and in it the first mention after pos.
      let lo = 0;
      while (lo < b) {
        const mid = (lo + b) >>> 1;
        const m = blocks[mid];
        if (m[m.length - 1].pos <= pos) lo = mid + 1;
        else b = mid;
      }
      block = blocks[b];
      lo = 0;
      i = block.length;
      while (lo < i) {
        const mid = (lo + i) >>> 1;
        if (block[mid].pos <= pos) lo = mid + 1;
        else i = mid;
      }
    }
    for (let cb = b, k = i - 1; ; k--) {
      if (k < 0) {
        if (cb === 0) break;
        k = blocks[--cb].length - 1;
      }
      const s = blocks[cb][k];
      if (s.pos !== pos) break;
      if (s.actor === actor) {
        s.subject ||= subject;
        return;
      }
    }
    const entry = { pos, actor, subject };
    if (i < block.length) {
      block.splice(i, 0, entry);
      if (block.length > 2 * BLOCK) blocks.splice(b + 1, 0, block.splice(BLOCK));
    } else if (b === blocks.length - 1 && block.length >= BLOCK) blocks.push([entry]);
    else block.push(entry);
  }

  /** A cursor on the last mention before pos, or undefined when there is none. */
  before(pos: number): MentionCursor | undefined {
    const blocks = this.blocks;
    let b = 0;
    let hi = blocks.length;
    while (b < hi) {
      const mid = (b + hi) >>> 1;
      const m = blocks[mid];
      if (m[m.length - 1].pos < pos) b = mid + 1;
      else hi = mid;
    }
    // The mentions before pos: those of the blocks before b, and those of block b before pos.
    let i = 0;
    if (b < blocks.length) {
      const block = blocks[b];
      let h = block.length;
      while (i < h) {
        const mid = (i + h) >>> 1;
        if (block[mid].pos < pos) i = mid + 1;
        else h = mid;
      }
    }
    if (i > 0) return new MentionCursor(blocks, b, i - 1);
    if (b === 0) return undefined;
    return new MentionCursor(blocks, b - 1, blocks[b - 1].length - 1);
  }
}

/** A position in the mention list, moving towards the start. */
class MentionCursor {
  constructor(
    private readonly blocks: readonly Seen[][],
    private b: number,
    private i: number,
  ) {}

  get entry(): Seen {
    return this.blocks[this.b][this.i];
  }

  /** Moves to the mention before; false at the first. */
  back(): boolean {
    if (this.i > 0) {
      this.i--;
      return true;
    }
    if (this.b === 0) return false;
    this.i = this.blocks[--this.b].length - 1;
    return true;
  }
}

export class ActorRegistry {
  readonly actors: ActorRecord[] = [];
  private readonly byKey = new Map<string, ActorRecord>();
  private readonly bySurname = new Map<string, ActorRecord[]>();
  private readonly byLastWord = new Map<string, ActorRecord[]>();
  /** Mentions in document order (note inserts each by its position). */
  private readonly seen = new Mentions();
  /** The sentence a position lies in, when the caller knows the sentences (for pronoun resolution). */
  sentenceAt?: (pos: number) => number;

  constructor(existing: readonly Actor[] = []) {
    for (const a of existing) {
      const rec: ActorRecord = {
        name: a.name,
        kind: a.kind,
        aliases: new Set(a.aliases ?? []),
        description: a.description,
        roles: new Set(a.description ? headNounOf(a.description) : []),
        plural: a.kind === 'group',
        existingId: a.id,
        used: false,
        key: normalizeKey(a.name),
      };
      if (a.kind === 'person') rec.gender = genderOf(a.name.split(/\s+/)[0], a.description ? a.description.toLowerCase().split(/\s+/) : []);
      this.add(rec);
      for (const alias of rec.aliases) this.byKey.set(normalizeKey(alias), rec);
    }
  }

  private add(rec: ActorRecord): void {
    this.actors.push(rec);
    this.byKey.set(rec.key, rec);
    if (rec.kind === 'person') this.indexSurname(rec);
    else {
      const lastWord = rec.key.slice(rec.key.lastIndexOf(' ') + 1);
      const list = this.byLastWord.get(lastWord);
      if (list) list.push(rec);
      else this.byLastWord.set(lastWord, [rec]);
    }
  }

  private indexSurname(rec: ActorRecord): void {
    const surname = indexedSurname(rec.name);
    if (!surname) return;
    let list = this.bySurname.get(surname);
    if (!list) this.bySurname.set(surname, (list = []));
    if (!list.includes(rec)) list.push(rec);
  }

  /**
   * Records that an actor is mentioned at a position (for pronoun resolution); `subject` when the
   * mention is the subject of its sentence or the source of a report.
   */
  note(actor: ActorRecord, pos: number, subject = false): void {
    this.seen.add(pos, actor, subject);
  }

  /** The most recently mentioned actor before pos. */
  lastBefore(pos: number, accept: (a: ActorRecord) => boolean): ActorRecord | undefined {
    const c = this.seen.before(pos);
    for (let n = 0; c && n < 400; n++) {
      if (accept(c.entry.actor)) return c.entry.actor;
      if (!c.back()) break;
    }
    return undefined;
  }

  /**
   * The actor a pronoun at pos most likely refers to: the last compatible actor mentioned, unless
   * that mention is not a subject and a compatible subject or speaker comes shortly before it (in
   * its sentence or the one before): "Varga said … after Gomez … . She said …" is Varga.
   */
  private salientBefore(pos: number, accept: (a: ActorRecord) => boolean, recent: boolean): ActorRecord | undefined {
    const c = this.seen.before(pos);
    if (!c) return undefined;
    for (let n = 0; n < 400 && !accept(c.entry.actor); n++) if (!c.back()) return undefined;
    if (!accept(c.entry.actor)) return undefined;
    const last = c.entry;
    const sentenceAt = this.sentenceAt;
    if (last.subject || recent || !sentenceAt) return last.actor;
    const from = sentenceAt(last.pos) - 1;
    for (let n = 0; n < 200 && c.back(); n++) {
      const s = c.entry;
      if (sentenceAt(s.pos) < from) break;
      if (s.subject && s.actor !== last.actor && accept(s.actor)) return s.actor;
    }
    return last.actor;
  }

  /** Finds or creates the actor a name mention refers to. `create` false only looks up. */
  byName(info: Extract<MentionInfo, { type: 'name' }>, pos: number, create = true): ActorRecord | undefined {
    const key = normalizeKey(info.name);
    const parts = nameParts(info.name);
    let found = this.byKey.get(key);
    if (found && found.kind !== info.kind && info.kind === 'person' && found.kind !== 'person' && parts.length > 1) found = undefined;
    if (!found && info.kind === 'person') {
      const candidates = this.bySurname.get(mentionedSurname(info.name)) ?? [];
      if (candidates.length) {
        // A surname alone, or a fuller form of a surname-only actor: the most recently seen compatible one.
        const compatible = candidates.filter((c) => {
          if (parts.length === 1) return true;
          const cParts = nameWords(c.name);
          if (cParts.length === 1) return true;
          return cParts[0].toLowerCase() === parts[0].toLowerCase() || cParts[0][0]?.toLowerCase() === parts[0][0]?.toLowerCase() && /^\p{Lu}\.?$/u.test(parts[0]);
        });
        found = compatible.length > 1 ? this.lastBefore(pos, (a) => compatible.includes(a)) ?? compatible[compatible.length - 1] : compatible[0];
        if (found && parts.length > nameWords(found.name).length) {
          // "Trump" first, "Donald Trump" later: the fuller name becomes the name.
          found.aliases.add(found.name);
          found.name = info.name;
          this.byKey.set(key, found);
        }
      }
    }
    if (!found && info.kind !== 'person') {
      // "the Times" after "The New York Times": organisations indexed by their last word.
      const lastWord = key.slice(key.lastIndexOf(' ') + 1);
      for (const a of this.byLastWord.get(lastWord) ?? []) {
        if (a.kind === info.kind && (a.key.endsWith(' ' + key) || key.endsWith(' ' + a.key))) {
          found = a;
          if (key.length > a.key.length) {
            a.aliases.add(a.name);
            a.name = info.name;
          }
          break;
        }
      }
    }
    if (!found) {
      if (!create) return undefined;
      found = {
        name: info.name,
        kind: info.kind,
        aliases: new Set(),
        roles: new Set(),
        plural: info.kind === 'group',
        used: false,
        key,
      };
      this.add(found);
    }
    this.byKey.set(key, found);
    if (info.surface !== found.name && normalizeKey(info.surface) !== normalizeKey(found.name)) found.aliases.add(info.surface.replace(/['’]s$/, ''));
    if (info.name !== found.name) found.aliases.add(info.name);
    for (const r of info.roles) found.roles.add(r);
    if (info.description && !found.description) found.description = info.description;
    if (info.gender && !found.gender) found.gender = info.gender;
    if (found.kind === 'person') this.indexSurname(found);
    this.note(found, pos);
    return found;
  }

  /** Finds or creates the actor of a description; definite descriptions may refer to an earlier actor by role. */
  byDescription(info: Extract<MentionInfo, { type: 'description' }>, pos: number, possessorName?: string): ActorRecord {
    const head = info.head;
    if (info.definite && !info.possessor) {
      const byRole = this.lastBefore(pos, (a) => a.roles.has(head) || (a.description !== undefined && headNounOf(a.description).includes(head)));
      if (byRole) {
        this.note(byRole, pos);
        return byRole;
      }
      // "the people", "the officials": the anonymous group introduced before ("three officials briefed on …").
      if (ANONYMOUS_HEADS.has(head) && /s$|^people$/.test(head)) {
        const group = this.lastBefore(pos, (a) => (a.kind === 'group' || a.kind === 'anonymous') && a.plural && [...a.roles].some((r) => ANONYMOUS_HEADS.has(r)));
        if (group) {
          group.aliases.add(info.text);
          this.note(group, pos);
          return group;
        }
      }
    }
    const name = possessorName && info.possessor ? `${possessorName}’s ${info.text.split(/\s+/).slice(1).join(' ')}` : info.text;
    const key = normalizeKey(name);
    let found = this.byKey.get(key);
    if (!found) {
      found = {
        name,
        kind: info.kind,
        aliases: new Set(name !== info.text ? [info.text] : []),
        roles: new Set([head]),
        plural: info.kind === 'group',
        used: false,
        key,
        description: info.description,
      };
      if (FEMALE_ROLES.has(head)) found.gender = 'f';
      else if (MALE_ROLES.has(head)) found.gender = 'm';
      this.add(found);
    }
    this.note(found, pos);
    return found;
  }

  /** Whether a personal pronoun can refer to an actor (kind, number and known gender agree). */
  compatible(pronoun: string, a: ActorRecord): boolean {
    return acceptorFor(pronoun)?.(a) ?? false;
  }

  /**
   * The actor a personal pronoun at pos refers to: the last compatible actor mentioned before it,
   * preferring a subject (see salientBefore) unless `recent`: after a quotation ("“…,” he said"),
   * the person introduced last is the speaker.
   */
  resolvePronoun(pronoun: string, pos: number, recent = false): ActorRecord | undefined {
    const accept = acceptorFor(pronoun);
    if (!accept) return undefined;
    const a = this.salientBefore(pos, accept, recent);
    if (a) {
      if ((pronoun === 'he' || pronoun === 'him' || pronoun === 'his') && !a.gender) a.gender = 'm';
      if ((pronoun === 'she' || pronoun === 'her') && !a.gender) a.gender = 'f';
      this.note(a, pos);
    }
    return a;
  }

  /** The actors suggestions refer to, with ids unique among `taken` (existing actors keep theirs). */
  assignIds(taken: Set<string>): Map<ActorRecord, string> {
    const ids = new Map<ActorRecord, string>();
    for (const a of this.actors) {
      if (!a.used) continue;
      if (a.existingId) {
        ids.set(a, a.existingId);
        continue;
      }
      const id = actorIdFor(a.name, taken);
      taken.add(id);
      ids.set(a, id);
    }
    return ids;
  }

  /** Sidecar actors for the used, new actors. */
  toActors(ids: Map<ActorRecord, string>): Actor[] {
    const out: Actor[] = [];
    for (const a of this.actors) {
      if (!a.used || a.existingId) continue;
      const actor: Actor = { id: ids.get(a)!, name: a.name, kind: a.kind };
      const aliases = [...a.aliases].filter((x) => x && x !== a.name && !PRONOUNS.has(x.toLowerCase()));
      if (aliases.length) actor.aliases = [...new Set(aliases)].sort();
      if (a.description) actor.description = a.description;
      out.push(actor);
    }
    return out;
  }
}

export function isPronoun(lower: string): boolean {
  return PRONOUNS.has(lower);
}

function acceptorFor(pronoun: string): ((a: ActorRecord) => boolean) | undefined {
  switch (pronoun) {
    case 'he':
    case 'him':
    case 'his':
      return (a) => a.kind === 'person' && a.gender !== 'f';
    case 'she':
    case 'her':
      return (a) => a.kind === 'person' && a.gender !== 'm';
    case 'they':
    case 'them':
    case 'their':
      return (a) => a.plural || a.kind === 'group' || a.kind === 'organization' || a.kind === 'publication';
    case 'it':
    case 'its':
      return (a) => (a.kind === 'organization' || a.kind === 'publication') && !a.plural;
    default:
      return undefined;
  }
}
