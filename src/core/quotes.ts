/**
 * Finding quotations in news text.
 *
 * Conventions handled: straight "…", curly “…”, guillemets «…» (and »…«), low-high „…“ and „…”;
 * single quotes ‘…’ / '…' nested in double ones or standing alone (headlines); apostrophes
 * (Putin’s, don’t, ’90s, rock ’n’ roll) are not quotation marks. A quotation ends at the end of its
 * paragraph unless the next paragraph opens with a quotation mark (the news convention for long
 * quotes), so one unbalanced mark never runs on through the article.
 */
import { TextIndex } from './text';

export interface Quotation {
  /** Code-point offset of the opening mark. */
  start: number;
  /** Code-point offset just after the closing mark (or the paragraph end when unclosed). */
  end: number;
  /** Whether a closing mark was found. */
  closed: boolean;
  /** 'double' or 'single' quotation marks. */
  kind: 'double' | 'single';
  /** Nesting depth: 0 for a top-level quotation, 1 inside another. */
  depth: number;
  /** Paragraph ranges the quotation covers, when it continues across paragraphs (code points). */
  parts: { start: number; end: number }[];
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '»', '"']);
const SINGLE_OPEN = new Set(['‘', "'", '‚', '‹']);

function closersFor(open: string): string {
  switch (open) {
    case '“': return '”"';
    case '”': return '”"“';
    case '„': return '“”';
    case '«': return '»';
    case '»': return '«';
    case '"': return '"”';
    case '‘': return '’\'';
    case '‚': return '‘’';
    case '‹': return '›';
    case "'": return "'’";
    default: return open;
  }
}

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && LETTER.test(ch);
}

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || ch === '' || /[\s([{\u2014\u2013\-/:;]/.test(ch);
}

/** Paragraph ranges (UTF-16 offsets): maximal runs of text between line breaks. */
export function paragraphs(text: string): { start: number; end: number }[] {
  // One pass over the characters: calling indexOf per line from an optimized loop was measured to
  // degrade to a scan of the whole text per call on long two-byte strings.
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  let start = 0;
  let content = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (content) out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      content = false;
    } else if (!content && !isBlank(c)) content = true;
  }
  if (content) out.push({ start, end: n });
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

interface RawQuote {
  start: number;
  end: number;
  closed: boolean;
  kind: 'double' | 'single';
  depth: number;
}

/** Whether a single-quote character at i can open a quotation. */
function canOpenSingle(text: string, i: number, paraStart: number): boolean {
  const prev = i > paraStart ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (!isSpaceOrStart(prev) && !DOUBLE_OPEN.has(prev ?? '') && prev !== '—') return false;
  if (!isLetter(next) && next !== '…' && next !== '.') return false;
  // ’90s, ’n’, ’em, ’tis: elisions, not quotations
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(i + 1, i + 8))?.[0] ?? '';
  if (/^\d{2}s?$/.test(word) || /^(n|em|tis|twas|cause|til)$/i.test(word)) return false;
  return true;
}

/** Whether a single-quote character at i can close a quotation. */
function canCloseSingle(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return false; // don’t, O’Brien
  if (prev === undefined || /\s/.test(prev)) return false;
  // voters’ (plural possessive) is ambiguous; accept it as a close only when not followed by a letter
  return !isLetter(next);
}

