/**
 * Help for annotating by hand: the quotation at the cursor, its speech cue and speaker mention, the
 * attribution type of a selection, the names near a quotation, and how many quotations are attributed.
 * Heuristics only: the user confirms or changes every proposal.
 */
import type { Attribution, AttributionType, Range, Sidecar } from './model';
import type { Quotation } from './quotes';
import type { TextIndex } from './text';
import { isQuoted, unattributedQuotations } from './validate';

/** The top-level quotations: the ones a reader would attribute (nested quotes belong to their outer one). */
export function topLevelQuotations(quotes: readonly Quotation[]): Quotation[] {
  const out: Quotation[] = [];
  let coveredUntil = -1;
  for (const q of quotes) {
    if (q.start < coveredUntil) continue;
    const innerEnd = Math.max(q.start + 1, q.end - (q.closed ? 1 : 0));
    if (innerEnd <= q.start + 1) continue;
    coveredUntil = q.end;
    out.push(q);
  }
  return out;
}

export interface Coverage {
  total: number;
  unattributed: Quotation[];
}

/** How many top-level quotations there are, and which of them no attribution covers. */
export function quoteCoverage(quotes: readonly Quotation[], attributions: readonly Attribution[]): Coverage {
  return { total: topLevelQuotations(quotes).length, unattributed: unattributedQuotations(quotes, attributions) };
}

/** The top-level quotation containing an offset (marks included), if any. */
export function quotationAt(quotes: readonly Quotation[], offset: number): Quotation | undefined {
  return topLevelQuotations(quotes).find((q) => q.start <= offset && offset <= q.end);
}

/** The next (or previous) range after (before) an offset, wrapping around the article. */
export function nextRange<T extends Range>(ranges: readonly T[], offset: number, direction: 1 | -1): T | undefined {
  if (ranges.length === 0) return undefined;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  if (direction === 1) return sorted.find((r) => r.start > offset) ?? sorted[0];
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i].end < offset || (sorted[i].start < offset && sorted[i].end <= offset)) return sorted[i];
  return sorted[sorted.length - 1];
}

/**
 * The attribution type a content range suggests: direct when every segment is enclosed by quotation
 * marks (as the validator checks it), mixed when quoted words stand among the content's own, indirect
 * otherwise.
 */
export function detectType(index: TextIndex, content: readonly Range[], quotes: readonly Quotation[]): AttributionType {
  if (content.length === 0) return 'indirect';
  if (content.every((r) => isQuoted(index, { start: r.start, end: r.end, text: index.slice(r.start, r.end) }))) return 'direct';
  const top = topLevelQuotations(quotes);
  return content.some((r) => top.some((q) => q.start < r.end && r.start < q.end)) ? 'mixed' : 'indirect';
}

