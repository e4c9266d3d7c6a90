import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../src/core/diagnostics';

// Tests run from out/test/unit; the repository root is three levels up.
const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

function registeredCommands(): Set<string> {
  const dir = join(root, 'src', 'extension');
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/(?:reg|registerCommand)\('(newsAttribution\.[A-Za-z]+)'/g)) ids.add(m[1]);
  }
  return ids;
}

describe('package.json contributions', () => {
  it('offers a severity setting for every diagnostic code, and only those', () => {
    const props = contributes.configuration.properties['newsAttribution.severity'].properties;
    assert.deepEqual(Object.keys(props).sort(), Object.keys(DIAGNOSTIC_CODES).sort());
    for (const [code, def] of Object.entries(DIAGNOSTIC_CODES)) assert.ok(props[code].description.includes(def.description), code);
  });

  it('contributes every command the extension registers, under the News Attribution category', () => {
    const contributed = new Map<string, { category: string }>(contributes.commands.map((c: { command: string; category: string }) => [c.command, c]));
    const registered = registeredCommands();
    assert.ok(registered.size >= 15, `found ${registered.size} registrations`);
    for (const id of registered) {
      assert.ok(contributed.has(id), `${id} is not in contributes.commands`);
      assert.equal(contributed.get(id)!.category, 'News Attribution');
    }
    for (const id of contributed.keys()) assert.ok(registered.has(id), `${id} is contributed but never registered`);
  });

  it('maps the actor semantic token to the grammar’s actor scope', () => {
    assert.deepEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id), ['actor']);
    assert.deepEqual(contributes.semanticTokenScopes, [{ language: 'news', scopes: { actor: ['entity.name.actor.news'] } }]);
  });

  it('activates narrowly and declares untrusted and virtual workspace support', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
  });

  it('defines the theme colours the decorations use, for light, dark and high contrast', () => {
    const ids = new Set(contributes.colors.map((c: { id: string }) => c.id));
    for (let n = 1; n <= 8; n++) {
      assert.ok(ids.has(`newsAttribution.actor${n}`));
      assert.ok(ids.has(`newsAttribution.actor${n}Background`));
    }
    for (const c of contributes.colors) for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.match(c.defaults[theme], /^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/, `${c.id} ${theme}`);
  });

  it('has a browser build for the web worker extension host that needs nothing but the vscode API', () => {
    assert.equal(pkg.browser, './dist/web/extension.js');
    // Built by `node esbuild.mjs` before the unit tests run.
    const bundle = readFileSync(join(root, pkg.browser), 'utf8');
    const required = new Set([...bundle.matchAll(/(?<!['"`])\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode'], 'a Node built-in or module in the browser build would fail to load in a worker');
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/web/extension.js'), 'the browser build is packaged');
  });

  it('keeps the decoration colours legible: lines against the theme background, text over the tinted content', () => {
    // Editor backgrounds and foregrounds of VS Code's default themes (Light Modern, Dark Modern, High Contrast, High Contrast Light).
    const themes = {
      light: { bg: '#FFFFFF', fg: '#3B3B3B' },
      dark: { bg: '#1F1F1F', fg: '#CCCCCC' },
      highContrast: { bg: '#000000', fg: '#FFFFFF' },
      highContrastLight: { bg: '#FFFFFF', fg: '#292929' },
    } as const;
    const rgba = (hex: string) => {
      const n = hex.slice(1);
      const c = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16));
      return { rgb: c, a: n.length === 8 ? parseInt(n.slice(6, 8), 16) / 255 : 1 };
    };
    const over = (top: string, under: string) => {
      const t = rgba(top);
      const u = rgba(under);
      return u.rgb.map((v, i) => Math.round(t.rgb[i] * t.a + v * (1 - t.a)));
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const colours = new Map<string, Record<string, string>>(contributes.colors.map((c: { id: string; defaults: Record<string, string> }) => [c.id, c.defaults]));
    const problems: string[] = [];
    for (const [id, defaults] of colours) {
      for (const [theme, { bg, fg }] of Object.entries(themes)) {
        const value = defaults[theme];
        if (id.endsWith('Background')) {
          // The article's text stays readable on the tint (WCAG AA for text: 4.5).
          const ratio = contrast(rgba(fg).rgb, over(value, bg));
          if (ratio < 4.5) problems.push(`${id} (${theme}): text contrast ${ratio.toFixed(2)} < 4.5`);
        } else {
          // Underlines, outlines and ruler marks against the background (WCAG AA for graphics: 3).
          const ratio = contrast(over(value, bg), rgba(bg).rgb);
          if (ratio < 3) problems.push(`${id} (${theme}): contrast ${ratio.toFixed(2)} < 3 against the background`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
