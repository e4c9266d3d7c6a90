/**
 * The end-to-end fixture: a code-server with the packaged extension installed into a fresh profile, a copy of
 * the fixture workspace, and a headless Chromium showing the workbench, plus the few gestures a person uses
 * (quick open, the command palette, the status bar, panels, hovers). Every wait is on a selector, an event
 * or a file; nothing sleeps for a fixed time.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newWorkbenchPage, workbenchUrl } from '../runner/browser';
import { copyWorkspace, installExtension, prepareRun, QUIET_SETTINGS, startCodeServer, writeUserSettings, type CodeServer, type RunFolders } from '../runner/code-server';
import { FIXTURE_WORKSPACE } from '../runner/fixtures';
import { ensureTools } from '../runner/install';
import { cacheRoot, repoRoot, say, stamp } from '../runner/paths';

/**
 * A unique colour for each scope of the News Article grammar, so the rendered colour of a span tells which
 * scope it carries (the last digit keeps them apart from any theme colour); far apart so that the
 * screenshots show them too.
 */
export const SCOPE_COLOURS = {
  'string.quoted.double.news': '#b3006b',
  'punctuation.definition.string.begin.news': '#e06a01',
  'keyword.other.cue.news': '#0050d7',
  'entity.name.actor.news': '#00865b',
} as const;

export type NewsScope = keyof typeof SCOPE_COLOURS;

/** "#a10001" → "rgb(161, 0, 1)", the form getComputedStyle reports. */
export function cssRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The scope whose test colour is `rgb`, if any. */
export function scopeOfColour(rgb: string): NewsScope | undefined {
  return (Object.keys(SCOPE_COLOURS) as NewsScope[]).find((s) => cssRgb(SCOPE_COLOURS[s]) === rgb);
}

/** The .vsix under test: $NEWS_ATTRIBUTION_VSIX, else news-attribution-<version>.vsix at the repository root. */
export function vsixPath(): string {
  const configured = process.env.NEWS_ATTRIBUTION_VSIX;
  if (configured) return path.resolve(configured);
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
  return path.join(repoRoot, `news-attribution-${version}.vsix`);
}

