/**
 * A reporter works on an article in the browser-based VS Code, with the packaged extension installed: each
 * `it` is one step a person takes, and each saves a screenshot (the folder is printed at the start).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cssRgb, SCOPE_COLOURS, scopeOfColour, useWorkbench, waitForFile, type NewsScope, type Workbench } from './workbench';

const ARTICLE = 'harbour-ferry.news';
const QUOTE_LINE = '“We have rebuilt the landing stage from the seabed up,” said Mira Okonkwo';

describe('A reporter annotating an article in VS Code (code-server)', function () {
  this.timeout(60_000);
  const workbench = useWorkbench();
  let wb: Workbench;
  beforeEach(() => {
    wb = workbench();
  });

  it('opens the article as a News Article', async () => {
    await wb.openFile(ARTICLE);
    await wb.viewLine('Ferry service to Kestrel Island').waitFor();
    await assertStatusLanguage(wb, 'News Article');
    await wb.screenshot('article open as News Article');
  });

  it('shows quotation marks, quotations, cues and speakers in their scopes’ colours', async () => {
    await wb.openFile(ARTICLE);
    const expectations: [string, NewsScope][] = [
      ['“', 'punctuation.definition.string.begin.news'],
      ['We have rebuilt the landing stage', 'string.quoted.double.news'],
      ['said', 'keyword.other.cue.news'],
      ['Mira Okonkwo', 'entity.name.actor.news'],
    ];
    // The editor draws the line again as tokens and decorations arrive: read it until it is settled.
    let wrong: string[] = [];
    for (const deadline = Date.now() + 15_000; ; ) {
      wrong = [];
      for (const [text, scope] of expectations) {
        const colours = await wb.coloursOf(text, QUOTE_LINE);
        const distinct = [...new Set(colours)];
        if (distinct.length !== 1 || distinct[0] !== cssRgb(SCOPE_COLOURS[scope])) {
          wrong.push(`"${text}" should be drawn as ${scope} (${cssRgb(SCOPE_COLOURS[scope])}) but is ${distinct.map((c) => `${c}${scopeOfColour(c) ? ` = ${scopeOfColour(c)}` : ''}`).join(' and ') || 'not found'}`);
        }
      }
      if (!wrong.length || Date.now() > deadline) break;
      await wb.page.waitForTimeout(250);
    }
    await wb.screenshot('grammar colours');
    if (wrong.length) assert.fail(wrong.join('\n'));
  });

  it('shows the speaker when hovering an attributed quotation', async () => {
    await wb.openFile(ARTICLE);
    await wb.hoverText('landing stage');
    const hover = wb.hover();
    const shown = await hover.first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
    if (!shown) {
      await wb.screenshot('no hover');
      assert.fail('no hover appeared over the attributed quotation “We have rebuilt the landing stage…”');
    }
    const named = await hover
      .filter({ hasText: 'Mira Okonkwo' })
      .waitFor({ timeout: 10_000 })
      .then(() => true, () => false);
    await wb.screenshot('hover shows the speaker');
    if (!named) assert.fail(`the hover should name the speaker, Mira Okonkwo; it shows:\n${await hover.first().innerText()}`);
  });

  it('lists the validation problems of the article in the Problems panel', async () => {
    await wb.openFile(ARTICLE);
    const shown = await wb.expectProblems(['unattributed-quote', 'stale-anchor']);
    await wb.screenshot('problems panel');
    const unattributed = shown.find((t) => t.includes('unattributed-quote'))!;
    assert.ok(unattributed.includes('news-attribution'), `the diagnostics come from news-attribution:\n${shown.join('\n')}`);
    assert.match(unattributed, /crossing will be safer/, 'the unattributed quotation is quoted in its message');
  });

  it('starts annotating a plain-text article from the command palette, creating its sidecar', async () => {
    const article = 'library-hours.txt';
    const sidecar = path.join(wb.workspace, `${article}.attributions.json`);
    assert.ok(!fs.existsSync(sidecar), 'the article has no sidecar yet');
    await wb.openFile(article);
    await assertStatusLanguage(wb, 'Plain Text');
    await wb.runCommand('News Attribution: Start Annotating This File');
    await assertStatusLanguage(wb, 'News Article');
    const text = await waitForFile(sidecar, (t) => t.trim().startsWith('{') && t.trim().endsWith('}'), 15_000);
    await wb.screenshot('started annotating');
    const json = JSON.parse(text);
    const articleText = fs.readFileSync(path.join(wb.workspace, article), 'utf8');
    assert.strictEqual(json.version, 1);
    assert.strictEqual(json.document.length, [...articleText].length, 'the sidecar records the article’s length in code points');
    assert.match(json.document.sha256, /^[0-9a-f]{64}$/);
    assert.deepStrictEqual([json.actors, json.attributions], [[], []], 'a new sidecar starts empty');
  });

  it('attributes the quotation at the cursor with the keyboard alone', async () => {
    const article = 'library-hours.txt';
    const sidecar = path.join(wb.workspace, `${article}.attributions.json`);
    await wb.openFile(article);
    await assertStatusLanguage(wb, 'News Article');
    const page = wb.page;
    const row = (text: string) => wb.quickPickRow(text);
    // Cursor into the quotation on line 5.
    await wb.goToLine('5:10');
    // Attribute Quote: the speaker the text names is offered and selected, so Enter takes it; then its kind
    // (the one found first) and save.
    await page.keyboard.press('Control+Alt+A');
    await row('New actor').waitFor();
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Ana Ferreira' }).filter({ hasText: 'the speaker found' }).waitFor();
    await wb.screenshot('attribute: speaker');
    await page.keyboard.press('Enter');
    await row('organization').waitFor();
    await page.keyboard.press('Enter');
    await row('Save attribution').waitFor();
    await wb.screenshot('attribute: confirm');
    await page.keyboard.press('Enter');
    const text = await waitForFile(sidecar, (t) => /"attributions": \[\s*\{/.test(t), 15_000);
    const json = JSON.parse(text);
    const a = json.attributions[0];
    assert.deepStrictEqual(
      [a.content.map((c: { text: string }) => c.text), a.cue?.map((c: { text: string }) => c.text), a.source?.mention?.map((c: { text: string }) => c.text), a.type],
      [['“People asked for it in every survey we ran,”'], ['said'], ['Ana Ferreira'], 'direct'],
    );
    // The speaker the text names was offered first, with what the article says about her.
    assert.deepStrictEqual(json.actors, [{ id: 'ana-ferreira', name: 'Ana Ferreira', kind: 'person', description: 'who chairs the council’s culture committee' }]);
    await page.locator('.statusbar-item', { hasText: '1/1 quotes attributed' }).waitFor({ timeout: 15_000 });
    await wb.screenshot('attributed from the keyboard');
  });

  it('changes the type of the attribution at the cursor with Edit Attribution (Ctrl+Alt+E), keyboard only', async () => {
    const article = 'library-hours.txt';
    const sidecar = path.join(wb.workspace, `${article}.attributions.json`);
    await wb.openFile(article);
    const page = wb.page;
    await wb.goToLine('5:10');
    await page.keyboard.press('Control+Alt+E');
    await wb.quickPickRow('Type: direct').waitFor();
    await page.keyboard.type('Type');
    await page.keyboard.press('Enter');
    await wb.quickPickRow('mixed').waitFor();
    await page.keyboard.type('mixed');
    await page.keyboard.press('Enter');
    // The field list comes back with the new value; Escape ends the edit.
    await wb.quickPickRow('Type: mixed').waitFor();
    await wb.screenshot('edit attribution: type changed');
    await page.keyboard.press('Escape');
    const json = JSON.parse(await waitForFile(sidecar, (t) => /"type": "mixed"/.test(t), 15_000));
    assert.deepStrictEqual(json.attributions.map((a: { type: string; source?: { actor: string } }) => [a.type, a.source?.actor]), [['mixed', 'ana-ferreira']]);
  });

  it('renames an actor from the command palette; every reference follows', async () => {
    const article = 'library-hours.txt';
    const sidecar = path.join(wb.workspace, `${article}.attributions.json`);
    await wb.openFile(article);
    const page = wb.page;
    await wb.runCommand('News Attribution: Rename Actor…');
    await wb.quickPickRow('Ana Ferreira').waitFor();
    await page.keyboard.press('Enter');
    // The input box offers the current name, selected, so typing replaces it.
    await page.locator('.quick-input-widget', { hasText: 'New name for Ana Ferreira' }).waitFor();
    await page.keyboard.type('Ana Ferreira Lind');
    await page.keyboard.press('Enter');
    const json = JSON.parse(await waitForFile(sidecar, (t) => /"name": "Ana Ferreira Lind"/.test(t), 15_000));
    assert.deepStrictEqual(json.actors.map((a: { id: string; name: string }) => [a.id, a.name]), [['ana-ferreira', 'Ana Ferreira Lind']]);
    assert.strictEqual(json.attributions[0].source.actor, 'ana-ferreira', 'the attribution still points at the actor');
  });

  it('merges one actor into another from the command palette, keeping the old name as an alias', async () => {
    const sidecar = path.join(wb.workspace, `${ARTICLE}.attributions.json`);
    await wb.openFile(ARTICLE);
    const page = wb.page;
    await wb.runCommand('News Attribution: Merge Actors…');
    // First the actor to keep, then (a multiple choice) the ones merged into it: Space ticks, Enter merges.
    await wb.quickPickRow('Mira Okonkwo').waitFor();
    await page.keyboard.type('Mira Okonkwo');
    await page.keyboard.press('Enter');
    await wb.quickPickRow('Tomas Lindqvist').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await wb.screenshot('merge actors: picked');
    await page.keyboard.press('Enter');
    const json = JSON.parse(await waitForFile(sidecar, (t) => !/"tomas-lindqvist"/.test(t), 15_000));
    assert.deepStrictEqual(json.actors.map((a: { id: string }) => a.id), ['mira-okonkwo']);
    assert.ok(json.actors[0].aliases.includes('Tomas Lindqvist'), `aliases: ${JSON.stringify(json.actors[0].aliases)}`);
    assert.deepStrictEqual(json.attributions.map((a: { source?: { actor: string } }) => a.source?.actor), ['mira-okonkwo', 'mira-okonkwo', 'mira-okonkwo']);
  });

  it('lists actors and their attributions in the Attributions view; clicking one selects it in the article', async () => {
    await wb.openFile(ARTICLE);
    const page = wb.page;
    await wb.goToLine('1:1');
    const header = page.locator('.pane-header', { hasText: 'Attributions' }).first();
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const tree = page.locator('.pane', { has: header }).first();
    // After the merge, one actor holds all three attributions.
    const actor = tree.locator('.monaco-list-row', { hasText: 'Mira Okonkwo' }).first();
    await actor.waitFor();
    assert.match(await actor.innerText(), /3 attributions/);
    const quote = tree.locator('.monaco-list-row', { hasText: 'We have rebuilt the landing stage' }).first();
    await quote.click();
    await page.locator('.statusbar-item', { hasText: /Ln 5, Col \d+ \(\d+ selected\)/ }).waitFor({ timeout: 15_000 });
    await wb.screenshot('attributions view: revealed');
  });

  it('removes the attribution at the cursor with Ctrl+Alt+Backspace, and Undo in the notification brings it back', async () => {
    const article = 'library-hours.txt';
    const sidecar = path.join(wb.workspace, `${article}.attributions.json`);
    await wb.openFile(article);
    const page = wb.page;
    await wb.goToLine('5:10');
    await page.keyboard.press('Control+Alt+Backspace');
    await waitForFile(sidecar, (t) => /"attributions": \[\]/.test(t), 15_000);
    await page.locator('.statusbar-item', { hasText: '0/1 quotes attributed' }).waitFor({ timeout: 15_000 });
    // The notification offers Undo (opened from the notification centre, where a toast also ends up).
    await wb.runCommand('Notifications: Show Notifications');
    const note = page.locator('.notifications-center .notification-list-item', { hasText: 'Removed attribution a1' }).first();
    await note.waitFor();
    await wb.screenshot('removed, with undo');
    await note.getByRole('button', { name: 'Undo' }).click();
    const json = JSON.parse(await waitForFile(sidecar, (t) => /"id": "a1"/.test(t), 15_000));
    assert.deepStrictEqual(json.attributions.map((a: { id: string; type: string; source?: { actor: string } }) => [a.id, a.type, a.source?.actor]), [['a1', 'mixed', 'ana-ferreira']]);
    await page.locator('.statusbar-item', { hasText: '1/1 quotes attributed' }).waitFor({ timeout: 15_000 });
  });

  // Suggestions: an article nobody has annotated yet, written into the workspace here.
  const TRAM = 'tram-depot.news';
  const TRAM_TEXT = [
    'Tram depot plan wins council backing',
    '',
    'EASTMERE — The city council approved a new tram depot on Wednesday, ending a year of debate over the site.',
    '',
    '“This depot lets us run trams every six minutes,” said Jonas Berg, the council’s transport chair.',
    '',
    'Residents near the site were less pleased. “Nobody asked us about the night shifts,” said Priya Nair, who lives on Quarry Lane.',
    '',
    'Berg said the council would publish noise limits before building starts.',
    '',
  ].join('\n');
  const BERG = '“This depot lets us run trams every six minutes,”';
  const NAIR = '“Nobody asked us about the night shifts,”';
  const LIMITS = 'the council would publish noise limits before building starts';
  const tramSidecar = () => path.join(wb.workspace, `${TRAM}.attributions.json`);
  type Saved = { content: { text: string }[]; status: string; source?: { actor?: string }; cue?: { text: string }[] };
  const review = (text: string) => (JSON.parse(text).attributions as Saved[]).map((a) => `${a.content[0].text} → ${a.status}`);

  type Drawn = Record<string, string>;
  const STYLE = ['border-top-style', 'background-color'];
  const dashed = (d: Drawn) => d['border-top-style'] === 'dashed';
  const filled = (d: Drawn) => !['', 'transparent', 'rgba(0, 0, 0, 0)'].includes(d['background-color']);

  /** Waits until the decorations behind `text` satisfy `check`. */
  async function drawn(text: string, check: (ds: Drawn[]) => boolean, what: string): Promise<void> {
    let ds: Drawn[] = [];
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await wb.page.waitForTimeout(250)) {
      ds = await wb.decorationsAt(text, STYLE);
      if (check(ds)) return;
    }
    assert.fail(`“${text}” should be drawn ${what}; the decorations behind it are ${JSON.stringify(ds)}`);
  }

  it('suggests the attributions of an unannotated article from the command palette, drawn dashed', async () => {
    fs.writeFileSync(path.join(wb.workspace, TRAM), TRAM_TEXT);
    await wb.page.keyboard.press('Escape');
    await wb.openFromExplorer(TRAM);
    await assertStatusLanguage(wb, 'News Article');
    await wb.runCommand('News Attribution: Suggest Attributions');
    const text = await waitForFile(tramSidecar(), (t) => (t.match(/"status": "suggested"/g) ?? []).length === 3, 20_000);
    const found = (JSON.parse(text).attributions as Saved[]).map((a) => [a.content[0].text, a.source?.actor, a.cue?.[0]?.text, a.status]);
    assert.deepStrictEqual(found, [
      [BERG, 'jonas-berg', 'said', 'suggested'],
      [NAIR, 'priya-nair', 'said', 'suggested'],
      [LIMITS, 'jonas-berg', 'said', 'suggested'],
    ]);
    // What was done is told in a notification (a toast, kept in the notification centre).
    await wb.runCommand('Notifications: Show Notifications');
    await wb.page.locator('.notifications-center .notification-list-item', { hasText: '3 suggestions added; 0 quotations already attributed.' }).first().waitFor({ timeout: 15_000 });
    await wb.runCommand('Notifications: Hide Notifications');
    // A suggestion is outlined with a dashed border; an accepted attribution gets a background instead.
    await drawn('This depot lets us run trams', (ds) => ds.some(dashed) && !ds.some(filled), 'with a dashed border and no background');
    // The status bar counts the suggested quotations as attributed, and says how many are only suggested.
    await wb.page.locator('.statusbar-item', { hasText: '2/2 quotes attributed, 3 suggested' }).waitFor({ timeout: 15_000 });
    await wb.screenshot('suggestions drawn dashed');
  });

  it('rejects a suggestion with the Reject link of its hover', async () => {
    await wb.openFromExplorer(TRAM);
    await wb.hoverText('Nobody asked us');
    const hover = wb.hover().filter({ hasText: 'suggested' });
    await hover.first().waitFor({ timeout: 15_000 });
    assert.match(await hover.first().innerText(), /Priya Nair/);
    await wb.screenshot('hover of a suggestion');
    await hover.first().getByRole('link', { name: 'Reject' }).click();
    const text = await waitForFile(tramSidecar(), (t) => !t.includes('Nobody asked us'), 15_000);
    assert.deepStrictEqual(review(text), [`${BERG} → suggested`, `${LIMITS} → suggested`]);
    assert.ok(!JSON.parse(text).actors.some((a: { id: string }) => a.id === 'priya-nair'), 'the actor only the rejected suggestion named is gone');
  });

  it('accepts the suggestion at the cursor with Ctrl+Alt+Enter; it is then drawn as attributed', async () => {
    await wb.openFromExplorer(TRAM);
    await wb.goToLine('5:10');
    await wb.page.keyboard.press('Control+Alt+Enter');
    const text = await waitForFile(tramSidecar(), (t) => review(t).includes(`${BERG} → confirmed`), 15_000);
    assert.deepStrictEqual(review(text), [`${BERG} → confirmed`, `${LIMITS} → suggested`]);
    await drawn('This depot lets us run trams', (ds) => ds.some(filled) && !ds.some(dashed), 'with a background and no dashed border');
    await wb.screenshot('suggestion accepted from the keyboard');
  });

  it('accepts every remaining suggestion with Accept All Suggestions', async () => {
    await wb.openFromExplorer(TRAM);
    await wb.runCommand('News Attribution: Accept All Suggestions');
    const text = await waitForFile(tramSidecar(), (t) => !t.includes('"suggested"'), 15_000);
    assert.deepStrictEqual(review(text), [`${BERG} → confirmed`, `${LIMITS} → confirmed`]);
    await wb.page.locator('.statusbar-item', { hasText: 'Accepted 1 suggestion' }).waitFor({ timeout: 15_000 });
    await wb.page.locator('.statusbar-item', { hasText: /^\s*1\/2 quotes attributed\s*$/ }).waitFor({ timeout: 15_000 });
  });
});

async function assertStatusLanguage(wb: Workbench, name: string): Promise<void> {
  const status = wb.statusLanguage();
  try {
    await status.filter({ hasText: name }).waitFor({ timeout: 15_000 });
  } catch {
    const shown = await status.innerText().catch(() => '(no language in the status bar)');
    assert.fail(`the status bar should show the language "${name}" but shows "${shown.trim()}"`);
  }
}
