/**
 * Problems panel: the core's diagnostics as VS Code diagnostics (source `news-attribution`, the
 * core's stable codes, severities from settings), refreshed on open, on save and while typing as the
 * `newsAttribution.validate` setting says. A generation counter per article drops stale results.
 */
import * as vscode from 'vscode';
import { ALL_CODES, type Diagnostic as CoreDiagnostic, type Severity } from '../core/diagnostics';
import { sha256Hex } from '../core/hash';
import { articlePathsFor } from '../core/naming';
import { parseSidecar, serializeSidecar } from '../core/sidecar';
import { decodeArticle, TextIndex } from '../core/text';
import { checkSidecar, validate, type SeveritySetting } from '../core/validate';
import { jsonRange, toRange } from './convert';
import { exists, readBytes, readText } from './files';
import type { Logger } from './logger';
import type { ArticleSession } from './session';
import type { Settings, SettingsAccessor } from './settings';
import type { SidecarStore } from './store';

export const SOURCE = 'news-attribution';

/** A published diagnostic with the core diagnostic it came from (for quick fixes). */
export interface Finding {
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
  core: CoreDiagnostic;
  /** The article the finding belongs to. */
  article: vscode.Uri;
}

export interface ValidationSummary {
  article: string;
  sidecar: string;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  diagnostics: { uri: string; code: string; severity: Severity; message: string; range: [number, number, number, number] }[];
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function withSeverities(ds: CoreDiagnostic[], overrides: Settings['severity']): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  for (const d of ds) {
    const s: SeveritySetting | undefined = overrides[d.code];
    if (s === 'off') continue;
    out.push(s ? { ...d, severity: s } : d);
  }
  return out;
}