/** Reporting verbs and phrases that introduce or follow what someone said. */
const CUE_WORDS = [
  'according to', 'in a statement', 'in an interview', 'told reporters', 'said in a statement',
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'wrote', 'writes', 'write', 'added', 'adds', 'add',
  'claimed', 'claims', 'warned', 'warns', 'insisted', 'insists', 'argued', 'argues', 'denied', 'denies',
  'admitted', 'admits', 'announced', 'announces', 'urged', 'urges', 'asked', 'asks', 'replied', 'replies',
  'tweeted', 'tweets', 'posted', 'posts', 'explained', 'explains', 'noted', 'notes', 'stated', 'states',
  'declared', 'declares', 'continued', 'continues', 'recalled', 'recalls', 'suggested', 'suggests',
  'acknowledged', 'acknowledges', 'conceded', 'concedes', 'stressed', 'stresses', 'maintained', 'maintains',
  'responded', 'responds', 'predicted', 'predicts', 'promised', 'promises', 'confirmed', 'confirms',
  'believes', 'believed', 'thinks', 'thought', 'reported', 'reports', 'quoted', 'quipped', 'joked', 'complained',
];
const CUE_RE = new RegExp(`\\b(?:${CUE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'giu');

const PRONOUNS = /^(?:he|she|they|it|we|i)$/iu;

export interface CueGuess {
  cue?: Range;
  mention?: Range;
}

/**
 * The speech cue of a quotation and the mention of its speaker, looked for in the same sentence:
 * after the quotation first (“…,” she said / “…,” said the minister), then before it (X said: “…”).
 */
export function detectCue(index: TextIndex, content: readonly Range[]): CueGuess {
  const windows = cueWindows(index, content);
  for (const w of windows) {
    const matches = [...index.text.slice(w.from, w.to).matchAll(CUE_RE)];
    if (!matches.length) continue;
    const m = w.side === 'before' ? matches[matches.length - 1] : matches[0];
    const cs = w.from + m.index!;
    const ce = cs + m[0].length;
    const cue = { start: index.toCodePoint(cs), end: index.toCodePoint(ce) };
    const mention = mentionNear(index.text, w.from, w.to, cs, ce);
    return { cue, mention: mention && { start: index.toCodePoint(mention.start), end: index.toCodePoint(mention.end) } };
  }
  return {};
}

/** Every cue word in the sentence around the content (between segments first), for the user to choose from. */
export function cueCandidates(index: TextIndex, content: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const w of cueWindows(index, content)) {
    for (const m of index.text.slice(w.from, w.to).matchAll(CUE_RE)) {
      const cs = w.from + m.index!;
      const r = { start: index.toCodePoint(cs), end: index.toCodePoint(cs + m[0].length) };
      if (!out.some((o) => o.start === r.start && o.end === r.end)) out.push(r);
    }
  }
  return out;
}

function cueWindows(index: TextIndex, content: readonly Range[]): { from: number; to: number; side: 'between' | 'after' | 'before' }[] {
  if (content.length === 0) return [];
  const text = index.text;
  const first = index.toUnit(Math.min(...content.map((r) => r.start)));
  const last = index.toUnit(Math.max(...content.map((r) => r.end)));
  // Between two content segments (a quotation interrupted by "he said") comes first.
  const sorted = [...content].sort((a, b) => a.start - b.start);
  const windows: { from: number; to: number; side: 'between' | 'after' | 'before' }[] = [];
  for (let i = 1; i < sorted.length; i++) windows.push({ from: index.toUnit(sorted[i - 1].end), to: index.toUnit(sorted[i].start), side: 'between' });
  windows.push({ from: last, to: sentenceEnd(text, last), side: 'after' });
  windows.push({ from: sentenceStart(text, first), to: first, side: 'before' });
  return windows;
}

/** The speaker mention next to a cue: a name or pronoun just before it, else a name just after it. */
function mentionNear(text: string, from: number, to: number, cs: number, ce: number): Range | undefined {
  const before = text.slice(from, cs);
  const b = /((?:(?:the|a|an|one|her|his|their)\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{L}][\p{L}’'.-]*)\s*$/u.exec(before);
  if (b) {
    const words = b[1].trim();
    const lastWord = words.split(/\s+/).pop() ?? '';
    if (PRONOUNS.test(lastWord) || /^\p{Lu}/u.test(lastWord) || /^(?:the|a|an|one|her|his|their)\s/iu.test(words)) {
      const name = trimToName(words);
      if (name) {
        const start = from + b.index + b[1].indexOf(name);
        return { start, end: start + name.length };
      }
    }
  }
  const after = text.slice(ce, to);
  const a = /^\s*,?\s*((?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}’'.-]*)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|von|van|de|der|bin|al|la|le|du|da))*|he|she|they|we|I)\b/u.exec(after);
  if (a) {
    const start = ce + a[0].length - a[1].length;
    return { start, end: start + a[1].length };
  }
  return undefined;
}

/** From "and then Mayor Jane Doe" keeps "Mayor Jane Doe"; from "they" keeps "they". */
function trimToName(words: string): string | undefined {
  const parts = words.split(/\s+/);
  if (PRONOUNS.test(parts[parts.length - 1])) return parts[parts.length - 1];
  let i = parts.length;
  while (i > 0 && /^\p{Lu}/u.test(parts[i - 1])) i--;
  if (i > 0 && /^(?:the|a|an|one|her|his|their)$/iu.test(parts[i - 1])) i--;
  const kept = parts.slice(i);
  if (kept.length && NOT_NAMES.has(kept[kept.length - 1])) return undefined;
  return kept.length ? kept.join(' ') : undefined;
}

function sentenceEnd(text: string, from: number): number {
  const re = /[.!?](?=\s|$)|\r?\n|\r/g;
  re.lastIndex = from;
  // A closing mark right after the quotation's own punctuation is part of it.
  const m = re.exec(text);
  return m ? m.index + 1 : text.length;
}

function sentenceStart(text: string, to: number): number {
  for (let i = to - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '')) return i + 1;
  }
  return 0;
}

const NOT_NAMES = new Set(
  (
    'The A An And But Or If In On At As By For From Of To With Without After Before When While Where Why How What Who Whom This That These Those ' +
    'It Its He She They We I You His Her Their Our My Your There Here However Meanwhile Asked Later Earlier Still Yet So Then Now Also ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays January February March April May June July August September October November December ' +
    'Mr Mrs Ms Dr Sir Madam According Nobody Everyone Everybody Someone Somebody Some Many Most All None Several Both'
  ).split(' '),
);
/** Titles before a name: the suggestion is the name itself ("Mayor Daniel Osei" → "Daniel Osei"). */
const TITLES = new Set(
  (
    'Mayor President Prime Minister Deputy Vice Councillor Councilor Senator Sen Representative Rep Governor Gov Secretary Chancellor ' +
    'General Gen Judge Justice Sheriff Chief Inspector Detective Officer Professor Prof Director Chairman Chairwoman Chair Commissioner ' +
    'Ambassador Lt Col Capt Sgt Major King Queen Prince Princess Pope Rev Father Sister Spokesman Spokeswoman Spokesperson Coach Captain'
  ).split(' '),
);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'du', 'da', 'di', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'del']);

export interface NameCandidate {
  name: string;
  /** Code-point range of the occurrence closest to the quotation. */
  start: number;
  end: number;
  /** Distance in code points from the quotation. */
  distance: number;
}

/**
 * Capitalised names near a range (the same paragraph and the one before), nearest first, one entry
 * per name. Sentence-initial ordinary words, weekdays and months are skipped.
 */
export function namesNear(index: TextIndex, range: Range, quotes: readonly Quotation[] = [], window = 600): NameCandidate[] {
  const text = index.text;
  const s = index.toUnit(range.start);
  const e = index.toUnit(range.end);
  const from = Math.max(0, s - window);
  const to = Math.min(text.length, e + window);
  const inQuote = (u: number) => quotes.some((q) => index.toUnit(q.start) <= u && u < index.toUnit(q.end));
  // A capitalised word (initials keep their dot: "J. K."), then more of them or name particles ("von der").
  const word = "[\\p{Lu}](?:\\.|[\\p{L}\\p{M}’'-]*)";
  const particle = '(?:von|van|der|den|de|du|da|di|la|le|bin|al|el|ibn|dos|del)';
  const re = new RegExp(`${word}(?:\\s+(?:${word}|${particle}(?=(?:\\s+${particle})*\\s+[\\p{Lu}])))*`, 'gu');
  re.lastIndex = from;
  const best = new Map<string, NameCandidate>();
  let lower: Set<string> | undefined;
  const lowerWords = () => (lower ??= new Set(text.slice(from, to).match(/(?<![\p{L}\p{M}])[\p{Ll}][\p{L}\p{M}]*/gu) ?? []));
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let words = m[0].replace(/[’'.-]+$/u, '').replace(/[’']s$/u, '').split(/\s+/);
    let offset = m.index;
    // Drop leading ordinary words ("However Smith" → "Smith"; "The" at a sentence start).
    const head = () => words[0].replace(/\.$/, '');
    while (words.length && (NOT_NAMES.has(head()) || PARTICLES.has(words[0]) || TITLES.has(head()))) {
      offset += text.slice(offset).indexOf(words[0]) + words[0].length;
      offset += /^\s*/.exec(text.slice(offset))![0].length;
      words = words.slice(1);
    }
    if (!words.length) continue;
    // Datelines and headlines in capitals ("PORT ELLISON —") are not names; short acronyms (NATO) are.
    if (words.every((w) => w === w.toUpperCase()) && (words.length > 1 || words[0].length > 5)) continue;
    const name = words.join(' ');
    if (name.length < 2 || inQuote(offset)) continue;
    // One capitalised word opening a sentence is an ordinary word when the text also has it in lower case
    // ("Library to open on Sundays" … "the central library").
    if (words.length === 1 && /(^|[\n.!?]\s*|^\s*)$/.test(text.slice(Math.max(0, offset - 3), offset)) && lowerWords().has(name.toLowerCase())) continue;
    const end = offset + name.length;
    const distance = end <= s ? s - end : offset >= e ? offset - e : 0;
    const key = name.toLowerCase();
    const prev = best.get(key);
    if (!prev || distance < prev.distance) best.set(key, { name, start: index.toCodePoint(offset), end: index.toCodePoint(end), distance });
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance);
}

/**
 * Where the article names its speakers (UTF-16 offsets, sorted, never overlapping): every whole-word
 * occurrence of an actor's name or alias, and every source mention that sits on its text.
 */
export function actorOccurrences(index: TextIndex, sidecar: Pick<Sidecar, 'actors' | 'attributions'>): Range[] {
  const text = index.text;
  const out: Range[] = [];
  const names = new Set<string>();
  for (const a of sidecar.actors) for (const n of [a.name, ...(a.aliases ?? [])]) if (n.trim().length > 1) names.add(n.trim());
  if (names.size) {
    const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const a of sidecar.attributions) {
    for (const s of a.source?.mention ?? []) {
      if (s.end <= index.length && index.slice(s.start, s.end) === s.text) out.push({ start: index.toUnit(s.start), end: index.toUnit(s.end) });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * The rest of a quotation interrupted by its cue (“We will,” she said, “rebuild it.”): the next
 * quotation in the same paragraph when only the cue and its speaker stand between the two.
 */
export function continuationOf(index: TextIndex, quotes: readonly Quotation[], content: readonly Range[]): Quotation | undefined {
  if (!content.length) return undefined;
  const end = Math.max(...content.map((r) => r.end));
  const next = topLevelQuotations(quotes).find((q) => q.start >= end);
  if (!next) return undefined;
  const gap = index.slice(end, next.start);
  if (gap.length > 80 || /[\r\n]/.test(gap)) return undefined;
  CUE_RE.lastIndex = 0;
  const hasCue = CUE_RE.test(gap);
  CUE_RE.lastIndex = 0;
  return hasCue ? next : undefined;
}
