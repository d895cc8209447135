/**
 * Reading a form that carries files, as it streams in. Nothing is written to disk (the app instances
 * share only the database), and nothing beyond the limits is kept in memory: each file is hashed and
 * counted chunk by chunk, its first bytes decide what it is, and a file over its limit is read to the
 * end only to move on to the next part, without keeping it.
 *
 * The result says, file by file, what was wrong, so the page can refuse one attachment with a clear
 * message and keep everything else the citizen typed.
 */
import { createHash } from "node:crypto";
import { unstable_parseMultipartFormData, type UploadHandlerPart } from "@remix-run/node";
import { sanitizeFileName } from "~/domain/file-name";
import { type FileKind, looksExecutable, mediaTypeOf, SNIFF_BYTES, sniffFileKind } from "~/domain/file-type";
import type { AttachmentSpec } from "~/forms/types";

export type UploadError = "too_big" | "bad_type" | "executable" | "empty" | "too_many";

export interface UploadedFile {
  /** The form field (the attachment spec's name). */
  field: string;
  /** As the browser sent it, only for logs and messages: show `name` instead. */
  originalName: string;
  /** Safe to show and to download with (app/domain/file-name.ts). */
  name: string;
  /** From the content; null when it is none of the accepted kinds (or an executable). */
  kind: FileKind | null;
  mediaType: string | null;
  /** Every byte received, also for a file refused as too big. */
  size: number;
  /** Hex SHA-256 of every byte received. */
  sha256: string;
  /** Only for an accepted file (error null); a refused file's bytes are never kept. */
  bytes: Uint8Array | null;
  error: UploadError | null;
}

export type UploadFields = Record<string, string | string[]>;

export interface UploadResult {
  fields: UploadFields;
  files: UploadedFile[];
}

/** What one field accepts: the same shape as a form's AttachmentSpec, which can be passed as it is. */
export type FieldUploadRule = Pick<AttachmentSpec, "accept" | "maxBytes" | "maxFiles">;

export interface UploadLimits {
  /** The rule for a field that takes files, or null for a field that must not carry one. */
  acceptFor(field: string): FieldUploadRule | null;
  /** The whole request body, files and framing included. */
  maxTotalBytes: number;
  /** Each text field (defaults to 100 kB). */
  maxFieldBytes?: number;
  /** Text fields in one request (defaults to 1000). */
  maxFields?: number;
}

export const DEFAULT_MAX_TOTAL_BYTES = 25 * 1024 * 1024;
export const DEFAULT_MAX_FIELD_BYTES = 100 * 1024;
export const DEFAULT_MAX_FIELDS = 1000;

/** Limits for a form's attachments page: each spec's field takes its files, every other field none. */
export function attachmentLimits(specs: readonly AttachmentSpec[], maxTotalBytes = DEFAULT_MAX_TOTAL_BYTES): UploadLimits {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  return { acceptFor: (field) => byName.get(field) ?? null, maxTotalBytes };
}

/**
 * Why the request as a whole was not read: "total_too_big" and "field_too_big" are a 413 page,
 * "too_many_fields" and "malformed" (a body that is not valid multipart, which a browser never sends)
 * a 400.
 */
export type UploadRejection = "total_too_big" | "field_too_big" | "too_many_fields" | "malformed";

/**
 * Thrown instead of a result when the request cannot be read to the end. `fields` holds the text
 * fields read before the limit (browsers send the parts in the order of the form), so the page can
 * check the CSRF token and keep what was typed.
 */
export class UploadRejectedError extends Error {
  constructor(
    readonly reason: UploadRejection,
    readonly fields: UploadFields,
    options?: { cause?: unknown },
  ) {
    super(`upload refused: ${reason}`, options);
    this.name = "UploadRejectedError";
  }

  get status(): 400 | 413 {
    return this.reason === "total_too_big" || this.reason === "field_too_big" ? 413 : 400;
  }
}

/** The text fields as FormData, for helpers that take one (requireCsrf). */
export function formDataOf(fields: UploadFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  return form;
}

