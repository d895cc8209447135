import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrations } from "#db/migrations/index";

describe("migrations", () => {
  it("lists every file of db/migrations, in name order, named YYYY-MM-DDTHH-mm-ss_verb_object", () => {
    const files = readdirSync(join(__dirname, "../../db/migrations"))
      .filter((f) => f !== "index.ts" && f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(Object.keys(migrations)).toEqual(files);
    for (const name of files) expect(name).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d_[a-z]+_[a-z_]+$/);
    for (const m of Object.values(migrations)) expect(typeof m.down).toBe("function");
  });
});
