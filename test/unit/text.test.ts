import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextIndex, codePointLength, decodeArticle, encodeArticle } from '../../src/core/text';

// Strings mixing ASCII, accented letters, curly quotes, line breaks and astral characters (emoji, CJK ext).
const pieces = fc.constantFrom('a', 'Z', ' ', 'é', '“', '”', '’', '\n', '\r\n', '\r', '🚢', '𝔸', '中', '👍🏽');
const article = fc.array(pieces, { maxLength: 80 }).map((xs) => xs.join(''));

describe('TextIndex: code points and UTF-16', () => {
  it('counts code points, not UTF-16 units', () => {
    const t = new TextIndex('ship 🚢 ahoy');
    assert.equal(t.length, 11);
    assert.equal(t.text.length, 12);
    assert.equal(t.slice(5, 6), '🚢');
    assert.equal(t.slice(7, 11), 'ahoy');
  });

  it('takes the fast path on text without astral characters', () => {
    const t = new TextIndex('“Quote,” she said.');
    assert.equal(t.isBmpOnly, true);
    assert.equal(t.toUnit(5), 5);
    assert.equal(t.toCodePoint(9), 9);
  });

  it('slice agrees with Array.from on any text (property)', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (s, a, b) => {
        const chars = Array.from(s);
        const t = new TextIndex(s);
        const start = a % (chars.length + 1);
        const end = start + (b % (chars.length - start + 1));
        assert.equal(t.length, chars.length);
        assert.equal(t.slice(start, end), chars.slice(start, end).join(''));
      }),
    );
  });

  it('toCodePoint inverts toUnit, and never splits a surrogate pair (property)', () => {
    fc.assert(
      fc.property(article, (s) => {
        const t = new TextIndex(s);
        for (let cp = 0; cp <= t.length; cp++) assert.equal(t.toCodePoint(t.toUnit(cp)), cp);
        for (let u = 0; u <= s.length; u++) {
          const back = t.toUnit(t.toCodePoint(u));
          assert.ok(back === u || back === u - 1, `unit ${u} maps back to ${back}`);
        }
      }),
    );
  });

  it('line/column positions round-trip, with \\n, \\r\\n and \\r line ends (property)', () => {
    fc.assert(
      fc.property(article, (s) => {
        const t = new TextIndex(s);
        for (let cp = 0; cp <= t.length; cp++) assert.equal(t.offsetAt(t.positionAt(cp)), cp);
        const lines = s.split(/\r\n|\r|\n/).length;
        assert.equal(t.lineCount, lines);
      }),
    );
  });

  it('places a CRLF article’s offsets as VS Code does (CRLF counts two)', () => {
    const t = new TextIndex('One.\r\n“Two,” he said.\r\nThree.');
    assert.deepEqual(t.positionAt(6), { line: 1, character: 0 });
    assert.equal(t.slice(6, 12), '“Two,”');
    assert.deepEqual(t.positionAt(t.length), { line: 2, character: 6 });
  });

  it('codePointLength agrees with Array.from (property)', () => {
    fc.assert(fc.property(article, (s) => codePointLength(s) === Array.from(s).length));
  });
});

describe('decodeArticle', () => {
  it('excludes a BOM and remembers it', () => {
    const bytes = encodeArticle('“Hi,” she said.', true);
    assert.equal(bytes.length, Buffer.byteLength('“Hi,” she said.') + 3);
    const r = decodeArticle(bytes);
    assert.ok(r.ok);
    assert.equal(r.text, '“Hi,” she said.');
    assert.equal(r.bom, true);
    assert.deepEqual(encodeArticle(r.text, r.bom), bytes);
  });

  it('refuses invalid UTF-8 and says at which byte', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait')]); // Latin-1 é
    const r = decodeArticle(bytes);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.reason, 'not-utf8');
      assert.equal(r.byteOffset, 3);
      assert.match(r.message, /not UTF-8.*0xe9 at byte 3/);
    }
  });

  it('refuses binary files', () => {
    const r = decodeArticle(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.reason, 'binary');
  });
});