export class DiagnosticsFeature implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  /** Findings per article (covering the article's and its sidecar's URIs). */
  private readonly findings = new Map<string, Finding[]>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with an article's URI after its diagnostics were published. */
  readonly onDidPublish = this.emitter.event;

  constructor(
    private readonly store: SidecarStore,
    private readonly settings: SettingsAccessor,
    private readonly log: Logger,
  ) {
    this.disposables.push(
      this.collection,
      this.emitter,
      store.onDidChange(({ session, cause }) => {
        if (!store.get(session.uri)) return this.clear(session.uri);
        const when = settings.get(session.uri).validate;
        if (when === 'manual') return;
        if (cause === 'edit') {
          if (when === 'onType') this.schedule(session, settings.get(session.uri).validateDelay);
          else this.bump(session.uri); // results computed before this edit are stale now
        } else this.schedule(session, 0);
      }),
      settings.onDidChange(() => {
        for (const s of store.all()) if (settings.get(s.uri).validate !== 'manual') this.schedule(s, 0);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.onSidecarDocument(d)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSidecarDocument(d)),
    );
    for (const d of vscode.workspace.textDocuments) this.onSidecarDocument(d);
  }

  /** Findings published for a URI (an article or a sidecar). */
  findingsFor(uri: vscode.Uri): Finding[] {
    const key = uri.toString();
    const out: Finding[] = [];
    for (const list of this.findings.values()) for (const f of list) if (f.uri.toString() === key) out.push(f);
    return out;
  }

  private bump(uri: vscode.Uri): number {
    const key = uri.toString();
    const gen = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, gen);
    return gen;
  }

  private schedule(session: ArticleSession, delay: number): void {
    const key = session.uri.toString();
    const gen = this.bump(session.uri);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (this.generations.get(key) !== gen || this.store.get(session.uri) !== session) return;
        try {
          this.publish(session.uri, this.computeSession(session));
        } catch (err) {
          this.log.error(`validating ${session.uri.toString(true)}`, err);
        }
      }, delay),
    );
  }

  /** Validates an open article now (the Validate command). */
  validateSession(session: ArticleSession): ValidationSummary {
    this.bump(session.uri);
    const findings = this.computeSession(session);
    this.publish(session.uri, findings);
    return summarize(session.uri, session.sidecarUri, findings);
  }

  private computeSession(session: ArticleSession): Finding[] {
    const s = this.settings.get(session.uri);
    if (session.state === 'broken') return this.brokenFindings(session.uri, session.sidecarUri, session.brokenText, session.problems, s);
    const sidecar = session.view();
    const index = session.index;
    // Pointers are located in the file as it is on disk when nothing is unsaved, else in the text it will get.
    let locateText: string | undefined;
    const text = () => (locateText ??= session.unsaved || session.diskText === undefined ? serializeSidecar(sidecar) : session.diskText);
    let locate: ReturnType<typeof parseSidecar>['locate'] | undefined;
    const core = checkSidecar(
      index,
      { ...sidecar, document: { ...sidecar.document, length: index.length } },
      (pointer) => (locate ??= parseSidecar(text()).locate)(pointer),
      { unattributedQuotes: s.checkUnattributedQuotes, articleSha256: session.articleSha, quotations: session.quotations(), severity: s.severity },
    );
    return withSeverities(core, s.severity).map((d) => this.toFinding(d, session.uri, session.sidecarUri, index, text));
  }

  private brokenFindings(article: vscode.Uri, sidecar: vscode.Uri, text: string, problems: CoreDiagnostic[], s: Settings): Finding[] {
    const findings = withSeverities(problems, s.severity).map((d) => this.toFinding(d, article, sidecar, undefined, () => text));
    const first = problems[0];
    if (first) {
      // Say so on the article too: its annotations are paused until the sidecar is fixed.
      const name = sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1);
      const d = new vscode.Diagnostic(
        new vscode.Range(0, 0, 0, 0),
        `${name} has ${problems.length} error${problems.length === 1 ? '' : 's'}; annotations are not shown or saved until it is fixed. ${first.message}`,
        vscode.DiagnosticSeverity.Error,
      );
      d.source = SOURCE;
      d.code = first.code;
      if (first.sidecar) d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(sidecar, jsonRange(text, first.sidecar)), first.message)];
      findings.push({ uri: article, diagnostic: d, core: first, article });
    }
    return findings;
  }

  private toFinding(d: CoreDiagnostic, article: vscode.Uri, sidecar: vscode.Uri, index: TextIndex | undefined, sidecarText: () => string): Finding {
    let uri: vscode.Uri;
    let range: vscode.Range;
    if (d.article && index) {
      uri = article;
      range = toRange(index, d.article);
    } else if (d.sidecar) {
      uri = sidecar;
      range = jsonRange(sidecarText(), d.sidecar);
    } else {
      uri = article;
      range = new vscode.Range(0, 0, 0, 0);
    }
    const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
    diagnostic.source = SOURCE;
    diagnostic.code = d.code;
    if (d.code === 'unused-actor') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
    if (uri === article && d.sidecar) {
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(sidecar, jsonRange(sidecarText(), d.sidecar)), `${d.sidecar.pointer || 'the sidecar'}`)];
    }
    return { uri, diagnostic, core: d, article };
  }

  private publish(article: vscode.Uri, findings: Finding[]): void {
    const key = article.toString();
    const previous = this.findings.get(key) ?? [];
    const uris = new Map<string, vscode.Uri>();
    for (const f of [...previous, ...findings]) uris.set(f.uri.toString(), f.uri);
    uris.set(key, article);
    this.findings.set(key, findings);
    for (const [k, uri] of uris) {
      const all: vscode.Diagnostic[] = [];
      for (const list of this.findings.values()) for (const f of list) if (f.uri.toString() === k) all.push(f.diagnostic);
      this.collection.set(uri, all);
    }
    this.emitter.fire(article);
  }

  private clear(article: vscode.Uri): void {
    this.bump(article);
    if (this.findings.has(article.toString())) this.publish(article, []);
    this.findings.delete(article.toString());
  }

  /**
   * Validates an article and its sidecar as they are on disk (or the sidecar's unsaved text), unless
   * the article is open, whose live state is validated instead. Undefined when either file is missing.
   */
  async validateFiles(article: vscode.Uri, sidecar: vscode.Uri, sidecarText?: string): Promise<ValidationSummary | undefined> {
    const session = this.store.get(article);
    if (session) return this.validateSession(session);
    const gen = this.bump(article);
    const [bytes, text] = await Promise.all([readBytes(article), sidecarText !== undefined ? Promise.resolve(sidecarText) : readText(sidecar)]);
    if (bytes === undefined || text === undefined) return undefined;
    if (this.generations.get(article.toString()) !== gen || this.store.get(article)) return undefined; // superseded
    const s = this.settings.get(article);
    const decoded = decodeArticle(bytes);
    let findings: Finding[];
    if (!decoded.ok) {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `The article ${article.path.slice(article.path.lastIndexOf('/') + 1)} is ${decoded.message}; it cannot be validated.`, vscode.DiagnosticSeverity.Error);
      d.source = SOURCE;
      findings = [{ uri: sidecar, diagnostic: d, core: { code: 'schema', severity: 'error', message: d.message }, article }];
    } else {
      const index = new TextIndex(decoded.text);
      const result = validate(index, text, { unattributedQuotes: s.checkUnattributedQuotes, severity: s.severity, articleSha256: sha256Hex(bytes) });
      findings = result.sidecar
        ? result.diagnostics.map((d) => this.toFinding(d, article, sidecar, index, () => text))
        : this.brokenFindings(article, sidecar, text, result.diagnostics, s);
    }
    this.publish(article, findings);
    return summarize(article, sidecar, findings);
  }

  /** A sidecar opened or saved on its own (its article not open): validate it against the article on disk. */
  private onSidecarDocument(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'git' || this.store.bySidecar(document.uri)) return;
    const pattern = this.settings.get(document.uri).sidecarPattern;
    const candidates = articlePathsFor(document.uri.path, pattern);
    if (!candidates.length) return;
    void (async () => {
      for (const path of candidates) {
        const article = document.uri.with({ path });
        if (await exists(article)) {
          if (this.settings.get(article).validate !== 'manual') await this.validateFiles(article, document.uri, document.isDirty ? document.getText() : undefined);
          return;
        }
      }
    })().catch((err: unknown) => this.log.error(`validating ${document.uri.toString(true)}`, err));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

function summarize(article: vscode.Uri, sidecar: vscode.Uri, findings: Finding[]): ValidationSummary {
  const count = (s: vscode.DiagnosticSeverity) => findings.filter((f) => f.diagnostic.severity === s).length;
  const name = (sev: vscode.DiagnosticSeverity): Severity => (Object.entries(SEVERITY).find(([, v]) => v === sev)![0] as Severity);
  return {
    article: article.toString(),
    sidecar: sidecar.toString(),
    errors: count(vscode.DiagnosticSeverity.Error),
    warnings: count(vscode.DiagnosticSeverity.Warning),
    infos: count(vscode.DiagnosticSeverity.Information),
    hints: count(vscode.DiagnosticSeverity.Hint),
    diagnostics: findings.map((f) => ({
      uri: f.uri.toString(),
      code: String(f.diagnostic.code),
      severity: name(f.diagnostic.severity),
      message: f.diagnostic.message,
      range: [f.diagnostic.range.start.line, f.diagnostic.range.start.character, f.diagnostic.range.end.line, f.diagnostic.range.end.character],
    })),
  };
}

/** Every diagnostic code, for settings and tests. */
export const CODES = ALL_CODES;
