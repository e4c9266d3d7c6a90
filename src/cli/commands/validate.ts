/** `news-attribution validate`: check sidecars against their articles. */
import { ALL_CODES, type DiagnosticCode } from '../../core/diagnostics';
import { validate, type SeveritySetting } from '../../core/validate';
import { oneOf, parseCommandArgs, parseSize, type Command } from '../command';
import { discover, loadPair, sidecarPatternOption } from '../discover';
import { CliError, DEFAULT_MAX_BYTES, type Io } from '../io';
import { formatSarif, formatText, place, sortFindings, summarize, summaryLine, type Finding } from '../report';
import { VERSION } from '../version';

const LEVELS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export function parseSeverities(command: string, values: string[] | undefined): Partial<Record<DiagnosticCode, SeveritySetting>> {
  const out: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
  for (const v of values ?? []) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(v);
    if (!m || !(ALL_CODES as string[]).includes(m[1]) || !(LEVELS as string[]).includes(m[2])) {
      throw new CliError(`${command}: --severity takes CODE=LEVEL with LEVEL one of ${LEVELS.join(', ')} and a known code (got "${v}")`);
    }
    out[m[1] as DiagnosticCode] = m[2] as SeveritySetting;
  }
  return out;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check sidecars against their articles',
  help: `Usage: news-attribution validate [options] <file-or-folder>...

Checks each article's sidecar (<article>.attributions.json): JSON syntax, the format, ids and actor
references, that every span still covers its text (proposing where stale spans moved), overlaps,
direct quotes without quotation marks, and quotations that no attribution covers.

Each path may be an article (its sidecar beside it, or where --sidecar-pattern says), a sidecar, or a
folder searched for sidecars.

Options:
  --format text|json|sarif   output format (default text: path:line:col: severity code message)
  --severity CODE=LEVEL      change a check's severity (error, warning, info, hint, off); repeatable
  --no-unattributed          skip the unattributed-quotation check
  --max-size SIZE            largest file read (default 20MB)
  --sidecar-pattern P        where sidecars live, as in the editor's newsAttribution.sidecarPattern
                             setting (default {file}.attributions.json; e.g. .attributions/{stem}.json)
  -h, --help                 show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.
`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('validate', args, {
      format: { type: 'string' },
      severity: { type: 'string', multiple: true },
      'no-unattributed': { type: 'boolean' },
      'max-size': { type: 'string' },
      'sidecar-pattern': { type: 'string' },
    });
    const format = oneOf('validate', 'format', values.format, ['text', 'json', 'sarif'] as const, 'text');
    const severity = parseSeverities('validate', values.severity);
    const maxBytes = parseSize('validate', values['max-size'], DEFAULT_MAX_BYTES);
    if (positionals.length === 0) throw new CliError('validate: name at least one article, sidecar or folder (see news-attribution validate --help)');

    const { pairs, errors } = discover(positionals, io, sidecarPatternOption('validate', values['sidecar-pattern']));
    const findings: Finding[] = [];
    const files: { article: string; sidecar: string; diagnostics: Finding[] }[] = [];
    for (const pair of pairs) {
      try {
        const { article, index, sidecarText, articleShown, sidecarShown } = loadPair(pair, io, maxBytes);
        const result = validate(index, sidecarText, { articleSha256: article.sha256, severity, unattributedQuotes: !values['no-unattributed'] });
        const placed = result.diagnostics.map((d) => place(d, articleShown, sidecarShown, index, sidecarText));
        findings.push(...placed);
        files.push({ article: articleShown, sidecar: sidecarShown, diagnostics: sortFindings(placed) });
      } catch (e) {
        if (e instanceof CliError) errors.push(e);
        else throw e;
      }
    }
    sortFindings(findings);
    const summary = summarize(findings, files.length);
    if (format === 'text') {
      io.out(formatText(findings));
      for (const e of errors) io.err(`news-attribution: ${e.message}\n`);
      io.err(summaryLine(summary));
    } else if (format === 'json') {
      io.out(JSON.stringify({ version: VERSION, summary, files, errors: errors.map((e) => e.message) }, null, 2) + '\n');
      for (const e of errors) io.err(`news-attribution: ${e.message}\n`);
    } else {
      io.out(formatSarif(findings, VERSION, errors.map((e) => e.message)));
      for (const e of errors) io.err(`news-attribution: ${e.message}\n`);
    }
    if (errors.length) return 2;
    return summary.errors > 0 ? 1 : 0;
  },
};
