/**
 * Anchoring spans to the article text.
 *
 * A span records its offsets, its exact text and a little context. When the text at the offsets no
 * longer matches (the article was edited elsewhere), the span is found again: first the exact text
 * nearest the old position, preferring matches whose context agrees; then an approximate match
 * with a bounded number of errors. What cannot be found is an orphan, reported and never dropped.
 */
import search from 'approx-string-match';
import { CONTEXT_LENGTH, type Range, type Span } from './model';
import { TextIndex, codePointLength } from './text';

/** Spans shorter than this (UTF-16 units) need agreeing context to be re-anchored elsewhere. */
const SHORT_SPAN = 16;
/** Characters of recorded context that must agree around a short span's new place. */
const MIN_CONTEXT_AGREEMENT = 8;

/** Builds a span with its text and context from code-point offsets. */
export function makeSpan(index: TextIndex, start: number, end: number): Span {
  const s = Math.max(0, Math.min(start, end, index.length));
  const e = Math.min(Math.max(start, end), index.length);
  const span: Span = { start: s, end: e, text: index.slice(s, e) };
  const prefix = index.slice(Math.max(0, s - CONTEXT_LENGTH), s);
  const suffix = index.slice(e, Math.min(index.length, e + CONTEXT_LENGTH));
  if (prefix) span.prefix = prefix;
  if (suffix) span.suffix = suffix;
  return span;
}

/** Whether the article's text at the span's offsets is the span's recorded text. */
export function spanMatches(index: TextIndex, span: Range & { text: string }): boolean {
  if (span.start < 0 || span.end > index.length || span.start > span.end) return false;
  if (index.isBmpOnly) {
    // fast path: compare without allocating a slice
    const t = index.text;
    const n = span.end - span.start;
    if (n !== span.text.length) return false;
    return t.startsWith(span.text, span.start);
  }
  return index.slice(span.start, span.end) === span.text;
}

export interface AnchorMatch extends Range {
  /** 'exact' when the recorded text was found as is, 'fuzzy' when approximately. */
  kind: 'exact' | 'fuzzy';
  /** Edit distance between the recorded text and the text found (0 for exact). */
  errors: number;
}