/** Every character that can be a quotation mark; the scanner jumps from one to the next. */
const MARKS = /["“”„«»‘’'‚‹›]/g;

function scanParagraph(text: string, from: number, to: number, open: { ch: string; start: number; kind: 'double' | 'single' }[], out: RawQuote[]): void {
  MARKS.lastIndex = from;
  for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) {
    const at = m.index;
    let i = at;
    let ch = m[0];
    // Two apostrophes stand for a double quotation mark in some wire and archive texts: ''Yes,'' he said.
    if (ch === "'" && text[i + 1] === "'") {
      ch = '"';
      i++;
      MARKS.lastIndex = i + 1;
    }
    const before = text[at - 1];
    const after = text[i + 1];
    // 6'3" and 6′3″: feet and inches, not quotation marks.
    if (ch === '"' && /\d['’]\d{1,2}$/.test(text.slice(Math.max(from, at - 5), at))) continue;
    const isDouble = DOUBLE_OPEN.has(ch) || ch === '”' || ch === '“';
    const isSingle = SINGLE_OPEN.has(ch) || ch === '’' || ch === '›';
    if (!isDouble && !isSingle) continue;

    // Try to close the innermost open quotation of the same kind.
    const top = open[open.length - 1];
    if (top && closersFor(top.ch).includes(ch)) {
      const kind = top.kind;
      const ok = kind === 'double' ? !(ch === '"' && isSpaceOrStart(before) && isLetter(after)) : canCloseSingle(text, i);
      if (ok) {
        open.pop();
        out.push({ start: top.start, end: i + 1, closed: true, kind, depth: open.length });
        continue;
      }
    }
    // “… 51 percent.“ — an opening mark typed for the closing one: right after sentence punctuation
    // and before a space or the paragraph end, it cannot open anything.
    if (ch === '“' && top?.ch === '“' && /[.,!?…]/.test(before ?? '') && (i + 1 >= to || /\s/.test(after ?? ''))) {
      open.pop();
      out.push({ start: top.start, end: i + 1, closed: true, kind: 'double', depth: open.length });
      continue;
    }
    if (isDouble) {
      // A closing double mark while a single quote is open inside: close through it.
      const di = findOpen(open, 'double');
      if (di >= 0 && closersFor(open[di].ch).includes(ch) && !(ch === '"' && isSpaceOrStart(before) && isLetter(after))) {
        while (open.length > di + 1) {
          const q = open.pop()!;
          out.push({ start: q.start, end: at, closed: false, kind: q.kind, depth: open.length });
        }
        const q = open.pop()!;
        out.push({ start: q.start, end: i + 1, closed: true, kind: 'double', depth: open.length });
        continue;
      }
      if (ch === '”') {
        // A closing mark used as an opening one (”Text … ” at the start of a paragraph or after a space).
        // (Also opening a paragraph before an ellipsis that resumes the words: ”… what I learned …”.)
        const resumes = at === from && /^\s?(…|\.\.\.)/.test(text.slice(i + 1, i + 5));
        if (findOpen(open, 'double') < 0 && isSpaceOrStart(at > from ? before : undefined) && (isLetter(after) || resumes)) open.push({ ch, start: at, kind: 'double' });
        continue; // otherwise a stray closing mark
      }
      if (ch === '"' && !isSpaceOrStart(before) && isLetter(before) && !isLetter(after)) continue; // stray close
      if (ch === '»' && !isSpaceOrStart(before)) continue;
      open.push({ ch, start: at, kind: 'double' });
    } else {
      if (ch === '’' || ch === '›') continue; // apostrophe or stray close
      if (canOpenSingle(text, i, from)) open.push({ ch, start: at, kind: 'single' });
    }
  }
}

function findOpen(open: { kind: string }[], kind: string): number {
  for (let k = open.length - 1; k >= 0; k--) if (open[k].kind === kind) return k;
  return -1;
}

/** Every quotation in the text, in document order (outer quotations before the ones they contain). */
export function findQuotations(text: string, index: TextIndex = new TextIndex(text)): Quotation[] {
  const paras = paragraphs(text);
  const raw: RawQuote[] = [];
  const continued = new Map<number, { start: number; end: number }[]>(); // quote start → paragraph parts
  let open: { ch: string; start: number; kind: 'double' | 'single' }[] = [];
  let carried: { start: number; parts: { start: number; end: number }[] } | undefined;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p];
    if (carried) {
      // Re-opened on this paragraph: the first character is the new opening mark.
      const first = text[start];
      if (DOUBLE_OPEN.has(first) || SINGLE_OPEN.has(first)) {
        carried.parts.push({ start, end });
        scanParagraph(text, start + (text.startsWith("''", start) ? 2 : 1), end, open, raw);
      } else {
        carried = undefined;
        open = [];
      }
    }
    if (!carried) {
      open = [];
      scanParagraph(text, start, end, open, raw);
    }
    // Paragraph end: unclosed quotations either continue or end here.
    const outer = open.find((q) => q.kind === 'double') ?? open[0];
    const next = paras[p + 1];
    const nextOpens = next && (DOUBLE_OPEN.has(text[next.start]) || SINGLE_OPEN.has(text[next.start]));
    if (outer && nextOpens && outer.kind === 'double' && (DOUBLE_OPEN.has(text[next.start]) || text.startsWith("''", next.start))) {
      if (!carried || carried.start !== outer.start) carried = { start: outer.start, parts: [{ start: outer.start, end }] };
      else carried.parts[carried.parts.length - 1].end = end;
      continued.set(outer.start, carried.parts);
      // inner quotations do not carry over
      open = [open[open.indexOf(outer)]];
      continue;
    }
    for (let k = open.length - 1; k >= 0; k--) {
      raw.push({ start: open[k].start, end, closed: false, kind: open[k].kind, depth: k });
    }
    open = [];
    carried = undefined;
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  return raw.map((q) => {
    const parts = continued.get(q.start);
    const fixedParts = parts
      ? parts.map((r, i) => ({ start: index.toCodePoint(i === 0 ? q.start : r.start), end: index.toCodePoint(i === parts.length - 1 ? q.end : r.end) }))
      : [{ start: index.toCodePoint(q.start), end: index.toCodePoint(q.end) }];
    return {
      start: index.toCodePoint(q.start),
      end: index.toCodePoint(q.end),
      closed: q.closed,
      kind: q.kind,
      depth: q.depth,
      parts: fixedParts,
    };
  });
}

/** Whether the character at a UTF-16 index is a quotation mark of any style. */
export function isQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && /["“”„«»‘’‚‹›']/.test(ch);
}
