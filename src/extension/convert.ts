/** Offsets of the sidecar (code points) to and from VS Code positions (UTF-16), always through TextIndex. */
import * as vscode from 'vscode';
import type { Range as CoreRange } from '../core/model';
import type { TextIndex } from '../core/text';

export function toPosition(index: TextIndex, offset: number): vscode.Position {
  const p = index.positionAt(offset);
  return new vscode.Position(p.line, p.character);
}

export function toRange(index: TextIndex, r: CoreRange): vscode.Range {
  return new vscode.Range(toPosition(index, r.start), toPosition(index, r.end));
}

export function toOffset(index: TextIndex, p: vscode.Position): number {
  return index.offsetAt({ line: p.line, character: p.character });
}

export function fromRange(index: TextIndex, r: vscode.Range): CoreRange {
  return { start: toOffset(index, r.start), end: toOffset(index, r.end) };
}

/** A location in a JSON text given as 0-based line/column plus a UTF-16 length. */
export function jsonRange(text: string, loc: { offset: number; length: number; line: number; character: number }): vscode.Range {
  let line = loc.line;
  let character = loc.character;
  const end = Math.min(text.length, loc.offset + Math.max(1, loc.length));
  for (let i = loc.offset; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      character = 0;
    } else if (c !== 13) character++;
  }
  return new vscode.Range(loc.line, loc.character, line, character);
}

/** A short one-line preview of quoted text. */
export function preview(text: string, max = 48): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Text in quotation marks, unless it already starts with one (quoted content usually does). */
export function quoted(text: string): string {
  return /^["“”„«»‘’']/.test(text) ? text : `“${text}”`;
}
