import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './engine';

interface LanguageConfiguration {
  comments?: unknown;
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
}

const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The word VS Code selects on double-click at `offset`: the match of the word pattern that spans it. */
function wordAt(text: string, offset: number): string | undefined {
  const re = new RegExp(config.wordPattern, 'g');
  for (const m of text.matchAll(re)) {
    if (m.index! <= offset && offset < m.index! + m[0].length) return m[0];
  }
  return undefined;
}

describe('language configuration', () => {
  const pairs: [string, string][] = [['“', '”'], ['‘', '’'], ['"', '"'], ['«', '»'], ['„', '“']];

  it('auto-closes and surrounds with every pair of quotation marks', () => {
    for (const [open, close] of pairs) {
      assert.ok(config.autoClosingPairs.some((p) => p.open === open && p.close === close), `no auto-closing pair ${open}${close}`);
      assert.ok(config.surroundingPairs.some(([o, c]) => o === open && c === close), `no surrounding pair ${open}${close}`);
    }
  });

  it('does not auto-close the apostrophe and declares no comment tokens', () => {
    assert.ok(!config.autoClosingPairs.some((p) => p.open === "'" || p.open === '’'));
    assert.equal(config.comments, undefined);
  });

  it('selects a whole name on double-click', () => {
    const text = 'Sources close to O’Brien, Zelenskyy and al-Assad said “Nato’s” plan failed.';
    assert.equal(wordAt(text, text.indexOf('Brien')), 'O’Brien');
    assert.equal(wordAt(text, text.indexOf('O’')), 'O’Brien');
    assert.equal(wordAt(text, text.indexOf('lensk')), 'Zelenskyy');
    assert.equal(wordAt(text, text.indexOf('Assad')), 'al-Assad');
    assert.equal(wordAt(text, text.indexOf('al-')), 'al-Assad');
    assert.equal(wordAt(text, text.indexOf('Nato')), 'Nato’s', 'quotation marks are not part of the word');
    assert.equal(wordAt(text, text.indexOf('“')), undefined);
  });
});
