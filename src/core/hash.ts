/** The article fingerprint: SHA-256 of its bytes and its length in code points. Pure JS, so it runs in a browser worker too. */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