/** The folder of this run's screenshots: $NEWS_ATTRIBUTION_SCREENSHOTS, else test-results/e2e/<stamp>/. */
export function screenshotDir(): string {
  const dir = process.env.NEWS_ATTRIBUTION_SCREENSHOTS ?? path.join(repoRoot, 'test-results', 'e2e', stamp());
  process.env.NEWS_ATTRIBUTION_SCREENSHOTS = dir;
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export class Workbench {
  private shots = 0;
  /** Every URL the workbench requested, its workers' requests included (decoded). */
  readonly requests: string[] = [];

  private constructor(
    readonly page: Page,
    readonly workspace: string,
    readonly run: RunFolders,
    private readonly server: CodeServer,
    private readonly browser: Browser,
    readonly screenshots: string,
  ) {}

  /** Installs the packaged extension into a fresh code-server profile and opens the fixture workspace. */
  /**
   * `restricted`: workspace trust is on and the folder is not trusted (Restricted Mode), as when a reporter
   * opens a folder someone sent them.
   */
  static async open(settings: Record<string, unknown> = {}, options: { restricted?: boolean } = {}): Promise<Workbench> {
    const vsix = vsixPath();
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist; build it with npm run package (npm run test:e2e does)`);
    const cache = cacheRoot();
    const tools = await ensureTools(cache);
    const run = prepareRun(cache, 'e2e');
    const workspace = copyWorkspace(FIXTURE_WORKSPACE, run);
    writeUserSettings(run, {
      ...QUIET_SETTINGS,
      'editor.tokenColorCustomizations': {
        textMateRules: Object.entries(SCOPE_COLOURS).map(([scope, foreground]) => ({ scope, settings: { foreground } })),
      },
      'editor.hover.delay': 100,
      // Whole lines in view for the screenshots; nothing covering the editor.
      'editor.wordWrap': 'on',
      'editor.minimap.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'files.autoSave': 'off',
      ...settings,
    });
    await installExtension(tools, run, vsix);
    const server = await startCodeServer(tools, run, {}, { workspaceTrust: options.restricted });
    const browser = await launchBrowser(run);
    const page = await newWorkbenchPage(browser);
    page.setDefaultTimeout(30_000);
    const wb = new Workbench(page, workspace, run, server, browser, screenshotDir());
    page.on('request', (r) => wb.requests.push(safeDecode(r.url())));
    await page.goto(workbenchUrl({ serverUrl: server.url, folder: workspace }));
    await page.locator('.monaco-workbench').waitFor();
    // The explorer lists the workspace once the remote file system and the extension host are up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    say(`e2e workbench ready on ${server.url} with ${path.basename(vsix)}; screenshots in ${wb.screenshots}`);
    return wb;
  }

  /** Resolves with the first requested URL (decoded) that matches `pattern`, made already or within `ms`. */
  async requested(pattern: RegExp, ms = 30_000): Promise<string> {
    const seen = this.requests.find((u) => pattern.test(u));
    if (seen) return seen;
    const request = await this.page.waitForRequest((r) => pattern.test(safeDecode(r.url())), { timeout: ms }).catch(() => undefined);
    if (!request) throw new Error(`the workbench requested nothing matching ${pattern} within ${ms} ms (${this.requests.length} requests made)`);
    return safeDecode(request.url());
  }

  /** Saves a screenshot of the whole window as NN-<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    this.shots += 1;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
    const file = path.join(this.screenshots, `${String(this.shots).padStart(2, '0')}-${slug}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Opens a workspace file through Quick Open (Ctrl+P), as a person would, and waits for its editor tab. */
  async openFile(relativePath: string): Promise<void> {
    const base = path.basename(relativePath);
    await this.page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relativePath);
    // Enter opens the focused row: wait until the filtered list has put the file there (the list shows recently
    // opened files first, before the filter applies).
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: base }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.activeTab(base).waitFor();
    await this.editor().locator('.view-lines').waitFor();
  }

  /**
   * Opens a file of the workspace's top folder by clicking it in the Explorer: for a file created during the
   * run, which Quick Open's file index may not list yet.
   */
  async openFromExplorer(name: string): Promise<void> {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await this.activeTab(name).waitFor();
    await this.editor().locator('.view-lines').waitFor();
  }

  /** Moves the cursor with Go to Line (Ctrl+G), e.g. "5:10" for line 5, column 10. */
  async goToLine(where: string): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.page.locator('.quick-input-widget input').waitFor();
    await this.page.keyboard.type(where);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** The first row of the open quick pick that contains `text`. */
  quickPickRow(text: string): Locator {
    return this.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  }

  /** The text editor of the active editor group. */
  editor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** The active editor tab, when it shows `name`. */
  activeTab(name: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: name });
  }

  /** Runs a command by its title from the command palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: new RegExp(`^\\s*${escaped}`) }).first();
    const found = await row.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (!found) {
      const offered = await this.page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      await this.page.keyboard.press('Escape');
      throw new Error(`the command palette has no command "${title}" (it offers: ${offered.map((t) => t.replace(/\s+/g, ' ').trim()).join(' | ') || 'nothing'})`);
    }
    await row.click();
    // The palette closes, or the command opens a quick pick or input box of its own in its place.
    await this.page.waitForFunction(() => {
      const doc = (globalThis as any).document;
      const widget = doc.querySelector('.quick-input-widget');
      const input = widget?.querySelector('input');
      return !widget || widget.style.display === 'none' || !widget.offsetParent || (input && !String(input.value).startsWith('>'));
    });
  }

  /** The messages of the notifications on screen (toasts and the notification centre), for failure reports. */
  async notifications(): Promise<string[]> {
    const texts = await this.page.locator('.notification-list-item-message').allInnerTexts();
    return [...new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  }

  /** The language name in the status bar (e.g. "News Article", "Plain Text"). */
  statusLanguage(): Locator {
    return this.page.locator('#status\\.editor\\.mode');
  }

  /** The rendered editor line whose text contains `text` (Monaco renders spaces as U+00A0). */
  viewLine(text: string): Locator {
    return this.editor().locator('.view-line').filter({ hasText: text.replace(/ /g, '\u00a0') }).first();
  }

  /**
   * The rendered colour of every character of a line: for each character of `text` inside the rendered line
   * that contains `within` (default: `text`), the computed CSS colour of the token span that draws it.
   */
  async coloursOf(text: string, within = text): Promise<string[]> {
    const line = this.viewLine(within);
    await line.waitFor();
    const tokens: { text: string; color: string }[] = await line.evaluate((el: any) =>
      Array.from(el.querySelectorAll('span > span') as ArrayLike<any>).map((s: any) => ({
        text: String(s.textContent ?? '').replace(/\u00a0/g, ' '),
        color: s.ownerDocument.defaultView.getComputedStyle(s).color as string,
      })),
    );
    const perChar: string[] = [];
    for (const t of tokens) for (const _ of t.text) perChar.push(t.color);
    const lineText = tokens.map((t) => t.text).join('');
    const at = [...lineText.slice(0, lineText.indexOf(text))].length;
    if (lineText.indexOf(text) < 0) throw new Error(`"${text}" is not in the rendered line "${lineText}"`);
    return perChar.slice(at, at + [...text].length);
  }

  /**
   * The decorations VS Code draws behind the middle of `text` (backgrounds and borders are overlays under the
   * text, not styles of its spans): for each, the computed value of every CSS property asked for.
   */
  async decorationsAt(text: string, properties: readonly string[]): Promise<Record<string, string>[]> {
    const { x, y } = await this.pointOf(text);
    return this.editor().evaluate(
      (editor: any, args: { x: number; y: number; props: readonly string[] }) =>
        Array.from(editor.querySelectorAll('.view-overlays div') as ArrayLike<any>)
          .filter((d: any) => {
            const b = d.getBoundingClientRect();
            return !d.children.length && b.width > 0 && b.left <= args.x && args.x <= b.right && b.top <= args.y && args.y <= b.bottom;
          })
          .map((d: any) => {
            const style = d.ownerDocument.defaultView.getComputedStyle(d);
            return Object.fromEntries(args.props.map((p) => [p, style.getPropertyValue(p) as string]));
          }),
      { x, y, props: properties },
    );
  }

  /** Moves the mouse over the middle of `text` in the editor (the first rendered occurrence). */
  async hoverText(text: string): Promise<void> {
    const { x, y } = await this.pointOf(text);
    await this.page.mouse.move(x, y);
  }

  /** The page coordinates of the middle of `text` in the editor (the first rendered occurrence). */
  private async pointOf(text: string): Promise<{ x: number; y: number }> {
    const line = this.viewLine(text);
    await line.waitFor();
    const box: { x: number; y: number } | null = await line.evaluate((el: any, needle: string) => {
      const doc = el.ownerDocument;
      const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      const target = needle.replace(/ /g, '\u00a0');
      let node: any;
      let full = '';
      const nodes: { node: any; start: number }[] = [];
      while ((node = walker.nextNode())) {
        nodes.push({ node, start: full.length });
        full += node.textContent;
      }
      const at = full.indexOf(target);
      if (at < 0) return null;
      const mid = at + Math.floor(target.length / 2);
      const hit = nodes.filter((n) => n.start <= mid).pop()!;
      const range = doc.createRange();
      range.setStart(hit.node, mid - hit.start);
      range.setEnd(hit.node, mid - hit.start + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, text);
    if (!box) throw new Error(`"${text}" is not rendered in the editor`);
    return box;
  }

  /** The visible editor hover. */
  hover(): Locator {
    return this.page.locator('.monaco-hover:not(.hidden)').filter({ visible: true });
  }

  /** Opens the Problems panel and returns its rows. */
  async problems(): Promise<Locator> {
    await this.runCommand('Problems: Focus on Problems View');
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor();
    return panel.locator('.monaco-list-row');
  }

  /** Waits until a row of the Problems panel contains each of `texts`; fails listing the rows it saw. */
  async expectProblems(texts: readonly string[], ms = 20_000): Promise<string[]> {
    const rows = await this.problems();
    const missing: string[] = [];
    for (const text of texts) {
      const ok = await rows.filter({ hasText: text }).first().waitFor({ timeout: ms }).then(() => true, () => false);
      if (!ok) missing.push(text);
    }
    const shown = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    if (missing.length) {
      throw new Error(`the Problems panel lists no ${missing.map((m) => `"${m}"`).join(', ')}; it shows: ${shown.length ? `\n  ${shown.join('\n  ')}` : 'no problems'}`);
    }
    return shown;
  }

  /**
   * Closes the browser and stops code-server. The run's folder (profile, workspace, code-server log) is
   * removed unless `keep` or NEWS_ATTRIBUTION_KEEP_RUN=1, and its path printed when kept.
   */
  async close(keep = false): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    if (keep || process.env.NEWS_ATTRIBUTION_KEEP_RUN === '1') say(`kept the e2e run's profile, workspace and code-server log in ${this.run.root}`);
    else fs.rmSync(this.run.root, { recursive: true, force: true });
  }
}

/**
 * Resolves when `file` exists and `accept` returns true for its content, watching its folder for changes;
 * rejects after `ms` with what the file held last.
 */
export function waitForFile(file: string, accept: (text: string) => boolean, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let last: string | undefined;
    const check = () => {
      try {
        last = fs.readFileSync(file, 'utf8');
      } catch {
        return false;
      }
      if (!accept(last)) return false;
      done();
      resolve(last);
      return true;
    };
    const watcher = fs.watch(path.dirname(file), () => check());
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${ms} ms waiting for ${file}${last === undefined ? ' to be created' : `; it holds:\n${last}`}`));
    }, ms);
    const done = () => {
      clearTimeout(timer);
      watcher.close();
    };
    check();
  });
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Registers, in the calling `describe`, the hooks of a suite that shares one workbench: opened before the
 * first step (with extra user settings), a screenshot of the moment any step fails, closed after the last
 * (its run folder kept when a step failed). Returns the workbench's getter for the steps.
 */
export function useWorkbench(settings: Record<string, unknown> = {}, label = '', options: { restricted?: boolean } = {}): () => Workbench {
  let wb: Workbench | undefined;
  let failed = false;
  before(async function () {
    this.timeout(240_000);
    wb = await Workbench.open(settings, options);
  });
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !wb) return;
    failed = true;
    const file = await wb.screenshot(`${label}failed ${this.currentTest.title}`).catch(() => undefined);
    if (file) console.log(`      screenshot of the failure: ${file}`);
    const shown = await wb.notifications().catch(() => []);
    for (const message of shown) console.log(`      notification on screen: ${message}`);
  });
  after(async () => {
    await wb?.close(failed);
  });
  return () => {
    if (!wb) throw new Error('the workbench did not open (see the before hook’s error)');
    return wb;
  };
}
