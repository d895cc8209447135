import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFileStore } from "~/services/file-store.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe.each(databaseNames())("files in the database on %s", (name) => {
  let t: TestDatabase;
  const store = databaseFileStore;

  beforeAll(async () => {
    t = await createTestDatabase(name);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("gives back every byte value exactly, as a plain Uint8Array", async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const id = await store.put(t.db, all);
    expect(Number.isInteger(id)).toBe(true);
    const back = await store.get(t.db, id);
    expect(back).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(back)).toBe(false);
    expect(Array.from(back!)).toEqual(Array.from(all));
    // It owns its memory: a consumer reading `.buffer` sees these bytes and no others.
    expect(back!.buffer.byteLength).toBe(256);
  });

  it("round-trips a 3 MB random file and an empty one", async () => {
    const big = new Uint8Array(randomBytes(3 * 1024 * 1024));
    const bigId = await store.put(t.db, big);
    const bigBack = await store.get(t.db, bigId);
    expect(bigBack!.byteLength).toBe(big.byteLength);
    expect(sha256(bigBack!)).toBe(sha256(big));

    const emptyId = await store.put(t.db, new Uint8Array());
    const emptyBack = await store.get(t.db, emptyId);
    expect(emptyBack).not.toBeNull();
    expect(emptyBack!.byteLength).toBe(0);
  });

  it("stores a view of a larger buffer as the view only", async () => {
    const backing = new Uint8Array(randomBytes(1000));
    const view = backing.subarray(100, 200);
    const id = await store.put(t.db, view);
    expect(Buffer.from((await store.get(t.db, id))!).equals(Buffer.from(view))).toBe(true);
  });

  it("stores within the caller's transaction: a rollback leaves no blob", async () => {
    let id = 0;
    await expect(
      t.db.transaction().execute(async (trx) => {
        id = await store.put(trx, new Uint8Array([1, 2, 3]));
        expect(await store.get(trx, id)).not.toBeNull();
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(id).toBeGreaterThan(0);
    expect(await store.get(t.db, id)).toBeNull();
  });

  it("removes a blob, and answers null for one that does not exist", async () => {
    const id = await store.put(t.db, new Uint8Array([9, 8, 7]));
    const other = await store.put(t.db, new Uint8Array([6, 5, 4]));
    await t.db.transaction().execute((trx) => store.remove(trx, id));
    expect(await store.get(t.db, id)).toBeNull();
    expect(Array.from((await store.get(t.db, other))!)).toEqual([6, 5, 4]);
    expect(await store.get(t.db, 999_999)).toBeNull();
    // Removing what is already gone is not an error: a retried cleanup must not fail.
    await store.remove(t.db, id);
  });
});
