import type { DbOrTrx } from "~/utils/db.server";

/**
 * A Buffer is the one binary type both drivers have always bound as a blob/bytea (other typed arrays
 * depend on the driver's version); this wraps the same memory without copying it.
 */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function insertFileBlob(db: DbOrTrx, bytes: Uint8Array): Promise<number> {
  const { id } = await db.insertInto("file_blob").values({ data: asBuffer(bytes) }).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** The stored bytes as the driver returns them (a Buffer on both databases), or null when there is no such blob. */
export async function findFileBlobData(db: DbOrTrx, id: number): Promise<Uint8Array | null> {
  const row = await db.selectFrom("file_blob").select("data").where("id", "=", id).executeTakeFirst();
  return row ? row.data : null;
}

export async function deleteFileBlob(db: DbOrTrx, id: number): Promise<void> {
  await db.deleteFrom("file_blob").where("id", "=", id).execute();
}
