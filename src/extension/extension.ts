/**
 * News Attribution: activation wires one feature per module; every registration is disposable and
 * nothing runs at import time. Returns a small API (events and state) used by the integration tests.
 */
import * as vscode from 'vscode';
import { AnnotationCommands } from './commands';
import { CodeActionsFeature } from './codeActions';
import { DecorationsFeature } from './decorations';
import { DiagnosticsFeature } from './diagnostics';
import { HoverFeature } from './hover';
import { LanguageFeature } from './language';
import { OutputLogger } from './logger';
import { NavigationCommands } from './navigation';
import { SemanticTokensFeature } from './semanticTokens';
import { SettingsAccessor } from './settings';
import { StatusBarFeature } from './statusBar';
import { SidecarStore } from './store';
import { SuggestionsFeature } from './suggestions';
import { AttributionsTree } from './tree';
import { ValidateCommands } from './validateCommands';

export interface NewsAttributionApi {
  store: SidecarStore;
  diagnostics: DiagnosticsFeature;
  statusBar: StatusBarFeature;
  tree: AttributionsTree;
}

export function activate(context: vscode.ExtensionContext): NewsAttributionApi {
  const log = new OutputLogger();
  const settings = new SettingsAccessor((m) => log.warn(m));
  const store = new SidecarStore(settings, log);
  const diagnostics = new DiagnosticsFeature(store, settings, log);
  const statusBar = new StatusBarFeature(store);
  const tree = new AttributionsTree(store);
  context.subscriptions.push(
    log,
    settings,
    store,
    diagnostics,
    statusBar,
    new LanguageFeature(store, settings, log),
    new AnnotationCommands(store, log),
    new NavigationCommands(store, log),
    new ValidateCommands(store, diagnostics, settings, log),
    new CodeActionsFeature(diagnostics),
    new SuggestionsFeature(store, log),
    new DecorationsFeature(store, settings),
    new HoverFeature(store),
    tree,
    new SemanticTokensFeature(store),
  );
  void vscode.commands.executeCommand('setContext', 'newsAttribution.active', true);
  return { store, diagnostics, statusBar, tree };
}

export function deactivate(): void {}
