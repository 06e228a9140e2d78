import { request } from "node:http";

export interface Reponse {
  status: number;
  body: any;
  /** Milliseconds from the first byte sent to the whole answer. */
  ms: number;
}

/** The gateway's binary upload endpoint, as the facturation screen calls it. */
export function urlDepot(gatewayUrl: string, factureId: string, nomFichier: string): string {
  const url = new URL(gatewayUrl.replace(/\/graphql$/, "/televersements/facture-signee"));
  url.searchParams.set("factureId", factureId);
  url.searchParams.set("nomFichier", nomFichier);
  return url.toString();
}

/** Uploads `contenu` to the gateway as a browser's fetch would (raw body, a content type). */
export async function deposerFichier(gatewayUrl: string, headers: Record<string, string>, factureId: string, nomFichier: string, contenu: Buffer, type = "application/pdf"): Promise<Reponse> {
  const debut = Date.now();
  const response = await fetch(urlDepot(gatewayUrl, factureId, nomFichier), { method: "POST", headers: { ...headers, "content-type": type }, body: contenu });
  return { status: response.status, body: await response.json(), ms: Date.now() - debut };
}

/**
 * Sends a body of `taille` bytes in 64 kB chunks without waiting (a client that does not care
 * about limits), optionally without Content-Length (chunked), and resolves with the answer as
 * soon as it comes — the server may answer and close before the body is sent.
 */
export function envoyerGros(gatewayUrl: string, headers: Record<string, string>, factureId: string, nomFichier: string, taille: number, declarer = true): Promise<Reponse & { envoye: number }> {
  const debut = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(urlDepot(gatewayUrl, factureId, nomFichier), {
      method: "POST",
      headers: { ...headers, "content-type": "application/pdf", ...(declarer ? { "content-length": String(taille) } : {}) },
    });
    let envoye = 0;
    const chunk = Buffer.alloc(65_536, 0x20);
    chunk.write("%PDF-1.7\n");
    let fini = false;
    const pousser = () => {
      while (!fini && envoye < taille) {
        const part = chunk.subarray(0, Math.min(chunk.length, taille - envoye));
        envoye += part.length;
        if (!req.write(part)) return void req.once("drain", pousser);
      }
      if (!fini) req.end();
    };
    req.on("response", (res) => {
      const parts: Buffer[] = [];
      res.on("data", (d: Buffer) => parts.push(d));
      res.on("end", () => {
        fini = true;
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(parts).toString("utf8")), ms: Date.now() - debut, envoye });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!fini) reject(error);
    });
    pousser();
  });
}
