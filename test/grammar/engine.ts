/**
 * Loads syntaxes/news.tmLanguage.json into the engine VS Code uses (vscode-textmate over the
 * vscode-oniguruma WebAssembly build) and tokenizes whole documents, one line at a time, carrying the
 * rule stack from line to line as the editor does.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** The repository root (this file runs from out/test/grammar or out/bench). */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'news.tmLanguage.json');

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** The `text.news` grammar, loaded once per process. */
export function loadNewsGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'text.news') return null;
        return vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      },
    });
    const grammar = await registry.loadGrammar('text.news');
    if (!grammar) throw new Error(`${GRAMMAR_PATH}: grammar text.news did not load`);
    return grammar;
  })();
  return grammarPromise;
}

export interface Token {
  /** UTF-16 offsets into the whole document. */
  start: number;
  end: number;
  scopes: string[];
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  /**
   * For each line, whether a quotation is still open at its end, i.e. will continue if the next line opens with
   * a quotation mark (probed by tokenizing an empty line with the rule stack).
   */
  openAtLineEnd: boolean[];
  /** Scopes of the token covering a UTF-16 offset; offsets no token covers (line breaks) get only the root scope. */
  scopesAt(offset: number): string[];
}

/** Tokenizes a document line by line; lines are split at \n, a preceding \r is left out of the line. */
export function tokenizeDocument(grammar: vsctm.IGrammar, text: string): Tokenized {
  const tokens: Token[] = [];
  const openAtLineEnd: boolean[] = [];
  let stack = vsctm.INITIAL;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    const lineEnd = nl > lineStart && text[nl - 1] === '\r' ? nl - 1 : nl;
    const line = text.slice(lineStart, lineEnd);
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      const s = Math.min(t.startIndex, line.length);
      const e = Math.min(t.endIndex, line.length);
      if (e > s) tokens.push({ start: lineStart + s, end: lineStart + e, scopes: t.scopes });
    }
    stack = r.ruleStack;
    openAtLineEnd.push(grammar.tokenizeLine('', stack).tokens.some((t) => hasScope(t.scopes, 'string.quoted')));
    if (nl >= text.length) break;
    lineStart = nl + 1;
  }
  const starts = tokens.map((t) => t.start);
  return {
    text,
    tokens,
    openAtLineEnd,
    scopesAt(offset: number): string[] {
      // binary search for the last token starting at or before offset
      let lo = 0;
      let hi = starts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      if (found < 0 || tokens[found].end <= offset) return ['text.news'];
      return tokens[found].scopes;
    },
  };
}

/** Whether a scope list contains `scope` or a more specific scope under it (`string.quoted` ⊇ `string.quoted.double.news`). */
export function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}
