/** `news-attribution suggest`: propose attributions for an article, print them or merge them into its sidecar. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SIDECAR_SUFFIX, type Attribution, type Sidecar } from '../../core/model';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../core/sidecar';
import { mergeSuggestions, suggestAttributions } from '../../core/suggest';
import { articlePathsFor, sidecarPathFor } from '../../core/naming';
import { TextIndex } from '../../core/text';
import { oneOf, parseCommandArgs, parseSize, type Command } from '../command';
import { sidecarPatternOption } from '../discover';
import { CliError, DEFAULT_MAX_BYTES, display, readArticle, readSidecarText, writeAtomic, type Io } from '../io';

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** One line per suggestion: article:line:col: type id “content” cue “…” source “…” (actor). */
export function suggestionLines(articleShown: string, index: TextIndex, sidecar: Sidecar, added: readonly Attribution[]): string {
  const names = new Map(sidecar.actors.map((a) => [a.id, a.name]));
  return added
    .map((a) => {
      const at = index.positionAt(a.content[0].start);
      const content = a.content.map((s) => `“${clip(s.text)}”`).join(' … ');
      const cue = a.cue?.length ? ` cue “${a.cue.map((s) => s.text).join(' ')}”` : '';
      const mention = a.source?.mention?.length ? ` source “${clip(a.source.mention.map((s) => s.text).join(' '), 40)}”` : '';
      const actor = a.source?.actor ? ` (${names.get(a.source.actor) ?? a.source.actor})` : '';
      return `${articleShown}:${at.line + 1}:${at.character + 1}: ${a.type} ${a.id} ${content}${cue}${mention}${actor}\n`;
    })
    .join('');
}

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'propose attributions (quotations, cues, speakers) for an article',
  help: `Usage: news-attribution suggest [options] <article>

Finds quotations, speech cues ("said", "according to", "told reporters") and their speakers in an
article and proposes them as attributions with status "suggested", with an actor for each speaker
("US President Donald Trump", "Trump" and "he" become one actor). Without --write, prints the
complete sidecar document (the article's existing sidecar, if any, with the suggestions added).

A suggestion's content never overlaps an attribution already in the sidecar, unless one of them
nests properly inside the other (a report inside another report's content, with its cue and
source), so confirmed attributions are never changed and running the command twice adds nothing new. A sidecar that does not parse, or
was written for a different version of the article, is reported and left untouched.

Options:
  --write               merge the suggestions into the article's sidecar (atomically; the sidecar,
                        and its folder, are created when missing)
  --replace-suggested   with --write: drop the sidecar's earlier suggestions first
  --direct-only         only attributions whose content contains a quotation
  --nested              also suggest reports nested inside another report's content ("X said Y
                        claimed …"), for annotation schemes that mark both
  --format json|text    json (default): the sidecar document, or with --write a summary;
                        text: one line per suggestion (article:line:col: type id content cue source)
  --max-size SIZE       largest file read (default 20MB)
  --sidecar-pattern P   where sidecars live, as in the editor's newsAttribution.sidecarPattern
                        setting (default {file}.attributions.json; e.g. .attributions/{stem}.json)
  -h, --help            show this help

Exit status: 0 done, 1 the existing sidecar is invalid or out of date (nothing written),
2 usage or I/O error.
`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('suggest', args, {
      write: { type: 'boolean' },
      'replace-suggested': { type: 'boolean' },
      'direct-only': { type: 'boolean' },
      nested: { type: 'boolean' },
      format: { type: 'string' },
      'max-size': { type: 'string' },
      'sidecar-pattern': { type: 'string' },
    });
    const pattern = sidecarPatternOption('suggest', values['sidecar-pattern']);
    const format = oneOf('suggest', 'format', values.format, ['json', 'text'] as const, 'json');
    const maxBytes = parseSize('suggest', values['max-size'], DEFAULT_MAX_BYTES);
    if (positionals.length !== 1) throw new CliError('suggest: name exactly one article (see news-attribution suggest --help)');
    if (values['replace-suggested'] && !values.write) throw new CliError('suggest: --replace-suggested only applies with --write');
    const articlePath = resolve(io.cwd, positionals[0]);
    if (articlePath.endsWith(SIDECAR_SUFFIX) || (articlePath.endsWith('.json') && articlePathsFor(articlePath, pattern).length)) throw new CliError(`${positionals[0]}: is a sidecar; name the article it belongs to`);
    const articleShown = display(io, articlePath);
    const article = readArticle(articlePath, articleShown, maxBytes);
    const index = new TextIndex(article.text);
    const fingerprint = { sha256: article.sha256, length: index.length };

    const sidecarPath = sidecarPathFor(articlePath, pattern);
    const sidecarShown = display(io, sidecarPath);
    let existing: Sidecar = emptySidecar(fingerprint);
    const hadSidecar = existsSync(sidecarPath);
    if (hadSidecar) {
      const text = readSidecarText(sidecarPath, sidecarShown, maxBytes);
      const parsed = parseSidecar(text);
      if (!parsed.ok) {
        for (const d of parsed.diagnostics) {
          const at = d.sidecar;
          io.err(`${sidecarShown}:${(at?.line ?? 0) + 1}:${(at?.character ?? 0) + 1}: error ${d.code} ${d.message}\n`);
        }
        io.err(`news-attribution: ${sidecarShown}: not changed; fix the sidecar first (news-attribution validate ${articleShown})\n`);
        return 1;
      }
      if (parsed.sidecar.document.sha256 !== article.sha256 || parsed.sidecar.document.length !== index.length) {
        io.err(`news-attribution: ${sidecarShown}: the article changed since the sidecar was written; run news-attribution fix ${articleShown} first (nothing written)\n`);
        return 1;
      }
      existing = parsed.sidecar;
    }

    const suggestions = suggestAttributions(index, existing, { indirect: !values['direct-only'], nested: values.nested === true });
    const merged = mergeSuggestions(existing, suggestions, { replaceSuggested: values['replace-suggested'] });

    if (values.write) {
      try {
        mkdirSync(dirname(sidecarPath), { recursive: true });
      } catch (e) {
        throw new CliError(`${sidecarShown}: cannot create its folder (${(e as Error).message})`);
      }
      writeAtomic(sidecarPath, serializeSidecar(merged.sidecar), sidecarShown);
      const n = merged.added.length;
      if (format === 'text') {
        io.out(suggestionLines(articleShown, index, merged.sidecar, merged.added));
        io.err(`${sidecarShown}: ${hadSidecar ? 'updated' : 'written'}, ${n} suggestion${n === 1 ? '' : 's'} added${merged.skipped ? `, ${merged.skipped} left out (they overlap attributions already there)` : ''}\n`);
      } else {
        io.out(JSON.stringify({ sidecar: sidecarShown, created: !hadSidecar, added: n, skipped: merged.skipped, ids: merged.added.map((a) => a.id) }, null, 2) + '\n');
      }
      return 0;
    }
    if (format === 'text') io.out(suggestionLines(articleShown, index, merged.sidecar, merged.added));
    else io.out(serializeSidecar(merged.sidecar));
    return 0;
  },
};
