/** `news-attribution fix`: move stale spans to where their text is now, and write the sidecar. */
import { applyReanchoring } from '../../core/fix';
import { serializeSidecar } from '../../core/sidecar';
import { preview, validate } from '../../core/validate';
import { parseCommandArgs, parseSize, type Command } from '../command';
import { discover, loadPair, sidecarPatternOption } from '../discover';
import { CliError, DEFAULT_MAX_BYTES, writeAtomic, type Io } from '../io';
import { formatText, place } from '../report';

export const fixCommand: Command = {
  name: 'fix',
  summary: 're-anchor stale spans and update the sidecar',
  help: `Usage: news-attribution fix [options] <file-or-folder>...

For each article whose text changed since its sidecar was written, finds every stale span again
(the exact text nearest its old place, then an approximate match) and writes the sidecar with the
new offsets, atomically. Spans whose text is gone stay in the sidecar and are reported as orphans;
nothing is removed. A sidecar that does not parse is reported and left untouched.

Options:
  --dry-run              report what would move without writing
  --max-size SIZE        largest file read (default 20MB)
  --sidecar-pattern P    where sidecars live, as in the editor's newsAttribution.sidecarPattern
                         setting (default {file}.attributions.json; e.g. .attributions/{stem}.json)
  -h, --help             show this help

Exit status: 0 every span anchored, 1 errors remain (orphans, invalid sidecars), 2 usage or I/O error.
`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('fix', args, {
      'dry-run': { type: 'boolean' },
      'max-size': { type: 'string' },
      'sidecar-pattern': { type: 'string' },
    });
    const maxBytes = parseSize('fix', values['max-size'], DEFAULT_MAX_BYTES);
    if (positionals.length === 0) throw new CliError('fix: name at least one article, sidecar or folder (see news-attribution fix --help)');
    const { pairs, errors } = discover(positionals, io, sidecarPatternOption('fix', values['sidecar-pattern']));
    let remainingErrors = 0;
    for (const pair of pairs) {
      try {
        const { article, index, sidecarText, articleShown, sidecarShown } = loadPair(pair, io, maxBytes);
        const result = validate(index, sidecarText, { articleSha256: article.sha256, unattributedQuotes: false });
        if (!result.sidecar) {
          io.out(formatText(result.diagnostics.map((d) => place(d, articleShown, sidecarShown, index, sidecarText))));
          io.out(`${sidecarShown}: not changed (fix the errors above first)\n`);
          remainingErrors++;
          continue;
        }
        const fixed = applyReanchoring(result.sidecar, index, result.diagnostics, { sha256: article.sha256, length: index.length });
        for (const m of fixed.moved) {
          io.out(`${sidecarShown}: moved ${m.pointer}${m.attributionId ? ` (${m.attributionId})` : ''} ${m.from.start}–${m.from.end} → ${m.to.start}–${m.to.end} ${preview(m.text)}\n`);
        }
        const left = fixed.remaining.filter((d) => d.severity === 'error');
        if (left.length) io.out(formatText(left.map((d) => place(d, articleShown, sidecarShown, index, sidecarText))));
        remainingErrors += left.length;
        if (fixed.changed && !values['dry-run']) {
          writeAtomic(pair.sidecar, serializeSidecar(fixed.sidecar), sidecarShown);
          io.out(`${sidecarShown}: written (${fixed.moved.length} span${fixed.moved.length === 1 ? '' : 's'} moved${left.length ? `, ${left.length} error${left.length === 1 ? '' : 's'} left` : ''})\n`);
        } else if (fixed.changed) {
          io.out(`${sidecarShown}: would be written (${fixed.moved.length} span${fixed.moved.length === 1 ? '' : 's'} moved; --dry-run)\n`);
        } else {
          io.out(`${sidecarShown}: nothing to fix${left.length ? '' : ', every span is anchored'}\n`);
        }
      } catch (e) {
        if (e instanceof CliError) errors.push(e);
        else throw e;
      }
    }
    for (const e of errors) io.err(`news-attribution: ${e.message}\n`);
    if (errors.length) return 2;
    return remainingErrors > 0 ? 1 : 0;
  },
};
