/**
 * Article text and its offsets.
 *
 * The sidecar counts offsets in Unicode code points over the article's exact text (UTF-8 decoded,
 * BOM excluded, line endings as stored). JavaScript strings and VS Code count UTF-16 code units.
 * Every conversion between the two goes through {@link TextIndex}; text without astral characters
 * (the common case) takes a fast path where both counts are the same.
 */

export interface LineColumn {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units (the unit VS Code and SARIF use). */
  character: number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

export class TextIndex {
  /** Length of the text in code points. */
  readonly length: number;
  /** Code-point offsets of every astral (surrogate-pair) character, ascending; empty on the fast path. */
  private readonly astral: Int32Array;
  private lineStarts: Int32Array | undefined;

  constructor(readonly text: string) {
    if (!SURROGATE.test(text)) {
      this.astral = new Int32Array(0);
      this.length = text.length;
      return;
    }
    const positions: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++, cp++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          positions.push(cp);
          i++;
        }
      }
    }
    this.astral = Int32Array.from(positions);
    this.length = cp;
  }

  /** Whether code points and UTF-16 units coincide everywhere in this text. */
  get isBmpOnly(): boolean {
    return this.astral.length === 0;
  }

  /** UTF-16 offset of a code-point offset (clamped to the text). */
  toUnit(codePoint: number): number {
    const cp = Math.max(0, Math.min(codePoint, this.length));
    if (this.astral.length === 0) return cp;
    // number of astral characters strictly before cp
    return cp + lowerBound(this.astral, cp);
  }

  /**
   * Code-point offset of a UTF-16 offset (clamped). An offset between the two halves of a
   * surrogate pair maps to the start of that character.
   */
  toCodePoint(unit: number): number {
    const u = Math.max(0, Math.min(unit, this.text.length));
    if (this.astral.length === 0) return u;
    // Find k = number of astral characters whose units lie entirely before u.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // unit offset of astral[mid] is astral[mid] + mid; it ends at + 2
      if (this.astral[mid] + mid + 2 <= u) lo = mid + 1;
      else hi = mid;
    }
    const k = lo;
    if (k < this.astral.length && this.astral[k] + k + 1 === u) return u - k - 1;
    return u - k;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }

  /** 0-based line and UTF-16 column of a UTF-16 offset. Lines end at \n, \r\n or \r. */
  positionAtUnit(unit: number): LineColumn {
    const starts = this.getLineStarts();
    const u = Math.max(0, Math.min(unit, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= u) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: u - starts[lo] };
  }

  /** 0-based line and UTF-16 column of a code-point offset. */
  positionAt(codePoint: number): LineColumn {
    return this.positionAtUnit(this.toUnit(codePoint));
  }

  /** UTF-16 offset of a 0-based line and UTF-16 column (clamped to the line). */
  unitAt(position: LineColumn): number {
    const starts = this.getLineStarts();
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[position.line];
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length + 1;
    return Math.min(lineStart + Math.max(0, position.character), next - 1, this.text.length);
  }

  /** Code-point offset of a 0-based line and UTF-16 column. */
  offsetAt(position: LineColumn): number {
    return this.toCodePoint(this.unitAt(position));
  }

  get lineCount(): number {
    return this.getLineStarts().length;
  }

  private getLineStarts(): Int32Array {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (t.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = Int32Array.from(starts);
    return this.lineStarts;
  }
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** The last `count` code points of a string. */
export function lastCodePoints(s: string, count: number): string {
  if (!SURROGATE.test(s)) return s.slice(Math.max(0, s.length - count));
  const chars = Array.from(s);
  return chars.slice(Math.max(0, chars.length - count)).join('');
}

/** The first `count` code points of a string. */
export function firstCodePoints(s: string, count: number): string {
  if (!SURROGATE.test(s)) return s.slice(0, count);
  return Array.from(s).slice(0, count).join('');
}

export type DecodeResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; reason: 'binary' | 'not-utf8'; message: string; byteOffset: number };

/**
 * Decodes an article's bytes as UTF-8, excluding a leading BOM. Binary data (a NUL byte) and
 * invalid UTF-8 are refused with the byte offset of the first offending byte.
 */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, reason: 'binary', byteOffset: nul, message: `binary file (NUL byte at byte ${nul})` };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, bom };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: 'not-utf8', byteOffset: at, message: `not UTF-8 text (invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at byte ${at})` };
  }
}

/** Encodes article text back to the bytes it was read from. */
export function encodeArticle(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}
