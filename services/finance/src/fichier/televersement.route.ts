import { bearerToken, type TokenVerifier } from "@sigma/kit/auth/token";
import { hasContentType, isHttpRefusalCode, readBytes, refuseTooLarge, sendRefusal } from "@sigma/kit/http/binary-body";
import { sendJson, type RequestHandler } from "@sigma/kit/http/graphql-handler";
import { idOf } from "@sigma/kit/ids/ids";
import { errorFields, logger } from "@sigma/kit/logging/logger";
import { GraphQLError } from "graphql";
import { tropGros, type DepotService } from "../facture/depot.service.js";
import type { Facture } from "../facture/facture.entity.js";

/** Finance's own path of the binary upload; the gateway forwards `/televersements/facture-signee` here. */
export const CHEMIN_DEPOT = "/fichiers/facture-signee";

export const MESSAGE_TYPE = "Le fichier doit être envoyé au format PDF (type application/pdf).";

/**
 * `POST /fichiers/facture-signee?factureId=…&nomFichier=…` with the PDF's bytes as the body
 * (`Content-Type: application/pdf`) and the caller's bearer token: the same checks and
 * storage as the `deposerFactureSignee` mutation (DepotService.deposerOctets), without base64.
 * Answers `{ data: { …facture } }` or `{ errors: [{ message, extensions: { code } }] }`.
 */
export function routeDepot(depots: DepotService, verifier: TokenVerifier, max: number): RequestHandler {
  return async (req, res) => {
    if (req.method !== "POST") return sendRefusal(res, "METHOD_NOT_ALLOWED", "Le fichier se dépose par une requête POST.", { allow: "POST" });
    const token = bearerToken(req.headers.authorization);
    const caller = token ? await verifier.verify(token) : null;
    if (!caller) return sendRefusal(res, "UNAUTHENTICATED", "Session invalide ou expirée : veuillez vous identifier de nouveau.");
    if (!hasContentType(req, "application/pdf")) return sendRefusal(res, "UNSUPPORTED_MEDIA_TYPE", MESSAGE_TYPE);
    const octets = await readBytes(req, max);
    if (!octets) return refuseTooLarge(req, res, tropGros(max).message);
    const query = new URL(req.url ?? "/", "http://localhost").searchParams;
    try {
      const facture = await depots.deposerOctets(caller, { factureId: idOf(query.get("factureId") ?? ""), nomFichier: query.get("nomFichier") ?? "", octets });
      sendJson(res, 200, { data: vue(facture) });
    } catch (error) {
      if (error instanceof GraphQLError && isHttpRefusalCode(error.extensions.code)) return sendRefusal(res, error.extensions.code, error.message);
      logger().error(errorFields(error), "dépôt de facture signée : erreur");
      sendJson(res, 500, { errors: [{ message: "Erreur interne.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    }
  };
}

function vue(f: Facture) {
  return {
    id: String(f.id),
    numero: f.numero,
    statut: f.statut,
    verrouillee: true,
    fichierSigne: { nom: f.fichierNom, taille: f.fichierTaille, sha256: f.fichierSha256, signature: f.fichierSignature, dateDepot: f.dateDepot },
  };
}
