import * as assert from 'node:assert/strict';
import { articlePathsFor, checkSidecarPattern, sidecarGlob, sidecarPathFor } from '../../src/core/naming';

describe('sidecar naming', () => {
  it('puts the sidecar beside the article by default', () => {
    assert.equal(sidecarPathFor('/news/story.txt'), '/news/story.txt.attributions.json');
    assert.deepEqual(articlePathsFor('/news/story.txt.attributions.json'), ['/news/story.txt']);
    assert.equal(sidecarGlob(), '**/*.attributions.json');
  });

  it('supports {stem} and a subfolder', () => {
    const p = '.attributions/{stem}.json';
    assert.equal(sidecarPathFor('/news/story.txt', p), '/news/.attributions/story.json');
    assert.deepEqual(articlePathsFor('/news/.attributions/story.json', p, ['.txt', '.news']), ['/news/story.txt', '/news/story.news']);
    assert.deepEqual(articlePathsFor('/news/other/story.json', p), []);
    assert.equal(sidecarGlob(p), '**/.attributions/*.json');
  });

  it('does not map unrelated files back to an article', () => {
    assert.deepEqual(articlePathsFor('/news/package.json'), []);
  });

  it('checks patterns', () => {
    assert.equal(checkSidecarPattern('{file}.attributions.json'), undefined);
    assert.match(checkSidecarPattern('attributions.json')!, /\{file\}/);
    assert.match(checkSidecarPattern('../{file}.json')!, /inside/);
    assert.match(checkSidecarPattern('{file}.txt')!, /\.json/);
  });
});
