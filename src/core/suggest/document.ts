/**
 * The article as the suggestion engine sees it: paragraphs, tokens, top-level quotations and
 * sentences. Offsets here are UTF-16 units (JavaScript string indices); the engine converts to code
 * points through {@link TextIndex} only when it builds spans.
 */
import { findQuotations, paragraphs as findParagraphs } from '../quotes';
import { TextIndex } from '../text';
import { ABBREVIATIONS, SENTENCE_OPENERS, SOMETIMES_FINAL, VERB_FORMS } from './lexicon';

const CAPS_TIME_WORDS = new Set(['today', 'tonight', 'now', 'weekly', 'daily', 'morning', 'weekend']);

export type TokenKind = 'word' | 'punct' | 'open' | 'close';

export interface Token {
  /** UTF-16 start and end. */
  s: number;
  e: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the top-level quotation region the token lies in (marks included), or -1. */
  q: number;
  para: number;
}

/** A top-level quotation within one paragraph (a multi-paragraph quotation has one region per paragraph). */
export interface QuoteRegion {
  s: number;
  e: number;
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the region ends without one. */
  close: number;
  closed: boolean;
  para: number;
  /** Regions of one quotation share this id. */
  quotation: number;
  /** Position of this region within its quotation (0 for the first paragraph). */
  part: number;
  parts: number;
}

export interface Sentence {
  /** Token range [a, b). */
  a: number;
  b: number;
  para: number;
}

export interface Paragraph {
  s: number;
  e: number;
  /** Token range [a, b). */
  a: number;
  b: number;
  /** Sentence range [first, last). */
  first: number;
  last: number;
}

export interface Doc {
  text: string;
  index: TextIndex;
  tokens: Token[];
  quotes: QuoteRegion[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
}

const LETTER = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;
/** Character classes of the Basic Multilingual Plane, filled on first sight: 1 letter or mark, 2 digit, 3 space, 4 other. */
const CLASS = new Uint8Array(65536);

function charClass(c: number): number {
  const k = CLASS[c];
  if (k) return k;
  let v: number;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) v = 1;
  else if (c >= 48 && c <= 57) v = 2;
  else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f) v = 3;
  else if (c < 128) v = 4;
  else {
    const ch = String.fromCharCode(c);
    v = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : /\s/.test(ch) ? 3 : 4;
  }
  CLASS[c] = v;
  return v;
}

/** Class of the character at i, reading a surrogate pair as one character; returns [class, length]. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = String.fromCharCode(c, d);
      return (LETTER.test(cp) ? 1 : NUMBER.test(cp) ? 2 : 4) | 8; // 8: two units long
    }
  }
  return charClass(c);
}

/** Whether [s, e) may contain an upper-case letter (any non-ASCII character counts, to be safe). */
function hasUpper(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

const isWordClass = (k: number) => (k & 7) === 1 || (k & 7) === 2;

/**
 * Splits [from, to) into tokens: numbers ("1,200", "7:12", "9/11", "2016s"), words with inner
 * apostrophes, periods, hyphens, ampersands and slashes ("Trump’s", "U.S", "co-founder", "AT&T"),
 * runs of hyphens ("--"), two apostrophes standing for a quotation mark (''), and any other single
 * character. Whitespace separates tokens.
 */
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/**
 * A time word written in capitals right after another word in capitals is part of a name ("USA TODAY",
 * "NEWS TONIGHT"): its `lower` keeps the capitals, so no time or clause rule reads it.
 */
function nameTimeWords(tokens: Token[], a: number, b: number): void {
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
    if (!CAPS_TIME_WORDS.has(t.lower) || !ALL_CAPS.test(t.text)) continue;
    const prev = tokens[k - 1];
    if (prev.kind === 'word' && prev.e + 1 === t.s && ALL_CAPS.test(prev.text)) t.lower = t.text;
  }
}

/**
 * The distinct token texts of an article, each with its lower-case form and whether it starts with
 * an upper-case letter, found by the text's characters without cutting a string out of the article
 * for every token (an open-addressing hash table).
 */
class TokenTexts {
  readonly texts: string[] = [];
  readonly lowers: string[] = [];
  readonly caps: boolean[] = [];
  private hashes: number[] = [];
  /** 1 + the index of the text in each slot, 0 for an empty slot. */
  private slots = new Int32Array(4096);

