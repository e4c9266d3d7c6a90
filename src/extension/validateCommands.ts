/** Validate Attributions (this file) and Validate Workspace (every article with a sidecar, with progress, cancellable). */
import * as vscode from 'vscode';
import { EditError } from '../core/edit';
import { articlePathsFor, sidecarGlob } from '../core/naming';
import type { DiagnosticsFeature, ValidationSummary } from './diagnostics';
import { exists } from './files';
import type { Logger } from './logger';
import type { SettingsAccessor } from './settings';
import type { SidecarStore } from './store';
import { isArgs, registerCommand, resolveTarget } from './target';

export interface WorkspaceSummary {
  files: number;
  errors: number;
  warnings: number;
  cancelled: boolean;
  results: ValidationSummary[];
}

export class ValidateCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: SidecarStore,
    private readonly diagnostics: DiagnosticsFeature,
    private readonly settings: SettingsAccessor,
    private readonly log: Logger,
  ) {
    this.disposables = [
      registerCommand('newsAttribution.validateFile', log, (a) => this.validateFile(a)),
      registerCommand('newsAttribution.validateWorkspace', log, (a) => this.validateWorkspace(a)),
    ];
  }

  /** The article a URI stands for (a sidecar maps back to its article). */
  private async articleOf(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    for (const path of articlePathsFor(uri.path, this.settings.get(uri).sidecarPattern)) {
      const article = uri.with({ path });
      if (await exists(article)) return article;
    }
    return undefined;
  }

  private async validateFile(arg: unknown): Promise<ValidationSummary | undefined> {
    const target = await resolveTarget(arg);
    let article = target.document.uri;
    const fromSidecar = await this.articleOf(article);
    if (fromSidecar) article = fromSidecar;
    const open = this.store.get(article);
    const summary = open
      ? this.diagnostics.validateSession(await this.store.ensure(open.document))
      : fromSidecar
        ? await this.diagnostics.validateFiles(article, target.document.uri, target.document.isDirty ? target.document.getText() : undefined)
        : this.diagnostics.validateSession(await this.store.ensure(target.document));
    if (!summary) throw new EditError(`Found no sidecar for ${article.path.slice(article.path.lastIndexOf('/') + 1)}.`);
    if (!isArgs(arg)) {
      const n = summary.errors + summary.warnings;
      vscode.window.setStatusBarMessage(n ? `News Attribution: ${summary.errors} errors, ${summary.warnings} warnings` : 'News Attribution: no problems', 5000);
      if (n) void vscode.commands.executeCommand('workbench.actions.view.problems');
    }
    return summary;
  }

  private async validateWorkspace(arg: unknown): Promise<WorkspaceSummary> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) throw new EditError('Open a folder or workspace first.');
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Validating attributions', cancellable: true },
      async (progress, token) => {
        const sidecars: vscode.Uri[] = [];
        for (const folder of folders) {
          const glob = new vscode.RelativePattern(folder, sidecarGlob(this.settings.get(folder.uri).sidecarPattern));
          sidecars.push(...(await vscode.workspace.findFiles(glob, '**/node_modules/**', undefined, token)));
        }
        sidecars.sort((a, b) => a.toString().localeCompare(b.toString()));
        const summary: WorkspaceSummary = { files: 0, errors: 0, warnings: 0, cancelled: false, results: [] };
        for (const [i, sidecar] of sidecars.entries()) {
          if (token.isCancellationRequested) {
            summary.cancelled = true;
            break;
          }
          progress.report({ message: `${i + 1}/${sidecars.length} ${vscode.workspace.asRelativePath(sidecar)}`, increment: 100 / sidecars.length });
          try {
            const article = await this.articleOf(sidecar);
            if (!article) {
              this.log.warn(`${sidecar.toString(true)}: no article beside it; skipped.`);
              continue;
            }
            const result = await this.diagnostics.validateFiles(article, sidecar);
            if (!result) continue;
            summary.files++;
            summary.errors += result.errors;
            summary.warnings += result.warnings;
            summary.results.push(result);
          } catch (err) {
            this.log.error(`validating ${sidecar.toString(true)}`, err);
          }
        }
        if (!isArgs(arg)) {
          const what = `${summary.files} article${summary.files === 1 ? '' : 's'}: ${summary.errors} errors, ${summary.warnings} warnings`;
          void vscode.window.showInformationMessage(summary.cancelled ? `Validation cancelled after ${what}.` : `Validated ${what}.`);
        }
        return summary;
      },
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
