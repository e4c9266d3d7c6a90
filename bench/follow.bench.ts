/**
 * Following edits: what the editor does on every keystroke in an annotated article (index the new
 * text, move every span through the change, remember the state for undo), for a typical article and
 * for a 1 MB article with 5,000 attributions.
 */
import { TextIndex } from '../src/core/text';
import { AnchorHistory, editsFromChanges, followSidecar, textKey } from '../src/core/tracking';
import { medianMs, printRows, type Row } from './harness';
import { generate } from './validate.bench';

function keystroke(article: string, sidecar: ReturnType<typeof generate>['sidecar'], at: number, insert: string): () => void {
  const before = new TextIndex(article);
  const after = article.slice(0, at) + insert + article.slice(at);
  const history = new AnchorHistory();
  const revisions = new Map<string, number>();
  return () => {
    const index = new TextIndex(after);
    const edits = editsFromChanges([{ rangeOffset: at, rangeLength: 0, text: insert }], before);
    const moved = followSidecar(sidecar, edits, before, index).sidecar;
    history.record(textKey(index.text), moved, revisions);
  };
}

export function run(): void {
  const rows: Row[] = [];
  for (const [label, bytes, count] of [
    ['20 KB, 40 attributions', 20 * 1024, 40],
    ['1 MB, 5,000 attributions', 1100 * 1024, 5000],
  ] as const) {
    const { article, sidecar } = generate(bytes, count);
    const runs = count > 1000 ? 15 : 51;
    rows.push({ name: `${label}: type a character mid-article`, medianMs: medianMs(keystroke(article, sidecar, article.length >> 1, 'x'), runs), runs });
    rows.push({ name: `${label}: paste a paragraph at the top`, medianMs: medianMs(keystroke(article, sidecar, 0, 'A new first paragraph, pasted in.\n\n'), runs), runs, note: 'every span moves' });
  }
  printRows('following edits (per change event)', rows);
}