  /** The index of the text of [s, e), added when new. */
  find(text: string, s: number, e: number): number {
    const n = e - s;
    let h = 0x811c9dc5 ^ n;
    for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const v = slots[j] - 1;
      if (v < 0) break;
      if (this.hashes[v] !== h) continue;
      const t = this.texts[v];
      if (t.length !== n) continue;
      let k = 0;
      while (k < n && t.charCodeAt(k) === text.charCodeAt(s + k)) k++;
      if (k === n) return v;
    }
    const t = text.slice(s, e);
    const first = text.charCodeAt(s);
    const v = this.texts.length;
    this.texts.push(t);
    this.lowers.push(hasUpper(text, s, e) ? t.toLowerCase() : t);
    this.caps.push(first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(String.fromCodePoint(text.codePointAt(s)!)));
    this.hashes.push(h);
    if (2 * (v + 1) > slots.length) this.rehash(slots.length * 2);
    else this.place(v);
    return v;
  }

  private place(v: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let j = this.hashes[v] & mask;
    while (slots[j] !== 0) j = (j + 1) & mask;
    slots[j] = v + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let v = 0; v < this.texts.length; v++) this.place(v);
  }
}

function tokenize(text: string, from: number, to: number, para: number, out: Token[], words: TokenTexts): void {
  let i = from;
  while (i < to) {
    const k = classAt(text, i);
    const cls = k & 7;
    if (cls === 3) {
      i += k & 8 ? 2 : 1;
      continue;
    }
    const s = i;
    i += k & 8 ? 2 : 1;
    if (cls === 2) {
      i = skipClass(text, i, to, 2);
      for (;;) {
        const c = text.charCodeAt(i);
        if (i + 1 < to && (c === 46 || c === 44 || c === 58 || c === 47) && (classAt(text, i + 1) & 7) === 2) i = skipClass(text, i + 1, to, 2);
        else break;
      }
      i = skipClass(text, i, to, 1);
    } else if (cls === 1) {
      i = skipWord(text, i, to);
      for (;;) {
        if (i + 1 >= to) break;
        const c = text.charCodeAt(i);
        if (c !== 39 && c !== 0x2019 && c !== 46 && c !== 45 && c !== 38 && c !== 47) {
          // "FranÃ\u0083Â§ois": a C1 control or Latin-1 symbol before a letter is a mis-decoded letter, part of the word.
          if (c >= 0x80 && c <= 0xbf && c !== 0x85 && c !== 0xa0 && c !== 0xab && c !== 0xbb && (classAt(text, i + 1) & 7) === 1) {
            i = skipWord(text, i + 1, to);
            continue;
          }
          break;
        }
        const next = classAt(text, i + 1) & 7;
        if ((c === 39 || c === 0x2019) && next === 1) i = skipClass(text, i + 1, to, 1);
        else if ((c === 46 || c === 45 || c === 38 || c === 47) && (next === 1 || next === 2)) i = skipWord(text, i + 1, to);
        else break;
      }
    } else {
      const c = text.charCodeAt(s);
      if (c === 45 && text.charCodeAt(i) === 45) while (i < to && text.charCodeAt(i) === 45) i++;
      else if (c === 39 && text.charCodeAt(i) === 39) i++;
    }
    // Token texts are interned: an article repeats its words, and one string per distinct word keeps
    // the token list light for the garbage collector.
    const w = words.find(text, s, i);
    const word = cls === 1 || cls === 2;
    out.push({ s, e: i, text: words.texts[w], lower: words.lowers[w], kind: word ? 'word' : 'punct', cap: words.caps[w], q: -1, para });
  }
}

/** Skips characters of one class (1 letters, 2 digits) from i. */
function skipClass(text: string, i: number, to: number, cls: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const ok = cls === 1 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : c >= 48 && c <= 57;
      if (!ok) return i;
      i++;
      continue;
    }
    const k = classAt(text, i);
    if ((k & 7) !== cls) return i;
    i += k & 8 ? 2 : 1;
  }
  return i;
}

/** Skips letters and digits from i. */
function skipWord(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
      return i;
    }
    const k = classAt(text, i);
    if (!isWordClass(k)) return i;
    i += k & 8 ? 2 : 1;
  }
  return i;
}

