/**
 * The seam for an antivirus. The demo has none (noScanner: attachments are stored as "not_scanned"
 * and the pages say so); a comune that runs ClamAV points CLAMD_HOST at its clamd.
 */
import { Socket } from "node:net";
import { env, type Env } from "~/utils/env.server";

export type ScanResult = "clean" | "infected" | "not_scanned";

export interface AntivirusScanner {
  /** For logs and the audit trail ("none", "clamd 10.0.0.5:3310"). */
  name: string;
  /** Throws when the scanner cannot answer: the caller decides whether to refuse the file or keep it as not scanned. */
  scan(bytes: Uint8Array): Promise<ScanResult>;
}

export const noScanner: AntivirusScanner = {
  name: "none",
  scan: async () => "not_scanned",
};

export interface ClamdOptions {
  /** For the whole exchange: connecting, sending, and clamd's verdict. */
  timeoutMs?: number;
  /** Must stay below clamd's StreamMaxLength per chunk; 64 kB is what clamdscan sends. */
  chunkBytes?: number;
}

export class ClamdError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ClamdError";
  }
}

/** The verdict in clamd's reply ("stream: OK", "stream: Eicar-Test-Signature FOUND"); anything else is an error. */
export function parseClamdReply(reply: string): "clean" | "infected" {
  const text = reply.replace(/\0+$/, "").trim();
  if (/^stream: OK$/.test(text)) return "clean";
  if (/^stream: .+ FOUND$/.test(text)) return "infected";
  throw new ClamdError(`clamd answered: ${text || "(nothing)"}`);
}

function lengthPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(length, 0);
  return prefix;
}

/**
 * clamd's INSTREAM command over TCP: "zINSTREAM\0", then the file in chunks each preceded by its
 * length (4 bytes, big-endian), then a zero length; clamd answers one NUL-terminated line.
 */
export function clamdScanner(host: string, port = 3310, options: ClamdOptions = {}): AntivirusScanner {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  return {
    name: `clamd ${host}:${port}`,
    scan: (bytes) =>
      new Promise<ScanResult>((resolve, reject) => {
        const socket = new Socket();
        const replies: Buffer[] = [];
        let settled = false;
        const finish = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          socket.destroy();
          outcome();
        };
        const fail = (message: string, cause?: unknown) => finish(() => reject(new ClamdError(message, { cause })));
        const timer = setTimeout(() => fail(`clamd at ${host}:${port} did not answer within ${timeoutMs} ms`), timeoutMs);

        socket.on("error", (error) => fail(`clamd at ${host}:${port}: ${error.message}`, error));
        socket.on("data", (data: Buffer) => {
          replies.push(data);
          // The z-prefixed command makes clamd end its reply with a NUL.
          if (data.includes(0)) {
            const reply = Buffer.concat(replies).toString("utf8");
            try {
              const verdict = parseClamdReply(reply);
              finish(() => resolve(verdict));
            } catch (error) {
              finish(() => reject(error));
            }
          }
        });
        socket.on("close", () => fail(`clamd at ${host}:${port} closed the connection without a verdict`));
        socket.connect(port, host, () => {
          socket.write("zINSTREAM\0");
          for (let offset = 0; offset < bytes.byteLength; offset += chunkBytes) {
            const chunk = bytes.subarray(offset, Math.min(offset + chunkBytes, bytes.byteLength));
            socket.write(lengthPrefix(chunk.byteLength));
            socket.write(chunk);
          }
          socket.write(lengthPrefix(0));
        });
      }),
  };
}

/** clamd when CLAMD_HOST is set, else no scanner. */
export function scannerFromEnv(e: Env = env()): AntivirusScanner {
  return e.CLAMD_HOST ? clamdScanner(e.CLAMD_HOST, e.CLAMD_PORT) : noScanner;
}
