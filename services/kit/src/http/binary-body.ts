import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./graphql-handler.js";

/** HTTP status of each refusal code on the binary (non-GraphQL) endpoints; the body carries code and French message as GraphQL errors do. */
const STATUTS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SERVICE_UNAVAILABLE: 503,
};

export const isHttpRefusalCode = (code: unknown): code is string => typeof code === "string" && code in STATUTS;

/** `{ errors: [{ message, extensions: { code } }] }` with the code's HTTP status. */
export function sendRefusal(res: ServerResponse, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  sendJson(res, STATUTS[code] ?? 400, { errors: [{ message, extensions: { code } }] });
}

/** True when the declared content type is `type` (parameters allowed). */
export function hasContentType(req: IncomingMessage, type: string): boolean {
  const declared = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return declared === type;
}

/**
 * Reads a binary body of at most `maxBytes`. A larger declared Content-Length is refused
 * before a byte is read; a body that grows past the limit as soon as it does. Null then.
 */
export async function readBytes(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Refuses an oversized body at once (413). What the client still sends is read and discarded
 * as it comes (never kept), so that a client still writing receives the answer rather than a
 * reset connection; the connection is cut after `graceMs` if the body has not ended by then.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse, message: string, graceMs = 3_000): void {
  sendRefusal(res, "PAYLOAD_TOO_LARGE", message);
  req.resume();
  if (!req.complete) {
    const timer = setTimeout(() => req.destroy(), graceMs);
    timer.unref();
    req.once("end", () => clearTimeout(timer));
  }
}
