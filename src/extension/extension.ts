import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features register here, one module each.
}

export function deactivate(): void {}
