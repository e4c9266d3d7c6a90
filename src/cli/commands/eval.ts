/** `news-attribution eval`: score suggestions, or another annotator's sidecars, against gold brat annotations. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { evaluate, formatReport, type EvalDocument, type EvalReport } from '../../core/eval';
import { readBrat } from '../../core/formats/brat';
import { SIDECAR_SUFFIX, type Attribution } from '../../core/model';
import { parseSidecar } from '../../core/sidecar';
import { suggestAttributions } from '../../core/suggest';
import { TextIndex } from '../../core/text';
import { oneOf, parseCommandArgs, parseSize, type Command } from '../command';
import { CliError, DEFAULT_MAX_BYTES, describeFsError, display, readArticle, readSidecarText, type Io } from '../io';

export interface GoldDocument {
  name: string;
  /** The article: <gold>/text/NAME.txt. */
  text: string;
  /** The annotation file used: the first <gold>/attributions/NAME_ANNOTATOR.ann by name. */
  ann: string;
}

/**
 * The articles of a gold folder in the PolNeAR layout, each with its first annotator's file.
 * Articles without an annotation file are returned in `unannotated`.
 */
export function goldDocuments(gold: string, io: Io): { docs: GoldDocument[]; unannotated: string[] } {
  const textDir = join(gold, 'text');
  const annDir = join(gold, 'attributions');
  for (const dir of [textDir, annDir]) {
    let ok = false;
    try {
      ok = statSync(dir).isDirectory();
    } catch (e) {
      throw new CliError(`${display(io, dir)}: ${describeFsError(e)} (a gold folder holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann)`);
    }
    if (!ok) throw new CliError(`${display(io, dir)}: is not a folder (a gold folder holds text/ and attributions/)`);
  }
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const docs: GoldDocument[] = [];
  const unannotated: string[] = [];
  for (const f of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = f.slice(0, -'.txt'.length);
    const ann = anns.find((a) => a.startsWith(`${name}_`) && !a.slice(name.length + 1, -'.ann'.length).includes('_'));
    if (ann) docs.push({ name, text: join(textDir, f), ann: join(annDir, ann) });
    else unannotated.push(join(textDir, f));
  }
  return { docs, unannotated };
}

const pct = (x: number | undefined) => (x === undefined ? null : Math.round(x * 1000) / 10);

