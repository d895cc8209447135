/**
 * Where the bytes of attachments live. Several app instances serve the desk and share only the
 * database, so files cannot sit on a local disk; they are kept in the database, outside the web root,
 * behind this interface.
 *
 * An S3-compatible store (MinIO, a cloud object store) would implement the same interface without
 * changing any caller: `put` would upload the bytes under a random key and insert a `file_blob`-like
 * row that records the key instead of the data (inside `trx`, so a rolled-back application leaves no
 * reference behind; an object whose row never committed is an orphan for housekeeping to delete),
 * `get` would look the key up with `db` and download the object, `remove` would delete the row in
 * `trx` and the object once the transaction has committed. It is not built: the database is enough
 * for the sizes the desk accepts.
 */
import { deleteFileBlob, findFileBlobData, insertFileBlob } from "~/models/file-blob.server";
import type { DbOrTrx } from "~/utils/db.server";

export interface FileStore {
  /** Stores the bytes in the caller's transaction; returns the blob id an attachment row points to. */
  put(trx: DbOrTrx, bytes: Uint8Array): Promise<number>;
  /** The bytes exactly as stored, or null when the blob does not exist. */
  get(db: DbOrTrx, id: number): Promise<Uint8Array | null>;
  remove(trx: DbOrTrx, id: number): Promise<void>;
}

/**
 * A plain Uint8Array over the driver's Buffer. Small Buffers may be views into a shared pool, so a
 * view that does not own its whole ArrayBuffer is copied: callers may then use `.buffer` safely.
 */
function ownBytes(data: Uint8Array): Uint8Array {
  if (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) {
    return new Uint8Array(data.buffer, 0, data.byteLength);
  }
  return new Uint8Array(data);
}

export const databaseFileStore: FileStore = {
  put: (trx, bytes) => insertFileBlob(trx, bytes),
  async get(db, id) {
    const data = await findFileBlobData(db, id);
    return data === null ? null : ownBytes(data);
  },
  remove: (trx, id) => deleteFileBlob(trx, id),
};