export interface ReanchorOptions {
  /** Largest share of the span's length that may differ in a fuzzy match (default 0.25). */
  maxErrorRate?: number;
  /** Upper bound on the errors allowed in a fuzzy match (default 32). */
  maxErrors?: number;
  /** How many exact occurrences to consider at most (default 1000). */
  maxCandidates?: number;
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Finds a span again in the text. Returns where its text is now, or undefined for an orphan.
 * Offsets in and out are code points.
 */
export function reanchor(index: TextIndex, span: Span, options: ReanchorOptions = {}): AnchorMatch | undefined {
  if (spanMatches(index, span)) return { start: span.start, end: span.end, kind: 'exact', errors: 0 };
  const text = index.text;
  const quote = span.text;
  if (quote.length === 0) return undefined;
  const prefix = span.prefix ?? '';
  const suffix = span.suffix ?? '';
  const oldUnit = index.toUnit(span.start);
  const maxCandidates = options.maxCandidates ?? 1000;

  // Score a candidate (UTF-16 start/end): context agreement first, distance from the old place second.
  const score = (s: number, e: number, errors: number): number => {
    const before = text.slice(Math.max(0, s - prefix.length), s);
    const after = text.slice(e, e + suffix.length);
    const ctx = (prefix.length ? commonSuffix(before, prefix) / prefix.length : 0.5) + (suffix.length ? commonPrefix(after, suffix) / suffix.length : 0.5);
    const distance = Math.abs(s - oldUnit) / Math.max(1, text.length);
    const quality = 1 - errors / Math.max(1, quote.length);
    return quality * 50 + ctx * 20 - distance * 2;
  };

  // A short text ("said", "he") occurs all over an article: accept another occurrence only where
  // its surroundings agree with the recorded context.
  const short = quote.length < SHORT_SPAN && prefix.length + suffix.length > 0;
  const contextAgrees = (s: number, e: number): boolean => {
    const before = text.slice(Math.max(0, s - prefix.length), s);
    const after = text.slice(e, e + suffix.length);
    const agree = commonSuffix(before, prefix) + commonPrefix(after, suffix);
    return agree >= Math.min(MIN_CONTEXT_AGREEMENT, (prefix.length + suffix.length) / 2);
  };

  let best: { s: number; e: number; score: number; errors: number } | undefined;
  let found = 0;
  for (let at = text.indexOf(quote); at >= 0 && found < maxCandidates; at = text.indexOf(quote, at + 1), found++) {
    if (short && !contextAgrees(at, at + quote.length)) continue;
    const sc = score(at, at + quote.length, 0);
    if (!best || sc > best.score) best = { s: at, e: at + quote.length, score: sc, errors: 0 };
  }
  if (best) return { start: index.toCodePoint(best.s), end: index.toCodePoint(best.e), kind: 'exact', errors: 0 };

  // Approximate search, bounded.
  const qlen = codePointLength(quote);
  const maxErrors = Math.min(options.maxErrors ?? 32, Math.floor(qlen * (options.maxErrorRate ?? 0.25)));
  if (maxErrors < 1) return undefined;
  const matches = search(text, quote, maxErrors);
  for (const m of matches.slice(0, maxCandidates)) {
    if (short && !contextAgrees(m.start, m.end)) continue;
    const sc = score(m.start, m.end, m.errors);
    if (!best || sc > best.score) best = { s: m.start, e: m.end, score: sc, errors: m.errors };
  }
  if (!best) return undefined;
  // Do not start or end inside a surrogate pair.
  return { start: index.toCodePoint(best.s), end: index.toCodePoint(best.e), kind: 'fuzzy', errors: best.errors };
}

// ---------------------------------------------------------------------------------------------
// Following edits

/** A replacement in the text: [start, end) replaced by `insertedLength` code points. */
export interface TextEdit {
  start: number;
  end: number;
  insertedLength: number;
}

/**
 * Where a range goes after an edit. Text inserted before it shifts it; an edit inside it resizes
 * it; an insertion exactly at its start or end stays outside it; an edit that overlaps one of its
 * ends trims it. Returns undefined when the edit removed all of it (the span becomes an orphan).
 */
export function shiftRange(range: Range, edit: TextEdit): Range | undefined {
  const { start, end } = range;
  const delta = edit.insertedLength - (edit.end - edit.start);
  // entirely before (an insertion at the start stays outside)
  if (edit.end <= start) return { start: start + delta, end: end + delta };
  if (edit.start >= end) return { start, end }; // entirely after
  if (edit.start >= start && edit.end <= end) {
    // inside
    const newEnd = end + delta;
    if (newEnd <= start) return undefined;
    if (edit.start === start && edit.end === end && edit.insertedLength === 0) return undefined;
    return { start, end: newEnd };
  }
  if (edit.start <= start && edit.end >= end) return undefined; // covers it all
  if (edit.start < start) {
    // overlaps the beginning: what remains starts after the inserted text
    const newStart = edit.start + edit.insertedLength;
    const newEnd = end + delta;
    return newEnd > newStart ? { start: newStart, end: newEnd } : undefined;
  }
  // overlaps the end
  return edit.start > start ? { start, end: edit.start } : undefined;
}

/**
 * Applies a sequence of edits (each against the text left by the previous one) to a span and
 * refreshes its text and context from the new text. Undefined when it was deleted.
 */
export function followEdits(span: Span, edits: readonly TextEdit[], index: TextIndex): Span | undefined {
  let r: Range | undefined = { start: span.start, end: span.end };
  for (const e of edits) {
    r = shiftRange(r, e);
    if (!r) return undefined;
  }
  return makeSpan(index, r.start, r.end);
}
