// Shared by the development-set scripts (eval-dev.mjs, dev-errors.mjs): where the PolNeAR development
// data is, the fixed tuning / held-out split, and the core bundled from src/ on the fly.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The data folder (--data, else ../shared/data/polnear-dev); exits with a plain message when it is absent. */
export function dataFolder(args, what) {
  const i = args.indexOf('--data');
  const data = i >= 0 ? resolve(args[i + 1]) : resolve(root, '..', 'shared', 'data', 'polnear-dev');
  if (!existsSync(join(data, 'text')) || !existsSync(join(data, 'attributions'))) {
    console.error(`The development data is not here: ${data} (expected text/ and attributions/).`);
    console.error(`${what} Pass --data <folder> to point at a copy of the PolNeAR development split.`);
    process.exit(2);
  }
  return data;
}

/** Bundles the named exports of src/core modules ({ 'formats/brat': ['readBrat'], … }) and loads them. */
export async function loadCore(modules) {
  const dir = mkdtempSync(join(tmpdir(), 'news-attribution-dev-'));
  const out = join(dir, 'core.cjs');
  const contents = Object.entries(modules)
    .map(([mod, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(join(root, 'src', 'core', mod))};`)
    .join('\n');
  try {
    await esbuild.build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
    return createRequire(import.meta.url)(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The articles (text/*.txt, sorted), each with its split and its first annotator's file: per publisher
 * (the name before the first underscore), every third article is held out.
 */
export function devDocuments(data) {
  const texts = readdirSync(join(data, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(join(data, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Map();
  return texts.map((file) => {
    const publisher = file.split('_')[0];
    const n = (seen.get(publisher) ?? 0) + 1;
    seen.set(publisher, n);
    const name = file.slice(0, -'.txt'.length);
    const ann = anns.find((a) => a.startsWith(`${name}_`) && !a.slice(name.length + 1, -4).includes('_'));
    return { file, name, ann, split: n % 3 === 0 ? 'held-out' : 'tuning' };
  });
}
