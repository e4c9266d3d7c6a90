/**
 * Restricted Mode: workspace trust is on and the folder is not trusted, as when a reporter opens a folder
 * someone sent them. The extension declares support for untrusted workspaces; it must still validate and
 * annotate there.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { useWorkbench, waitForFile, type Workbench } from './workbench';

describe('The extension in Restricted Mode (an untrusted folder)', function () {
  this.timeout(60_000);
  const workbench = useWorkbench({ 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' }, 'restricted ', { restricted: true });
  let wb: Workbench;
  beforeEach(() => {
    wb = workbench();
  });

  it('validates and annotates in an untrusted folder', async () => {
    await wb.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 20_000 });
    await wb.openFile('harbour-ferry.news');
    await wb.expectProblems(['unattributed-quote', 'stale-anchor']);
    const article = 'library-hours.txt';
    const sidecar = path.join(wb.workspace, `${article}.attributions.json`);
    assert.ok(!fs.existsSync(sidecar));
    await wb.openFile(article);
    await wb.runCommand('News Attribution: Start Annotating This File');
    await waitForFile(sidecar, (t) => /"attributions": \[\]/.test(t), 15_000);
    await wb.screenshot('restricted mode: annotating');
    // Curly quotation marks, apostrophes and dashes are the text of news, not suspicious characters: no boxes
    // around them, even where an untrusted folder would box every character outside ASCII.
    await wb.viewLine('People asked for it').waitFor();
    await wb.statusLanguage().filter({ hasText: 'News Article' }).waitFor();
    assert.strictEqual(await wb.editor().locator('.unicode-highlight').count(), 0, 'characters outside ASCII are boxed');
  });
});
