import { createHash, randomBytes } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type { AttachmentSpec } from "~/forms/types";
import { attachmentLimits, formDataOf, readUploads, type UploadLimits, UploadRejectedError, type UploadResult } from "~/services/uploads.server";

const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const bytes = (...parts: (string | Uint8Array)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : p))));

const PDF = bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64"));
const PE = (() => {
  const b = Buffer.alloc(512);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  return new Uint8Array(b);
})();
/** A PDF of `size` bytes: a real header, then filler. */
const bigPdf = (size: number) => {
  const out = new Uint8Array(size);
  out.set(PDF);
  out.set(randomBytes(size - PDF.length), PDF.length);
  return out;
};

const SPECS: AttachmentSpec[] = [
  { name: "planimetria", label: "x", accept: ["pdf"], maxBytes: 1 * MB },
  { name: "foto", label: "x", accept: ["png", "jpeg"], maxBytes: 1 * MB, maxFiles: 2 },
];
const LIMITS = attachmentLimits(SPECS, 5 * MB);

type Entry = [name: string, value: string | { bytes: Uint8Array; filename: string; type?: string }];

function multipart(entries: Entry[]): Request {
  const form = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new File([new Uint8Array(value.bytes)], value.filename, { type: value.type ?? "application/octet-stream" }));
  }
  return new Request("http://localhost/area-personale/domande/1/allegati", { method: "POST", body: form });
}

const TEXT: Entry[] = [
  ["csrf", "token-123"],
  ["note", "Allego la planimetria dell'immobile di via Garibaldi, 12."],
];
const expectTextKept = (fields: UploadResult["fields"]) => {
  expect(fields.csrf).toBe("token-123");
  expect(fields.note).toBe("Allego la planimetria dell'immobile di via Garibaldi, 12.");
};

async function rejection(promise: Promise<unknown>): Promise<UploadRejectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  return error as UploadRejectedError;
}

