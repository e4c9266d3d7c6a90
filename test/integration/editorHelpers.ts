/**
 * Helpers for the editor's integration tests: a scratch folder inside the workspace, fixture copies,
 * offsets in code points, and waiting on events (never on fixed sleeps).
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import type { NewsAttributionApi } from '../../src/extension/extension';
import type { Sidecar } from '../../src/core/model';

export const EXTENSION_ID = 'news-attribution.news-attribution';

export async function extensionApi(): Promise<NewsAttributionApi> {
  const ext = vscode.extensions.getExtension<NewsAttributionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** Resolves when `check` holds, re-checking whenever one of `events` fires; fails after `ms`. */
export function until(check: () => boolean | Promise<boolean>, events: vscode.Event<unknown>[], what: string, ms = 15000): Promise<void> {
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const s of subs) s.dispose();
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}`)), ms);
    const test = async () => {
      try {
        if (!done && (await check())) finish();
      } catch (err) {
        finish(err as Error);
      }
    };
    for (const e of events) subs.push(e(() => void test()));
    void test();
  });
}

/** The folder of the fixture articles (inside the test workspace). */
export function fixtureFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, 'editor');
}

let scratchCount = 0;

/** A fresh scratch folder inside the workspace (so the file watcher sees it). */
export async function scratchFolder(): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders![0];
  const dir = vscode.Uri.joinPath(folder.uri, `.scratch-editor-${process.pid}-${Date.now().toString(36)}-${scratchCount++}`);
  await vscode.workspace.fs.createDirectory(dir);
  return dir;
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function readSidecar(uri: vscode.Uri): Promise<Sidecar> {
  return JSON.parse(await readText(uri)) as Sidecar;
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Code-point offsets of the n-th occurrence of `needle` in `text`. */
export function span(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let u = -1;
  for (let i = 0; i <= occurrence; i++) {
    u = text.indexOf(needle, u + 1);
    assert.ok(u >= 0, `fixture text lacks “${needle}” #${occurrence}`);
  }
  const start = [...text.slice(0, u)].length;
  return { start, end: start + [...needle].length };
}

/** The VS Code range of a code-point span in a document. */
export function rangeOf(document: vscode.TextDocument, text: string, s: { start: number; end: number }): vscode.Range {
  const chars = [...text];
  const unit = (cp: number) => chars.slice(0, cp).join('').length;
  return new vscode.Range(document.positionAt(unit(s.start)), document.positionAt(unit(s.end)));
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'news-attribution');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}