const SENTENCE_END_MARK = /[.?!…]/;
const QUESTION_MARK = /[?!]/;
const CLOSING_MARK = /^["”’']$/;
const OPENING_MARK = /^["“‘'«„]$/;
const ONE_LETTER = /^\p{L}$/u;
/** "U.S" before its final period. */
const INITIALISM = /^(\p{L}\.)+\p{L}$/u;

export function analyze(text: string, index: TextIndex = new TextIndex(text)): Doc {
  const paras = findParagraphs(text);
  // Top-level quotation regions, in UTF-16 offsets.
  const regionsRaw: { s: number; e: number; closed: boolean; quotation: number; part: number; parts: number }[] = [];
  const quotations = findQuotations(text, index);
  let qid = 0;
  let coverEnd = -1;
  for (const q of quotations) {
    if (q.depth !== 0) continue;
    const s = index.toUnit(q.start);
    if (s < coverEnd) continue; // inside an earlier top-level quotation
    const parts = q.parts.length ? q.parts : [{ start: q.start, end: q.end }];
    parts.forEach((p, i) => {
      regionsRaw.push({
        s: index.toUnit(p.start),
        e: index.toUnit(p.end),
        closed: q.closed && i === parts.length - 1,
        quotation: qid,
        part: i,
        parts: parts.length,
      });
    });
    coverEnd = index.toUnit(q.end);
    qid++;
  }
  regionsRaw.sort((a, b) => a.s - b.s);

  // Tokens are gathered in blocks and joined once at the end: one long array grown push by push
  // would be copied again and again on the way.
  const blocks: Token[][] = [];
  let block: Token[] = [];
  /** The index of block[0] among all tokens. */
  let base = 0;
  const words = new TokenTexts();
  const quotes: QuoteRegion[] = [];
  const paragraphs: Paragraph[] = [];
  let r = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    if (block.length >= 8192) {
      blocks.push(block);
      base += block.length;
      block = [];
    }
    const a = block.length;
    tokenize(text, para.start, para.end, p, block, words);
    const b = block.length;
    nameTimeWords(block, a, b);
    // Attach quotation regions of this paragraph.
    while (r < regionsRaw.length && regionsRaw[r].s < para.start) r++;
    let k = a;
    while (r < regionsRaw.length && regionsRaw[r].s < para.end) {
      const reg = regionsRaw[r++];
      while (k < b && block[k].s < reg.s) k++;
      if (k >= b || block[k].s !== reg.s) continue;
      const qi = quotes.length;
      const open = k;
      let close = -1;
      while (k < b && block[k].e <= reg.e) {
        block[k].q = qi;
        if (reg.closed && block[k].e === reg.e && k !== open) close = k;
        k++;
      }
      block[open].kind = 'open';
      if (close >= 0) block[close].kind = 'close';
      quotes.push({ s: reg.s, e: reg.e, open: open + base, close: close >= 0 ? close + base : -1, closed: close >= 0, para: p, quotation: reg.quotation, part: reg.part, parts: reg.parts });
    }
    paragraphs.push({ s: para.start, e: para.end, a: a + base, b: b + base, first: 0, last: 0 });
  }
  blocks.push(block);
  const tokens = blocks.length === 1 ? block : ([] as Token[]).concat(...blocks);

  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    para.first = sentences.length;
    let start = para.a;
    for (let i = para.a; i < para.b; i++) {
      const t = tokens[i];
      if (t.q >= 0 && quotes[t.q].closed && t.kind !== 'close') continue;
      let end = -1;
      if (t.kind === 'punct' && (t.text === '.' || t.text === '?' || t.text === '!' || t.text === '…')) end = i;
      else if (t.kind === 'close' && SENTENCE_END_MARK.test(text[t.s - 1] ?? '')) end = i;
      if (end < 0) continue;
      // Trailing closers stay with the sentence.
      while (end + 1 < para.b && (tokens[end + 1].text === ')' || (tokens[end + 1].kind === 'punct' && CLOSING_MARK.test(tokens[end + 1].text)))) end++;
      const next = tokens[end + 1];
      if (!next || next.para !== p) continue;
      const opens = next.kind === 'open' || next.cap || (next.kind === 'word' && (classAt(text, next.s) & 7) === 2) || next.text === '(' || OPENING_MARK.test(next.text);
      if (!opens) continue;
      // “…?” Graham asked. — a question or exclamation quoted before its cue does not end the sentence.
      if (t.kind === 'close' && QUESTION_MARK.test(text[t.s - 1] ?? '') && cueFollows(tokens, end + 1, para.b)) continue;
      if (t.text === '.' && i > para.a) {
        const prev = tokens[i - 1];
        if (prev.kind === 'word' && prev.e === t.s) {
          const w = prev.lower;
          if (ABBREVIATIONS.has(w) || (ONE_LETTER.test(prev.text) && prev.cap)) {
            if (!(SOMETIMES_FINAL.has(w) && SENTENCE_OPENERS.has(next.lower))) continue;
          } else if (INITIALISM.test(w) && !SENTENCE_OPENERS.has(next.lower)) continue;
        }
      }
      for (let j = start; j <= end; j++) sentenceOf[j] = sentences.length;
      sentences.push({ a: start, b: end + 1, para: p });
      start = end + 1;
      i = end;
    }
    if (start < para.b) {
      for (let j = start; j < para.b; j++) sentenceOf[j] = sentences.length;
      sentences.push({ a: start, b: para.b, para: p });
    }
    para.last = sentences.length;
  }
  return { text, index, tokens, quotes, sentences, paragraphs, sentenceOf };
}

/** Whether a speech verb comes within a few words after k, before any punctuation. */
function cueFollows(tokens: Token[], k: number, end: number): boolean {
  for (let m = k; m < end && m < k + 7; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') {
      if (t.text === '.' && m > k && tokens[m - 1].e === t.s && ABBREVIATIONS.has(tokens[m - 1].lower)) continue; // "Sen. Graham asked"
      return false;
    }
    const v = VERB_FORMS.get(t.lower);
    if (v && v.cls === 'speech' && (v.form === 'ed' || v.form === 's')) return true;
  }
  return false;
}