/** Counts the raw body and errors the stream past the limit, so no part of the request reads beyond it. */
function capBody(body: ReadableStream<Uint8Array>, max: number, state: { exceeded: boolean }): ReadableStream<Uint8Array> {
  let total = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > max) {
          state.exceeded = true;
          controller.error(new Error("request body over the limit"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

function withBody(request: Request, body: ReadableStream<Uint8Array>): Request {
  // `duplex` is required by Node's fetch for a streamed body and missing from the DOM typings.
  return new Request(request.url, { method: request.method, headers: request.headers, body, duplex: "half" } as RequestInit);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The multipart parser's own complaints (and what its header decoding throws on bad input). */
function isMalformed(error: unknown): boolean {
  if (error instanceof URIError || error instanceof RangeError) return true;
  return error instanceof Error && /malformed|could not parse/i.test(error.message);
}

class Fields {
  // No prototype: a field called "__proto__" or "constructor" is just a field.
  readonly values: UploadFields = Object.create(null) as UploadFields;
  count = 0;

  add(name: string, value: string): void {
    const existing = this.values[name];
    if (existing === undefined) this.values[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else this.values[name] = [existing, value];
    this.count++;
  }
}

/** Thrown from the part handler to stop the parser; turned into an UploadRejectedError outside. */
class StopReading extends Error {
  constructor(readonly reason: UploadRejection) {
    super(reason);
  }
}

async function readTextPart(part: UploadHandlerPart, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of part.data) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new StopReading("field_too_big");
    chunks.push(chunk);
  }
  return new TextDecoder().decode(concat(chunks, size));
}

async function drain(part: UploadHandlerPart): Promise<void> {
  // The parser keeps whatever the handler leaves unread of a part, so a part we ignore is still read.
  for await (const _chunk of part.data);
}

/** One file part, read to the end; null when no file was chosen (an empty file input sends an empty, nameless part). */
async function readFilePart(part: UploadHandlerPart, rule: FieldUploadRule): Promise<UploadedFile | null> {
  const hash = createHash("sha256");
  const head = new Uint8Array(SNIFF_BYTES);
  let headLength = 0;
  let size = 0;
  let kept: Uint8Array[] | null = [];
  for await (const chunk of part.data) {
    hash.update(chunk);
    size += chunk.byteLength;
    if (headLength < SNIFF_BYTES) {
      const take = chunk.subarray(0, SNIFF_BYTES - headLength);
      head.set(take, headLength);
      headLength += take.byteLength;
    }
    if (kept !== null) {
      // Memory must not grow with what a client chooses to send: past the limit even the kept part goes.
      if (size > rule.maxBytes) kept = null;
      else kept.push(chunk);
    }
  }
  const originalName = part.filename ?? "";
  if (size === 0 && originalName === "") return null;

  const first = head.subarray(0, headLength);
  const executable = size > 0 && looksExecutable(first);
  const kind = executable ? null : sniffFileKind(first);
  const error: UploadError | null =
    size === 0 ? "empty" : executable ? "executable" : kind === null || !rule.accept.includes(kind) ? "bad_type" : size > rule.maxBytes ? "too_big" : null;
  return {
    field: part.name,
    originalName,
    name: sanitizeFileName(originalName, kind),
    kind,
    mediaType: kind === null ? null : mediaTypeOf(kind),
    size,
    sha256: hash.digest("hex"),
    bytes: error === null && kept !== null ? concat(kept, size) : null,
    error,
  };
}

/**
 * Reads a POST body: multipart/form-data as a stream with the limits above, anything else (a form
 * without files) through `formData()` under the same total limit. Throws UploadRejectedError when the
 * request as a whole breaks a limit; a file that breaks its own limits is returned with its error.
 */
export async function readUploads(request: Request, limits: UploadLimits): Promise<UploadResult> {
  const maxFieldBytes = limits.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES;
  const maxFields = limits.maxFields ?? DEFAULT_MAX_FIELDS;
  const fields = new Fields();
  const files: UploadedFile[] = [];
  const body = { exceeded: false };
  const contentType = request.headers.get("content-type") ?? "";

  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    if (!request.body) return { fields: fields.values, files };
    let form: FormData;
    try {
      form = await withBody(request, capBody(request.body, limits.maxTotalBytes, body)).formData();
    } catch (error) {
      if (body.exceeded) throw new UploadRejectedError("total_too_big", fields.values, { cause: error });
      throw new UploadRejectedError("malformed", fields.values, { cause: error });
    }
    for (const [name, value] of form) {
      // A body that is not multipart cannot carry files; anything else is not a text field either.
      if (typeof value !== "string") continue;
      if (Buffer.byteLength(value, "utf8") > maxFieldBytes) throw new UploadRejectedError("field_too_big", fields.values);
      if (fields.count >= maxFields) throw new UploadRejectedError("too_many_fields", fields.values);
      fields.add(name, value);
    }
    return { fields: fields.values, files };
  }

  if (!request.body) throw new UploadRejectedError("malformed", fields.values);
  const acceptedPerField = new Map<string, number>();
  const handler = async (part: UploadHandlerPart): Promise<null> => {
    const rule = limits.acceptFor(part.name);
    // A file input always sends a Content-Type; a text field sends none (and never a filename).
    const isFile = part.filename !== undefined || (rule !== null && Boolean(part.contentType));
    if (!isFile) {
      if (fields.count >= maxFields) throw new StopReading("too_many_fields");
      fields.add(part.name, await readTextPart(part, maxFieldBytes));
      return null;
    }
    if (rule === null) {
      // No page offers a file input here: a crafted request. The bytes are not wanted.
      await drain(part);
      return null;
    }
    const file = await readFilePart(part, rule);
    if (file === null) return null;
    if (file.error === null) {
      // Only accepted files count, so a wrong file followed by the right one still gets the right one in.
      const accepted = acceptedPerField.get(file.field) ?? 0;
      if (accepted >= (rule.maxFiles ?? 1)) {
        file.error = "too_many";
        file.bytes = null;
      } else {
        acceptedPerField.set(file.field, accepted + 1);
      }
    }
    files.push(file);
    return null;
  };

  try {
    await unstable_parseMultipartFormData(withBody(request, capBody(request.body, limits.maxTotalBytes, body)), handler);
  } catch (error) {
    if (body.exceeded) throw new UploadRejectedError("total_too_big", fields.values, { cause: error });
    if (error instanceof StopReading) throw new UploadRejectedError(error.reason, fields.values);
    if (isMalformed(error)) throw new UploadRejectedError("malformed", fields.values, { cause: error });
    throw error;
  }
  return { fields: fields.values, files };
}
