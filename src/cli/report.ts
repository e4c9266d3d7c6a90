/** Presenting diagnostics: text lines, JSON, and SARIF 2.1.0 for code-scanning tools. */
import { DIAGNOSTIC_CODES, severityRank, type Diagnostic, type DiagnosticCode, type Severity } from '../core/diagnostics';
import type { TextIndex } from '../core/text';
import { lineColumnOf } from '../core/sidecar';

/** A diagnostic placed in a file, with 1-based lines and columns (UTF-16 columns). */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  pointer?: string;
  attributionId?: string;
}

/** Places a diagnostic: in the article when it has an article range, else in the sidecar. */
export function place(d: Diagnostic, articleFile: string, sidecarFile: string, index: TextIndex, sidecarText: string): Finding {
  const base = { severity: d.severity, code: d.code, message: d.message, pointer: d.sidecar?.pointer, attributionId: d.attributionId };
  if (d.article) {
    const s = index.positionAt(d.article.start);
    const e = index.positionAt(d.article.end);
    return { file: articleFile, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, ...base };
  }
  const loc = d.sidecar;
  if (!loc) return { file: sidecarFile, line: 1, column: 1, endLine: 1, endColumn: 1, ...base };
  const end = lineColumnOf(sidecarText, loc.offset + loc.length);
  return { file: sidecarFile, line: loc.line + 1, column: loc.character + 1, endLine: end.line + 1, endColumn: end.character + 1, ...base };
}

export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || severityRank(a.severity) - severityRank(b.severity));
}

export function formatText(fs: readonly Finding[]): string {
  return fs.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}\n`).join('');
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function summarize(fs: readonly Finding[], files: number): Summary {
  const s: Summary = { files, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of fs) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else if (f.severity === 'info') s.infos++;
    else s.hints++;
  }
  return s;
}

export function summaryLine(s: Summary): string {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(s.files, 'file')} checked: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos + s.hints} other.\n`;
}

function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** A SARIF 2.1.0 log with one run; file URIs relative to the working folder. */
export function formatSarif(fs: readonly Finding[], version: string, toolErrors: readonly string[] = []): string {
  const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'news-attribution',
            version,
            rules: codes.map((id) => ({
              id,
              shortDescription: { text: DIAGNOSTIC_CODES[id].description },
              defaultConfiguration: { level: sarifLevel(DIAGNOSTIC_CODES[id].severity) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: toolErrors.length === 0,
            toolExecutionNotifications: toolErrors.map((text) => ({ level: 'error', message: { text } })),
          },
        ],
        results: fs.map((f) => ({
          ruleId: f.code,
          ruleIndex: codes.indexOf(f.code),
          level: sarifLevel(f.severity),
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          ...(f.pointer !== undefined || f.attributionId ? { properties: { ...(f.pointer !== undefined ? { jsonPointer: f.pointer } : {}), ...(f.attributionId ? { attributionId: f.attributionId } : {}) } } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
