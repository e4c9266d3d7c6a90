/** Settings, read through one typed accessor scoped to a resource and re-read only when they change. */
import * as vscode from 'vscode';
import { ALL_CODES, type DiagnosticCode } from '../core/diagnostics';
import { DEFAULT_SIDECAR_PATTERN, checkSidecarPattern } from '../core/naming';
import type { SeveritySetting } from '../core/validate';

export const SECTION = 'newsAttribution';

export type ValidateWhen = 'onType' | 'onSave' | 'manual';

export interface Settings {
  sidecarPattern: string;
  autoDetect: boolean;
  validate: ValidateWhen;
  validateDelay: number;
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  checkUnattributedQuotes: boolean;
  decorations: boolean;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

export class SettingsAccessor implements vscode.Disposable {
  private readonly cache = new Map<string, Settings>();
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  private readonly subscription: vscode.Disposable;
  /** Fires after a newsAttribution setting changed (the cache is already dropped). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly warn: (message: string) => void) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.cache.clear();
      this.emitter.fire(e);
    });
  }

  get(resource?: vscode.Uri): Settings {
    const key = resource ? (vscode.workspace.getWorkspaceFolder(resource)?.uri.toString() ?? resource.toString()) : '';
    let s = this.cache.get(key);
    if (!s) {
      s = this.read(resource);
      this.cache.set(key, s);
    }
    return s;
  }

  private read(resource: vscode.Uri | undefined): Settings {
    const c = vscode.workspace.getConfiguration(SECTION, resource);
    let pattern = c.get<string>('sidecarPattern', DEFAULT_SIDECAR_PATTERN) || DEFAULT_SIDECAR_PATTERN;
    const problem = checkSidecarPattern(pattern);
    if (problem) {
      this.warn(`newsAttribution.sidecarPattern "${pattern}": ${problem} Using ${DEFAULT_SIDECAR_PATTERN}.`);
      pattern = DEFAULT_SIDECAR_PATTERN;
    }
    const when = c.get<string>('validate', 'onType');
    const severity: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
    const raw = c.get<Record<string, string>>('severity', {}) ?? {};
    for (const [code, value] of Object.entries(raw)) {
      if ((ALL_CODES as string[]).includes(code) && SEVERITIES.has(value)) severity[code as DiagnosticCode] = value as SeveritySetting;
      else this.warn(`newsAttribution.severity: ignoring "${code}": "${value}".`);
    }
    return {
      sidecarPattern: pattern,
      autoDetect: c.get<boolean>('autoDetect', true),
      validate: when === 'onSave' || when === 'manual' ? when : 'onType',
      validateDelay: Math.max(0, Math.min(5000, c.get<number>('validateDelay', 300))),
      severity,
      checkUnattributedQuotes: c.get<boolean>('checkUnattributedQuotes', true),
      decorations: c.get<boolean>('decorations.enabled', true),
    };
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
