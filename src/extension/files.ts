/** Files through vscode.workspace.fs only (local, remote and virtual file systems alike). */
import * as vscode from 'vscode';

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const bytes = await readBytes(uri);
  return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, which then
 * replaces the target in one rename, so a reader never sees half a file.
 */
export async function writeAtomic(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const tmp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(tmp, bytes);
  } catch (err) {
    // A sidecar pattern with a subfolder: create it on first use.
    if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) throw err;
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(tmp, bytes);
  }
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw err;
  }
}

/** The sidecar's URI for an article under a name pattern (see core/naming). */
export function withPath(uri: vscode.Uri, path: string): vscode.Uri {
  return uri.with({ path });
}
