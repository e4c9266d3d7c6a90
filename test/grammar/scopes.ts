/**
 * Scope assertions for grammar tests: tokenize a fixture article with the real engine, then assert that a
 * substring does or does not carry a scope.
 *
 * A substring is named by a snippet that must occur exactly once in the text; `[[` and `]]` inside the snippet
 * mark the part under test, so `said [[Nato]] officials` checks "Nato" in that context only.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, hasScope, loadNewsGrammar, tokenizeDocument, type Tokenized } from './engine';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'grammar');

export class ScopedText {
  constructor(readonly doc: Tokenized, readonly name: string) {}

  static async fromFixture(file: string): Promise<ScopedText> {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    return new ScopedText(tokenizeDocument(await loadNewsGrammar(), text), file);
  }

  static async fromText(text: string, name = 'inline text'): Promise<ScopedText> {
    return new ScopedText(tokenizeDocument(await loadNewsGrammar(), text), name);
  }

  /** The UTF-16 range of the marked part of a snippet that occurs exactly once. */
  locate(snippet: string): { start: number; end: number } {
    const open = snippet.indexOf('[[');
    const close = snippet.indexOf(']]');
    const context = snippet.replace('[[', '').replace(']]', '');
    const at = this.doc.text.indexOf(context);
    assert.ok(at >= 0, `${this.name}: snippet not found: ${JSON.stringify(context)}`);
    assert.equal(this.doc.text.indexOf(context, at + 1), -1, `${this.name}: snippet occurs more than once: ${JSON.stringify(context)}`);
    if (open < 0) return { start: at, end: at + context.length };
    assert.ok(close > open, `bad snippet markers in ${JSON.stringify(snippet)}`);
    return { start: at + open, end: at + close - 2 };
  }

  /** Whether a quotation is still open at the end of the line (paragraph) that contains the snippet. */
  openAtEndOfLine(snippet: string): boolean {
    const { start } = this.locate(snippet);
    const line = this.doc.text.slice(0, start).split('\n').length - 1;
    return this.doc.openAtLineEnd[line];
  }

  /** A readable account of the scopes over a range, for failure messages. */
  describe(start: number, end: number): string {
    const parts: string[] = [];
    for (const t of this.doc.tokens) {
      if (t.end <= start || t.start >= end) continue;
      const s = Math.max(t.start, start);
      const e = Math.min(t.end, end);
      parts.push(`${JSON.stringify(this.doc.text.slice(s, e))} → ${t.scopes.slice(1).join(' ') || '(none)'}`);
    }
    return parts.join('\n    ');
  }

  /** Every character of the snippet's marked part carries `scope` (or a more specific scope under it). */
  has(snippet: string, scope: string): void {
    const { start, end } = this.locate(snippet);
    for (let i = start; i < end; i++) {
      if (!hasScope(this.doc.scopesAt(i), scope)) {
        assert.fail(`${this.name}: ${JSON.stringify(this.doc.text.slice(start, end))} should be ${scope}, but:\n    ${this.describe(start, end)}`);
      }
    }
  }

  /** No character of the snippet's marked part carries `scope`. */
  lacks(snippet: string, scope: string): void {
    const { start, end } = this.locate(snippet);
    for (let i = start; i < end; i++) {
      if (hasScope(this.doc.scopesAt(i), scope)) {
        assert.fail(`${this.name}: ${JSON.stringify(this.doc.text.slice(start, end))} should not be ${scope}, but:\n    ${this.describe(start, end)}`);
      }
    }
  }

  /** The marked part is exactly one token with `scope`: the scope starts and ends at its edges. */
  exactly(snippet: string, scope: string): void {
    const { start, end } = this.locate(snippet);
    this.has(snippet, scope);
    const before = start > 0 && hasScope(this.doc.scopesAt(start - 1), scope) && this.doc.text[start - 1] !== '\n';
    const after = end < this.doc.text.length && hasScope(this.doc.scopesAt(end), scope) && this.doc.text[end] !== '\n';
    assert.ok(!before && !after, `${this.name}: ${scope} should cover exactly ${JSON.stringify(this.doc.text.slice(start, end))}, but:\n    ${this.describe(Math.max(0, start - 12), Math.min(this.doc.text.length, end + 12))}`);
  }
}

export const QUOTED = 'string.quoted';
export const DOUBLE = 'string.quoted.double.news';
export const SINGLE = 'string.quoted.single.news';
export const BEGIN = 'punctuation.definition.string.begin.news';
export const END = 'punctuation.definition.string.end.news';
export const CUE = 'keyword.other.cue.news';
export const ACTOR = 'entity.name.actor.news';
