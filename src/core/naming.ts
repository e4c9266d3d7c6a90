/**
 * Where an article's sidecar lives. A pattern names the sidecar relative to the article's folder,
 * with `{file}` for the article's file name and `{stem}` for that name without its last extension:
 * the default `{file}.attributions.json` puts `story.txt.attributions.json` beside `story.txt`.
 */
export const DEFAULT_SIDECAR_PATTERN = '{file}.attributions.json';

/** Checks a sidecar name pattern; returns a message for the user when it cannot be used. */
export function checkSidecarPattern(pattern: string): string | undefined {
  if (!/\{file\}|\{stem\}/.test(pattern)) return 'The sidecar name pattern must contain {file} or {stem}.';
  if (/(^|\/)\.\.(\/|$)/.test(pattern) || pattern.startsWith('/')) return 'The sidecar name pattern must stay inside the article’s folder (no leading “/” or “..”).';
  if (!pattern.endsWith('.json')) return 'The sidecar name pattern must end in “.json”.';
  return undefined;
}

function split(path: string): { dir: string; name: string } {
  const i = path.lastIndexOf('/');
  return { dir: path.slice(0, i + 1), name: path.slice(i + 1) };
}

function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The sidecar path for an article path ('/'-separated). */
export function sidecarPathFor(articlePath: string, pattern = DEFAULT_SIDECAR_PATTERN): string {
  const { dir, name } = split(articlePath);
  return dir + pattern.replace(/\{file\}/g, name).replace(/\{stem\}/g, stemOf(name));
}

/** A glob (relative to a workspace folder) matching every sidecar the pattern can name. */
export function sidecarGlob(pattern = DEFAULT_SIDECAR_PATTERN): string {
  return '**/' + pattern.replace(/\{file\}|\{stem\}/g, '*');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The article paths a sidecar path can belong to (several when the pattern uses `{stem}`, whose
 * extension is unknown; the caller checks which exists). Empty when the path does not fit the pattern.
 */
export function articlePathsFor(sidecarPath: string, pattern = DEFAULT_SIDECAR_PATTERN, extensions: readonly string[] = ['.txt', '.news', '.md', '']): string[] {
  const parts = pattern.split('/');
  const depth = parts.length - 1;
  const segs = sidecarPath.split('/');
  if (segs.length < depth + 1) return [];
  const tail = segs.slice(segs.length - depth - 1);
  const dir = segs.slice(0, segs.length - depth - 1).join('/');
  let regex = '';
  const names: string[] = [];
  for (const piece of pattern.split(/(\{file\}|\{stem\})/)) {
    if (piece === '{file}' || piece === '{stem}') {
      if (names.length && names[0] !== piece) return []; // both placeholders: not supported for the reverse mapping
      regex += names.length ? '\\1' : '([^/]+)';
      names.push(piece);
    } else regex += escapeRegExp(piece);
  }
  const m = new RegExp(`^${regex}$`).exec(tail.join('/'));
  if (!m) return [];
  const base = (dir ? dir + '/' : '') + m[1];
  return names[0] === '{file}' ? [base] : extensions.map((e) => base + e);
}
