/** Finds the Chromium or Chrome that playwright-core drives (no browser is downloaded). */
import * as fs from 'fs';
import { SetupError } from './install';

export const CHROMIUM_ENV = 'CHROMIUM_PATH';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The browser binary: $CHROMIUM_PATH when set, else the first usual path that exists. */
export function findChromium(): string {
  const configured = process.env[CHROMIUM_ENV];
  if (configured) {
    if (executable(configured)) return configured;
    throw new SetupError(`${CHROMIUM_ENV}=${configured} is not an executable file; point it at a Chromium or Chrome binary`);
  }
  const found = USUAL_PATHS.find(executable);
  if (found) return found;
  throw new SetupError(
    `no Chromium or Chrome found (looked at ${USUAL_PATHS.slice(0, 5).join(', ')}…); install one with \`apt-get install chromium\` or set ${CHROMIUM_ENV}`,
  );
}

/** Flags for a headless browser on a machine without a GPU or network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
