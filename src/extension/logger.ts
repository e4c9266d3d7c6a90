/** One log for the extension: a LogOutputChannel behind a small interface, created on first use. */
import * as vscode from 'vscode';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Logs an error with what was being done; shows it to the user once per context when `notify` is set. */
  error(context: string, err: unknown, notify?: boolean): void;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class OutputLogger implements Logger, vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;
  private readonly notified = new Set<string>();

  private get out(): vscode.LogOutputChannel {
    this.channel ??= vscode.window.createOutputChannel('News Attribution', { log: true });
    return this.channel;
  }

  info(message: string): void {
    this.out.info(message);
  }

  warn(message: string): void {
    this.out.warn(message);
  }

  debug(message: string): void {
    this.out.debug(message);
  }

  error(context: string, err: unknown, notify = false): void {
    const text = `${context}: ${errorMessage(err)}`;
    if (err instanceof Error && err.stack && !(err.name === 'EditError')) this.out.error(`${text}\n${err.stack}`);
    else this.out.error(text);
    if (notify && !this.notified.has(context)) {
      this.notified.add(context);
      void vscode.window.showErrorMessage(`News Attribution — ${text}`, 'Show Log').then((choice) => {
        if (choice) this.out.show(true);
      });
    }
  }

  dispose(): void {
    this.channel?.dispose();
  }
}
