/** The fixture workspace every in-editor suite opens (a fresh copy per run). */
import * as path from 'path';
import { repoRoot } from './paths';

export const FIXTURE_WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'workspace');
