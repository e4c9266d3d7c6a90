/**
 * The extension's browser build (package.json `browser`, dist/web/extension.js) in the web worker extension
 * host, as on vscode.dev: code-server is told to run the installed .vsix as a web extension
 * (`remote.extensionKind`), so no Node API is at hand and every file goes through `vscode.workspace.fs`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { useWorkbench, waitForFile, type Workbench } from './workbench';

const EXTENSION_ID = 'news-attribution.news-attribution';

describe('The extension in the browser’s web worker extension host (code-server)', function () {
  this.timeout(60_000);
  const workbench = useWorkbench({ 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } }, 'web ');
  let wb: Workbench;
  beforeEach(() => {
    wb = workbench();
  });

  it('loads the browser build when a News Article opens', async () => {
    await wb.openFile('harbour-ferry.news');
    const url = await wb.requested(/\/extensions\/news-attribution\.news-attribution-[^/]+\/dist\/web\/extension\.js(&|\?|$)/);
    assert.ok(!wb.requests.some((u) => /\/dist\/extension\.js(&|\?|$)/.test(u)), 'the Node build is not loaded');
    assert.match(url, /vscode-remote-resource/, 'fetched by the browser from the server');
  });

  it('reads the sidecar through the workspace file system and lists its problems', async () => {
    await wb.openFile('harbour-ferry.news');
    const shown = await wb.expectProblems(['unattributed-quote', 'stale-anchor']);
    await wb.screenshot('web worker: problems panel');
    assert.ok(shown.some((t) => t.includes('news-attribution')));
  });

  it('writes a new sidecar and suggested attributions through the workspace file system', async () => {
    const article = 'library-hours.txt';
    const sidecar = path.join(wb.workspace, `${article}.attributions.json`);
    assert.ok(!fs.existsSync(sidecar), 'the article has no sidecar yet');
    await wb.openFile(article);
    await wb.runCommand('News Attribution: Start Annotating This File');
    await waitForFile(sidecar, (t) => /"attributions": \[\]/.test(t), 15_000);
    // The suggestion engine is loaded on first use, in the worker too.
    await wb.runCommand('News Attribution: Suggest Attributions');
    const text = await waitForFile(sidecar, (t) => /"status": "suggested"/.test(t), 20_000);
    await wb.screenshot('web worker: suggestions');
    const json = JSON.parse(text);
    const quote = json.attributions.find((a: { content: { text: string }[] }) => a.content[0].text === '“People asked for it in every survey we ran,”');
    assert.ok(quote, `the quotation is suggested (got ${json.attributions.map((a: { content: { text: string }[] }) => a.content[0].text).join(' | ')})`);
    assert.deepStrictEqual([quote.status, quote.source?.actor, quote.cue?.[0]?.text], ['suggested', 'ana-ferreira', 'said']);
    assert.match(quote.source?.mention?.[0]?.text ?? '', /^Ana Ferreira\b/);
  });
});
