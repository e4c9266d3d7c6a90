/**
 * What a command works on: its argument object (`{ uri, … }`), a URI (from a context menu), or the
 * active editor. Commands called with an argument object run without any UI and report errors to
 * the caller; commands run from the UI show errors to the user.
 */
import * as vscode from 'vscode';
import { EditError } from '../core/edit';
import type { Range } from '../core/model';
import type { Logger } from './logger';

export interface Target {
  document: vscode.TextDocument;
  /** The visible editor of the document, if any. */
  editor?: vscode.TextEditor;
}

export type Args = Record<string, unknown>;

/** Raised when the user cancels a pick; the command ends quietly. */
export class Cancelled extends EditError {
  constructor() {
    super('Cancelled.');
  }
}

export function isArgs(arg: unknown): arg is Args {
  return !!arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && !Array.isArray(arg);
}

function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return /^[a-z][a-z0-9+.-]*:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  if (value && typeof value === 'object' && 'scheme' in value && 'path' in value) return vscode.Uri.from(value as vscode.Uri);
  return undefined;
}

export async function resolveTarget(arg: unknown): Promise<Target> {
  const uri = asUri(arg) ?? (isArgs(arg) ? asUri(arg.uri) : undefined);
  if (uri) {
    const key = uri.toString();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const document = editor?.document ?? (await vscode.workspace.openTextDocument(uri));
    return { document, editor: editor ?? (vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : undefined) };
  }
  if (isArgs(arg) && arg.uri !== undefined) throw new EditError('"uri" must be a URI or a path.');
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new EditError('Open a news article first.');
  return { document: editor.document, editor };
}

export function rangeList(value: unknown, what: string): Range[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map((r) => {
    if (!r || typeof r !== 'object' || typeof (r as Range).start !== 'number' || typeof (r as Range).end !== 'number') {
      throw new EditError(`"${what}" must be { start, end } offsets (code points) or a list of them.`);
    }
    return { start: (r as Range).start, end: (r as Range).end };
  });
}

export function stringArg(args: Args, key: string): string | undefined {
  const v = args[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new EditError(`"${key}" must be a string.`);
  return v;
}

/**
 * Registers a command. With an argument object, errors reject the command's promise; from the UI they
 * are shown (user mistakes as warnings, failures as errors with the log).
 */
export function registerCommand(id: string, log: Logger, handler: (arg: unknown) => Promise<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (arg: unknown) => {
    try {
      return await handler(arg);
    } catch (err) {
      if (err instanceof Cancelled) return undefined;
      if (isArgs(arg) && arg.ask !== true) throw err;
      if (err instanceof EditError) void vscode.window.showWarningMessage(err.message);
      else log.error(id, err, true);
      return undefined;
    }
  });
}
