import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "#db/connection";
import { migrateToLatest } from "#db/migrator";
import { seed } from "#db/seed/index";

export interface RunningServer {
  url: string;
  databaseUrl: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts the built desk (`npm run build` first) on a free port with a fresh, seeded SQLite file,
 * exactly as `npm start` serves it, and waits until /healthz answers.
 */
export async function startServer(env: Record<string, string> = {}, options: { seed?: boolean } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "sportello-e2e-"));
  const databaseUrl = env.DATABASE_URL ?? `file:${join(dir, "desk.sqlite")}`;
  const db = openDatabase(databaseUrl);
  await migrateToLatest(db);
  if (options.seed !== false) await seed(db);
  await db.destroy();

  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      WEB_CONCURRENCY: "1",
      LOG_LEVEL: "warn",
      // Demo mode unless a test says otherwise: a live deployment needs its own URL and secrets.
      DEMO_MODE: "true",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("server did not become healthy within 30 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    databaseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