describe("reading an attachments form", () => {
  it("accepts a good PDF: content type from the bytes, a safe name, the exact bytes and their SHA-256", async () => {
    const pdf = bigPdf(200_000);
    const { fields, files } = await readUploads(multipart([...TEXT, ["planimetria", { bytes: pdf, filename: "C:\\Documenti\\Planimetria piano terra.pdf", type: "application/pdf" }]]), LIMITS);
    expectTextKept(fields);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file).toMatchObject({ field: "planimetria", name: "Planimetria piano terra.pdf", kind: "pdf", mediaType: "application/pdf", size: pdf.length, error: null });
    expect(file!.sha256).toBe(sha256(pdf));
    expect(file!.bytes).not.toBeNull();
    expect(Buffer.from(file!.bytes!).equals(Buffer.from(pdf))).toBe(true);
  });

  it("takes the type from the content, not from the name the browser sends", async () => {
    const { files } = await readUploads(multipart([["foto", { bytes: PNG, filename: "contatore.pdf", type: "application/pdf" }]]), LIMITS);
    expect(files[0]).toMatchObject({ kind: "png", mediaType: "image/png", name: "contatore.png", error: null });
  });

  it("refuses a file too big for its field without keeping it, and keeps the rest of the form", async () => {
    const pdf = bigPdf(3 * MB);
    const { fields, files } = await readUploads(multipart([...TEXT, ["planimetria", { bytes: pdf, filename: "scansione.pdf" }], ["dopo", "campo dopo il file"]]), LIMITS);
    expectTextKept(fields);
    expect(fields.dopo).toBe("campo dopo il file");
    expect(files[0]).toMatchObject({ error: "too_big", kind: "pdf", size: 3 * MB, bytes: null });
    // Hashed to the end all the same: the size and hash can go in the log.
    expect(files[0]!.sha256).toBe(sha256(pdf));
  });

  it("never holds a refused file in memory: 96 MB streamed through a 1 MB limit", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // V8 frees dead ArrayBuffers on a background thread: collect, and give it a moment, a few times.
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return process.memoryUsage().arrayBuffers;
    };
    const boundary = "----sportello-test-boundary";
    const chunk = 64 * 1024;
    const fileSize = 96 * MB;
    const hash = createHash("sha256");
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\ntoken-123\r\n--${boundary}\r\nContent-Disposition: form-data; name="planimetria"; filename="enorme.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nancora qui\r\n--${boundary}--\r\n`);
    let sent = 0;
    let pulls = 0;
    const baseline = await settle();
    let peak = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent === 0 && pulls === 0) controller.enqueue(new Uint8Array(head));
        if (sent >= fileSize) {
          controller.enqueue(new Uint8Array(tail));
          controller.close();
          return;
        }
        // A fresh buffer every time, as a socket gives: kept chunks would add up.
        const piece = sent === 0 ? bigPdf(chunk) : new Uint8Array(chunk).fill(sent & 0xff);
        hash.update(piece);
        sent += piece.length;
        controller.enqueue(piece);
        if (++pulls % 128 === 0) peak = Math.max(peak, (await settle()) - baseline);
      },
    });
    const request = new Request("http://localhost/x", {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    } as RequestInit);
    const result = await readUploads(request, attachmentLimits(SPECS, 100 * MB));
    const after = (await settle()) - baseline;
    expect(result.fields).toMatchObject({ csrf: "token-123", note: "ancora qui" });
    expect(result.files[0]).toMatchObject({ error: "too_big", size: fileSize, bytes: null, sha256: hash.digest("hex") });
    // The limit is 1 MB and the streams hold a few chunks; the bound is loose. Keeping the file would show 96 MB.
    expect(peak).toBeLessThan(16 * MB);
    expect(after).toBeLessThan(16 * MB);
  }, 60_000);

  it("refuses a renamed executable whatever its name and declared type", async () => {
    const { fields, files } = await readUploads(multipart([...TEXT, ["planimetria", { bytes: PE, filename: "ricevuta.pdf", type: "application/pdf" }]]), LIMITS);
    expectTextKept(fields);
    expect(files[0]).toMatchObject({ error: "executable", kind: null, mediaType: null, bytes: null, name: "ricevuta.pdf", sha256: sha256(PE) });
    // Also where images are accepted, and with the extension hidden by a right-to-left override.
    const second = await readUploads(multipart([["foto", { bytes: PE, filename: "foto\u202Egnp.exe", type: "image/png" }]]), LIMITS);
    expect(second.files[0]).toMatchObject({ error: "executable", name: "fotognp.exe" });
  });

  it("refuses HTML or SVG with a script, even named .png", async () => {
    const svg = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/gestione")</script></svg>');
    const { files } = await readUploads(multipart([["foto", { bytes: svg, filename: "foto.png", type: "image/png" }]]), LIMITS);
    expect(files[0]).toMatchObject({ error: "executable", bytes: null });
  });

  it("refuses an accepted kind in a field that does not take it, and text that is no document", async () => {
    const { fields, files } = await readUploads(
      multipart([
        ...TEXT,
        ["planimetria", { bytes: PNG, filename: "planimetria.pdf", type: "application/pdf" }],
        ["foto", { bytes: bytes("Gentile ufficio, ecco la foto"), filename: "foto.jpg", type: "image/jpeg" }],
      ]),
      LIMITS,
    );
    expectTextKept(fields);
    expect(files[0]).toMatchObject({ field: "planimetria", error: "bad_type", kind: "png", mediaType: "image/png", bytes: null, name: "planimetria.png" });
    expect(files[1]).toMatchObject({ field: "foto", error: "bad_type", kind: null, mediaType: null, bytes: null, name: "foto.jpg" });
  });

  it("refuses files beyond the number a field takes, counting only the accepted ones", async () => {
    const { fields, files } = await readUploads(
      multipart([
        ...TEXT,
        ["foto", { bytes: PDF, filename: "sbagliato.pdf" }],
        ["foto", { bytes: PNG, filename: "uno.png" }],
        ["foto", { bytes: PNG, filename: "due.png" }],
        ["foto", { bytes: PNG, filename: "tre.png" }],
        ["planimetria", { bytes: PDF, filename: "a.pdf" }],
        ["planimetria", { bytes: PDF, filename: "b.pdf" }],
      ]),
      LIMITS,
    );
    expectTextKept(fields);
    expect(files.map((f) => [f.name, f.error])).toEqual([
      ["sbagliato.pdf", "bad_type"],
      ["uno.png", null],
      ["due.png", null],
      ["tre.png", "too_many"],
      ["a.pdf", null],
      ["b.pdf", "too_many"],
    ]);
    expect(files[3]!.bytes).toBeNull();
  });

  it("refuses an empty file, and takes a file input left empty as no file", async () => {
    const { fields, files } = await readUploads(multipart([...TEXT, ["planimetria", { bytes: new Uint8Array(), filename: "vuoto.pdf" }], ["foto", { bytes: new Uint8Array(), filename: "" }]]), LIMITS);
    expectTextKept(fields);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ field: "planimetria", error: "empty", size: 0, bytes: null, sha256: sha256(new Uint8Array()) });
  });

  it("takes a browser's empty file input (filename=\"\") as no file", async () => {
    const boundary = "b0undary";
    const raw = [
      `--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\ntoken-123\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="planimetria"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`,
      `--${boundary}--\r\n`,
    ].join("");
    const request = new Request("http://localhost/x", { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body: raw });
    const { fields, files } = await readUploads(request, LIMITS);
    expect(fields.csrf).toBe("token-123");
    expect(files).toEqual([]);
  });

  it("ignores a file sent in a field that takes none, without keeping it", async () => {
    const { fields, files } = await readUploads(multipart([...TEXT, ["note2", { bytes: PDF, filename: "x.pdf" }]]), LIMITS);
    expectTextKept(fields);
    expect(files).toEqual([]);
    expect(fields.note2).toBeUndefined();
  });

  it("stops at the total limit with a typed error that keeps the text fields read before it", async () => {
    const limits: UploadLimits = { ...attachmentLimits(SPECS, 2 * MB) };
    const error = await rejection(readUploads(multipart([...TEXT, ["planimetria", { bytes: bigPdf(3 * MB), filename: "enorme.pdf" }], ["dopo", "non arriva"]]), limits));
    expect(error.reason).toBe("total_too_big");
    expect(error.status).toBe(413);
    expectTextKept(error.fields);
    expect(error.fields.dopo).toBeUndefined();
  });

  it("caps each text field and the number of text fields", async () => {
    const long = await rejection(readUploads(multipart([...TEXT, ["note_lunga", "x".repeat(100 * 1024 + 1)]]), LIMITS));
    expect(long.reason).toBe("field_too_big");
    expect(long.status).toBe(413);
    expectTextKept(long.fields);
    const fine = await readUploads(multipart([["note_lunga", "è".repeat(50 * 1024)]]), LIMITS);
    expect(fine.fields.note_lunga).toHaveLength(50 * 1024);

    const many = await rejection(readUploads(multipart([...TEXT, ...Array.from({ length: 10 }, (_, i): Entry => [`f${i}`, "v"])]), { ...LIMITS, maxFields: 5 }));
    expect(many.reason).toBe("too_many_fields");
    expect(many.status).toBe(400);
    expectTextKept(many.fields);
  });

  it("collects repeated fields as lists and treats any name as plain data", async () => {
    const { fields } = await readUploads(multipart([["servizi", "1"], ["servizi", "2"], ["__proto__", "x"], ["constructor", "y"], ["città", "Seregno"]]), LIMITS);
    expect(fields.servizi).toEqual(["1", "2"]);
    expect(fields.__proto__).toBe("x");
    expect(fields.constructor).toBe("y");
    expect(fields["città"]).toBe("Seregno");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(formDataOf(fields).getAll("servizi")).toEqual(["1", "2"]);
  });

  it("reads a form without files (url-encoded) under the same limits", async () => {
    const body = new URLSearchParams([["csrf", "token-123"], ["servizi", "1"], ["servizi", "2"]]);
    const { fields, files } = await readUploads(new Request("http://localhost/x", { method: "POST", body }), LIMITS);
    expect(fields).toEqual({ csrf: "token-123", servizi: ["1", "2"] });
    expect(files).toEqual([]);
    const big = new URLSearchParams([["note", "x".repeat(3 * MB)]]);
    const error = await rejection(readUploads(new Request("http://localhost/x", { method: "POST", body: big }), { ...LIMITS, maxTotalBytes: 1 * MB }));
    expect(error.reason).toBe("total_too_big");
  });

  it("answers a typed 400 for a body that is not valid multipart", async () => {
    const request = new Request("http://localhost/x", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=xyz" }, body: "--xyz\r\nnot a header\r\n\r\nciao\r\n--xyz--\r\n" });
    const error = await rejection(readUploads(request, LIMITS));
    expect(error.reason).toBe("malformed");
    expect(error.status).toBe(400);
  });

  it("cannot read a file name containing ; or = (a limit of Remix's multipart parser): a typed 400, not a crash", async () => {
    const error = await rejection(readUploads(multipart([...TEXT, ["planimetria", { bytes: PDF, filename: "verbale; copia=2.pdf" }]]), LIMITS));
    expect(error.reason).toBe("malformed");
    expectTextKept(error.fields);
  });
});