function jsonScores(r: EvalReport) {
  const subset = (s: EvalReport['all']) => ({
    gold: s.gold,
    predicted: s.pred,
    matched: s.matched,
    precision: pct(s.precision),
    recall: pct(s.recall),
    f1: pct(s.f1),
    strict: { matched: s.strict.matched, precision: pct(s.strict.precision), recall: pct(s.strict.recall), f1: pct(s.strict.f1) },
    speakerAccuracy: pct(s.speaker.accuracy),
    speakerPairs: s.speaker.total,
    cueAccuracy: pct(s.cue.accuracy),
    cuePairs: s.cue.total,
  });
  return { documents: r.documents, direct: subset(r.direct), all: subset(r.all) };
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score suggestions or sidecars against gold annotations (brat)',
  help: `Usage: news-attribution eval --gold <folder> [--pred <folder>] [options]

Scores attributions against gold annotations in brat standoff, in the PolNeAR layout:
<gold>/text/NAME.txt and <gold>/attributions/NAME_ANNOTATOR.ann (the first annotator's file, by
name, when there are several). Without --pred, scores this tool's suggestions for each article;
with --pred, scores the sidecars NAME.txt.attributions.json found in that folder.

Metrics: gold and predicted attributions are matched one-to-one, greedily by the number of content
characters they share; a pair counts when it shares at least 30% of the gold content. Precision,
recall and F1 over those pairs; strict F1 also needs a character Jaccard of at least 0.8. Speaker
(cue) accuracy: among matched pairs whose gold has a source (cue), the share whose predicted
source mention (cue) shares a character with the gold one. Reported for direct quotations (gold
content containing a quotation mark; predictions whose content contains one) and for all
attributions.

Options:
  --gold FOLDER         gold annotations (required)
  --pred FOLDER         sidecars to score instead of the suggestions
  --per-document        also report each article
  --format text|json    output format (default text)
  --max-size SIZE       largest file read (default 20MB)
  -h, --help            show this help

Annotations that do not match their article's text, and missing prediction sidecars, are reported
as warnings on standard error.

Exit status: 0 scored, 1 a prediction sidecar could not be read (scored as empty), 2 usage or I/O
error.
`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('eval', args, {
      gold: { type: 'string' },
      pred: { type: 'string' },
      'per-document': { type: 'boolean' },
      format: { type: 'string' },
      'max-size': { type: 'string' },
    });
    const format = oneOf('eval', 'format', values.format, ['text', 'json'] as const, 'text');
    const maxBytes = parseSize('eval', values['max-size'], DEFAULT_MAX_BYTES);
    if (positionals.length) throw new CliError(`eval: unexpected argument "${positionals[0]}" (see news-attribution eval --help)`);
    if (!values.gold) throw new CliError('eval: --gold <folder> is required (see news-attribution eval --help)');
    const gold = resolve(io.cwd, values.gold);
    const pred = values.pred === undefined ? undefined : resolve(io.cwd, values.pred);
    if (pred !== undefined) {
      let ok = false;
      try {
        ok = statSync(pred).isDirectory();
      } catch (e) {
        throw new CliError(`${values.pred}: ${describeFsError(e)}`);
      }
      if (!ok) throw new CliError(`${values.pred}: is not a folder`);
    }
    const { docs, unannotated } = goldDocuments(gold, io);
    if (docs.length === 0) throw new CliError(`${display(io, gold)}: no annotated articles (text/NAME.txt with attributions/NAME_ANNOTATOR.ann)`);

    const warnings: string[] = [];
    for (const u of unannotated) warnings.push(`${display(io, u)}: no annotation file; not scored`);
    let unreadable = 0;
    const evalDocs: EvalDocument[] = [];
    for (const d of docs) {
      const textShown = display(io, d.text);
      const annShown = display(io, d.ann);
      const article = readArticle(d.text, textShown, maxBytes);
      const index = new TextIndex(article.text);
      const brat = readBrat(readArticle(d.ann, annShown, maxBytes).text, index, annShown);
      for (const w of brat.warnings) warnings.push(`${w.file}:${w.line}: ${w.message}`);
      let predicted: Attribution[] = [];
      if (pred === undefined) {
        predicted = suggestAttributions(index).attributions;
      } else {
        const path = join(pred, basename(d.text) + SIDECAR_SUFFIX);
        const shown = display(io, path);
        if (!existsSync(path)) warnings.push(`${shown}: no sidecar; scored as no attributions`);
        else {
          const parsed = parseSidecar(readSidecarText(path, shown, maxBytes));
          if (!parsed.ok) {
            const first = parsed.diagnostics[0];
            io.err(`${shown}:${(first.sidecar?.line ?? 0) + 1}:${(first.sidecar?.character ?? 0) + 1}: error ${first.code} ${first.message} (scored as no attributions)\n`);
            unreadable++;
          } else {
            if (parsed.sidecar.document.length !== index.length || parsed.sidecar.document.sha256 !== article.sha256) {
              warnings.push(`${shown}: written for a different version of ${textShown}; its offsets are scored as they are`);
            }
            predicted = parsed.sidecar.attributions;
          }
        }
      }
      evalDocs.push({ name: d.name, gold: brat.attributions, pred: predicted });
    }
    const report = evaluate(evalDocs);
    const perDoc = values['per-document'] ? evalDocs.map((d) => ({ name: d.name!, report: evaluate([d]) })) : [];
    for (const w of warnings) io.err(`warning: ${w}\n`);
    const what = pred === undefined ? 'suggestions' : display(io, pred);
    if (format === 'json') {
      io.out(
        JSON.stringify(
          {
            gold: display(io, gold),
            predictions: what,
            ...jsonScores(report),
            ...(perDoc.length ? { perDocument: perDoc.map((p) => ({ name: p.name, ...jsonScores(p.report) })) } : {}),
            warnings: warnings.length,
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      io.out(formatReport(report, `${what} against ${display(io, gold)}`) + '\n');
      for (const p of perDoc) {
        const s = p.report;
        const f = (x: number) => (100 * x).toFixed(1).padStart(5);
        io.out(`${p.name}: direct F1 ${f(s.direct.f1)} (${s.direct.gold} gold, ${s.direct.pred} predicted), all F1 ${f(s.all.f1)} (${s.all.gold} gold, ${s.all.pred} predicted)\n`);
      }
    }
    return unreadable ? 1 : 0;
  },
};
