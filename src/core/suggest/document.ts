/**
 * The article as the suggestion engine sees it: paragraphs, tokens, top-level quotations and
 * sentences. Offsets here are UTF-16 units (JavaScript string indices); the engine converts to code
 * points through {@link TextIndex} only when it builds spans.
 */
import { findQuotations, paragraphs as findParagraphs } from '../quotes';
import { TextIndex } from '../text';
import { ABBREVIATIONS, SENTENCE_OPENERS, SOMETIMES_FINAL, VERB_FORMS } from './lexicon';

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

const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|[.\-&/][\p{L}\p{M}\p{N}]+)*|--+|''|\S/gu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const DIGIT = /^\p{N}/u;

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

  const tokens: Token[] = [];
  const quotes: QuoteRegion[] = [];
  const paragraphs: Paragraph[] = [];
  let r = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const a = tokens.length;
    const chunk = text.slice(para.start, para.end);
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(chunk))) {
      const t = m[0];
      const s = para.start + m.index;
      const isWord = LETTER_OR_DIGIT.test(t);
      tokens.push({ s, e: s + t.length, text: t, lower: t.toLowerCase(), kind: isWord ? 'word' : 'punct', cap: UPPER.test(t), q: -1, para: p });
    }
    const b = tokens.length;
    // Attach quotation regions of this paragraph.
    while (r < regionsRaw.length && regionsRaw[r].s < para.start) r++;
    let k = a;
    while (r < regionsRaw.length && regionsRaw[r].s < para.end) {
      const reg = regionsRaw[r++];
      while (k < b && tokens[k].s < reg.s) k++;
      if (k >= b || tokens[k].s !== reg.s) continue;
      const qi = quotes.length;
      const open = k;
      let close = -1;
      while (k < b && tokens[k].e <= reg.e) {
        tokens[k].q = qi;
        if (reg.closed && tokens[k].e === reg.e && k !== open) close = k;
        k++;
      }
      tokens[open].kind = 'open';
      if (close >= 0) tokens[close].kind = 'close';
      quotes.push({ s: reg.s, e: reg.e, open, close, closed: close >= 0, para: p, quotation: reg.quotation, part: reg.part, parts: reg.parts });
    }
    paragraphs.push({ s: para.start, e: para.end, a, b, first: 0, last: 0 });
  }

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
      else if (t.kind === 'close' && /[.?!…]/.test(text[t.s - 1] ?? '')) end = i;
      if (end < 0) continue;
      // Trailing closers stay with the sentence.
      while (end + 1 < para.b && (tokens[end + 1].text === ')' || (tokens[end + 1].kind === 'punct' && /^["”’']$/.test(tokens[end + 1].text)))) end++;
      const next = tokens[end + 1];
      if (!next || next.para !== p) continue;
      const opens = next.kind === 'open' || UPPER.test(next.text) || DIGIT.test(next.text) || next.text === '(' || /^["“‘'«„]$/.test(next.text);
      if (!opens) continue;
      // “…?” Graham asked. — a question or exclamation quoted before its cue does not end the sentence.
      if (t.kind === 'close' && /[?!]/.test(text[t.s - 1] ?? '') && cueFollows(tokens, end + 1, para.b)) continue;
      if (t.text === '.' && i > para.a) {
        const prev = tokens[i - 1];
        if (prev.kind === 'word' && prev.e === t.s) {
          const w = prev.lower;
          if (ABBREVIATIONS.has(w) || (/^\p{L}$/u.test(prev.text) && prev.cap)) {
            if (!(SOMETIMES_FINAL.has(w) && SENTENCE_OPENERS.has(next.lower))) continue;
          } else if (/^(\p{L}\.)+\p{L}$/u.test(w) && !SENTENCE_OPENERS.has(next.lower)) continue;
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
