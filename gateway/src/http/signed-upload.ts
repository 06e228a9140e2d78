import { bearerToken, type TokenVerifier } from "@sigma/kit/auth/token";
import { hasContentType, readBytes, refuseTooLarge, sendRefusal } from "@sigma/kit/http/binary-body";
import type { RequestHandler } from "@sigma/kit/http/graphql-handler";
import { errorFields, logger } from "@sigma/kit/logging/logger";

/** The public path of the signed-PDF upload (the finance subgraph's own path stays on loopback). */
export const SIGNED_UPLOAD_PATH = "/televersements/facture-signee";

export interface SignedUploadOptions {
  /** Finance's binary endpoint, e.g. http://127.0.0.1:4003/fichiers/facture-signee. */
  target: string;
  /** Largest body accepted (MAX_UPLOAD_BYTES, default 5 MB; finance applies FINANCE_PDF_MAX_OCTETS again). */
  maxBytes: number;
  verifier: TokenVerifier;
  timeoutMs?: number;
}

/**
 * `POST /televersements/facture-signee?factureId=…&nomFichier=…`, body = the PDF's bytes,
 * `Content-Type: application/pdf`, `Authorization: Bearer …`. The GraphQL endpoint keeps its
 * 100 kB body limit; this one alone takes a few MB, refused early and in French:
 * no token (401), another type (415), a declared or actual size over the limit (413, before
 * or as soon as it is exceeded, nothing kept). The rest — the invoice is the caller's, its
 * state, the naming rule, a real PDF, no compressed-stream bomb — is finance's, which verifies
 * the forwarded token again (zero trust) and answers with the same codes and messages as
 * the `deposerFactureSignee` mutation; its answer is passed on as is.
 */
export function signedUpload(options: SignedUploadOptions): RequestHandler {
  const mo = (options.maxBytes / 1_000_000).toLocaleString("fr-FR");
  return async (req, res) => {
    if (req.method !== "POST") return sendRefusal(res, "METHOD_NOT_ALLOWED", "Le fichier se dépose par une requête POST.", { allow: "POST, OPTIONS" });
    const token = bearerToken(req.headers.authorization);
    if (!token || !(await options.verifier.verify(token))) {
      return sendRefusal(res, "UNAUTHENTICATED", "Session invalide ou expirée : veuillez vous identifier de nouveau.");
    }
    if (!hasContentType(req, "application/pdf")) return sendRefusal(res, "UNSUPPORTED_MEDIA_TYPE", "Le fichier doit être envoyé au format PDF (type application/pdf).");
    const bytes = await readBytes(req, options.maxBytes);
    if (!bytes) return refuseTooLarge(req, res, `Le fichier dépasse la taille maximale de ${mo} Mo.`);
    const search = new URL(req.url ?? "/", "http://localhost").search;
    let response: Response;
    try {
      response = await fetch(`${options.target}${search}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/pdf", "x-request-id": String(req.headers["x-request-id"] ?? "") },
        body: bytes,
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      logger().warn(errorFields(error), "téléversement : finance injoignable");
      return sendRefusal(res, "SERVICE_UNAVAILABLE", "La facturation est momentanément indisponible : réessayez dans quelques instants.");
    }
    const text = await response.text();
    res.writeHead(response.status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
}
