/** The fixture workspace every in-editor suite opens (a fresh copy per run). */
import * as path from 'path';
import { repoRoot } from './paths';

export const FIXTURE_WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/** The second folder of the integration suite's multi-root workspace, with folder settings of its own. */
export const FIXTURE_SECOND_FOLDER = path.join(repoRoot, 'test', 'fixtures', 'workspace-second');
