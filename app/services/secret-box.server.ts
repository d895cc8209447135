import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { DEMO_SESSION_SECRET, env, type Env } from "~/utils/env.server";

/**
 * AES-256-GCM for small secrets at rest (the staff's TOTP seeds): a copy of the database alone
 * does not give anyone the second factor. Sealed form: "iv.ciphertext.tag", each base64url.
 * `aad` binds a ciphertext to its row (for example "staff_user:3:totp"), so it cannot be copied
 * onto another account.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** Fixed labels for HKDF: changing them changes the derived key and makes stored secrets unreadable. */
const HKDF_SALT = "sportello-telematico/secret-box";
const HKDF_INFO = "totp-secret-encryption/v1";

/**
 * The demo fallback: a key derived from SESSION_SECRET with HKDF-SHA256, so a demo works with no
 * extra setting. In production set TOTP_ENCRYPTION_KEY: a derived key changes whenever
 * SESSION_SECRET is rotated, and every enrolled TOTP would then have to be enrolled again.
 */
export function deriveKeyFromSessionSecret(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", sessionSecret, HKDF_SALT, HKDF_INFO, KEY_BYTES));
}

let warned = false;

/** The key for TOTP secrets, from the environment. */
export function totpEncryptionKey(e: Env = env()): Buffer {
  if (e.TOTP_ENCRYPTION_KEY) return Buffer.from(e.TOTP_ENCRYPTION_KEY, "base64");
  if (e.NODE_ENV === "production" && !warned) {
    warned = true;
    console.warn(
      JSON.stringify({
        level: "warn",
        msg:
          e.SESSION_SECRET === DEMO_SESSION_SECRET
            ? "TOTP_ENCRYPTION_KEY is not set and SESSION_SECRET is the demo default: TOTP secrets are protected by a public key"
            : "TOTP_ENCRYPTION_KEY is not set: TOTP secrets use a key derived from SESSION_SECRET, and rotating it will invalidate them",
      }),
    );
  }
  return deriveKeyFromSessionSecret(e.SESSION_SECRET);
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`secret-box: the key must be ${KEY_BYTES} bytes, not ${key.length}`);
}

export function sealSecret(plaintext: Uint8Array, options: { key?: Buffer; aad?: string } = {}): string {
  const key = options.key ?? totpEncryptionKey();
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  if (options.aad !== undefined) cipher.setAAD(Buffer.from(options.aad, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, ciphertext, cipher.getAuthTag()].map((b) => b.toString("base64url")).join(".");
}

/** Throws when the value was altered, sealed with another key, or sealed for another `aad`. */
export function openSecret(sealed: string, options: { key?: Buffer; aad?: string } = {}): Buffer {
  const key = options.key ?? totpEncryptionKey();
  checkKey(key);
  const parts = sealed.split(".");
  if (parts.length !== 3) throw new Error("secret-box: malformed sealed value");
  const [iv, ciphertext, tag] = parts.map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error("secret-box: malformed sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  if (options.aad !== undefined) decipher.setAAD(Buffer.from(options.aad, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}
