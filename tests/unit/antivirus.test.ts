import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ClamdError, clamdScanner, noScanner, parseClamdReply, scannerFromEnv } from "~/services/antivirus.server";
import { parseEnv } from "~/utils/env.server";

/** The EICAR test string every antivirus reports: harmless, and what clamd's own tests scan. */
const EICAR = Buffer.from("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

interface Received {
  command: string;
  chunkLengths: number[];
  bytes: Buffer;
}

/**
 * A clamd that speaks INSTREAM: reads the NUL-terminated command, then length-prefixed chunks up to
 * the zero-length one, and answers what `reply` decides (or nothing, to test the timeout).
 */
async function fakeClamd(reply: (received: Received) => string | null): Promise<{ port: number; server: Server; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((socket: Socket) => {
    let buffer = Buffer.alloc(0);
    let command: string | null = null;
    const chunks: Buffer[] = [];
    const chunkLengths: number[] = [];
    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      if (command === null) {
        const nul = buffer.indexOf(0);
        if (nul < 0) return;
        command = buffer.subarray(0, nul).toString("latin1");
        buffer = buffer.subarray(nul + 1);
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (buffer.length < 4 + length) return;
        chunkLengths.push(length);
        const chunk = buffer.subarray(4, 4 + length);
        buffer = buffer.subarray(4 + length);
        if (length === 0) {
          const r: Received = { command, chunkLengths, bytes: Buffer.concat(chunks) };
          received.push(r);
          const answer = reply(r);
          if (answer !== null) socket.end(`${answer}\0`);
          return;
        }
        chunks.push(chunk);
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { port: address.port, server, received };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function clamd(reply: (received: Received) => string | null) {
  const fake = await fakeClamd(reply);
  servers.push(fake.server);
  return fake;
}

describe("clamd scanner (INSTREAM over TCP)", () => {
  it("streams the file in length-prefixed chunks and reads a clean verdict", async () => {
    const fake = await clamd(() => "stream: OK");
    const file = Buffer.alloc(150_000, 7);
    const scanner = clamdScanner("127.0.0.1", fake.port, { chunkBytes: 64 * 1024 });
    expect(scanner.name).toBe(`clamd 127.0.0.1:${fake.port}`);
    expect(await scanner.scan(new Uint8Array(file))).toBe("clean");
    const [got] = fake.received;
    expect(got!.command).toBe("zINSTREAM");
    expect(got!.chunkLengths).toEqual([65536, 65536, 150_000 - 131072, 0]);
    expect(got!.bytes.equals(file)).toBe(true);
  });

  it("reports an infected file", async () => {
    const fake = await clamd((r) => (r.bytes.includes(Buffer.from("EICAR")) ? "stream: Eicar-Test-Signature FOUND" : "stream: OK"));
    const scanner = clamdScanner("127.0.0.1", fake.port);
    expect(await scanner.scan(new Uint8Array(EICAR))).toBe("infected");
    expect(await scanner.scan(new Uint8Array(Buffer.from("%PDF-1.7 innocuo")))).toBe("clean");
  });

  it("scans an empty file with just the terminating chunk", async () => {
    const fake = await clamd(() => "stream: OK");
    expect(await clamdScanner("127.0.0.1", fake.port).scan(new Uint8Array())).toBe("clean");
    expect(fake.received[0]!.chunkLengths).toEqual([0]);
  });

  it("throws when clamd answers with an error", async () => {
    const fake = await clamd(() => "INSTREAM size limit exceeded. ERROR");
    await expect(clamdScanner("127.0.0.1", fake.port).scan(new Uint8Array(10))).rejects.toThrow(/size limit exceeded/);
  });

  it("throws after the timeout when clamd never answers", async () => {
    const fake = await clamd(() => null);
    const started = Date.now();
    const error = await clamdScanner("127.0.0.1", fake.port, { timeoutMs: 300 })
      .scan(new Uint8Array(100))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClamdError);
    expect(String(error)).toMatch(/did not answer within 300 ms/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("throws when nothing listens on the port", async () => {
    const fake = await clamd(() => "stream: OK");
    const port = fake.port;
    await new Promise((resolve) => fake.server.close(resolve));
    servers.splice(servers.indexOf(fake.server), 1);
    await expect(clamdScanner("127.0.0.1", port, { timeoutMs: 2000 }).scan(new Uint8Array(10))).rejects.toThrow(/ECONNREFUSED/);
  });

  it("throws when clamd hangs up without a verdict", async () => {
    const fake = await fakeClamd(() => null);
    servers.push(fake.server);
    fake.server.on("connection", (socket) => setTimeout(() => socket.destroy(), 20));
    await expect(clamdScanner("127.0.0.1", fake.port, { timeoutMs: 2000 }).scan(new Uint8Array(10))).rejects.toThrow(ClamdError);
  });

  it("reads clamd's replies strictly", () => {
    expect(parseClamdReply("stream: OK\0")).toBe("clean");
    expect(parseClamdReply("stream: Win.Trojan.Agent-123 FOUND\0")).toBe("infected");
    expect(() => parseClamdReply("stream: lstat() failed ERROR\0")).toThrow(ClamdError);
    expect(() => parseClamdReply("")).toThrow(ClamdError);
  });
});

describe("choosing the scanner", () => {
  it("uses no scanner unless CLAMD_HOST is set, and says files were not scanned", async () => {
    expect(scannerFromEnv(parseEnv({}))).toBe(noScanner);
    expect(await noScanner.scan(new Uint8Array(EICAR))).toBe("not_scanned");
  });

  it("uses clamd on CLAMD_HOST, port 3310 unless CLAMD_PORT says otherwise", () => {
    expect(scannerFromEnv(parseEnv({ CLAMD_HOST: "clamav.interno" })).name).toBe("clamd clamav.interno:3310");
    expect(scannerFromEnv(parseEnv({ CLAMD_HOST: "10.0.0.5", CLAMD_PORT: "3311" })).name).toBe("clamd 10.0.0.5:3311");
    expect(() => parseEnv({ CLAMD_HOST: "x", CLAMD_PORT: "70000" })).toThrow(/CLAMD_PORT/);
  });
});
