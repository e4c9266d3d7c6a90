/** The package version, inlined at build time from package.json. */
import { version } from '../../package.json';

export const VERSION: string = version;
