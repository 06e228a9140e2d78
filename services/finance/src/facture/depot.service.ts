import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, conflict, forbidden, notFound } from "@sigma/kit/errors/errors";
import type { DataSource } from "typeorm";
import type { FinanceConfig } from "../config.js";
import type { FileStore } from "../fichier/file-store.js";
import { fluxDemesure, inspecterPdf } from "../fichier/pdf-inspection.js";
import { nomFichierConforme } from "../rules/file-name.js";
import { nomAttendu } from "./facture.naming.js";
import { Facture } from "./facture.entity.js";
import { StatutFacture } from "./statut-facture.enum.js";
import { transition } from "./transition.js";

export interface DepotFichier {
  factureId: number;
  nomFichier: string;
  contenuBase64: string;
}

export interface DepotOctets {
  factureId: number;
  nomFichier: string;
  octets: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * « Ajouter une facture signée »: the OF uploads the signed PDF of an invoice that is émise
 * (or rejetée: a rejection reopens it). Checked in this order: size, name (seed 000's rule,
 * in capitals), content (a real PDF). Once deposited the invoice is locked: only a Région
 * rejection reopens it.
 */
export class DepotService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: FinanceConfig,
    private readonly store: FileStore,
  ) {}

  /** The GraphQL path: the PDF as base64 (small files; the gateway's body limit applies). */
  async deposer(caller: Caller, depot: DepotFichier): Promise<Facture> {
    if (caller.role !== "ORGANISME") throw forbidden("Seul l'organisme de formation dépose la facture signée.");
    return this.deposerOctets(caller, { factureId: depot.factureId, nomFichier: depot.nomFichier, octets: this.decoder(depot.contenuBase64) });
  }

  /**
   * The checks of every upload, whatever its transport (base64 in GraphQL, or the binary
   * endpoint behind the gateway's `/televersements/facture-signee`): role, the caller's
   * invoice, not locked, size, name, a compressed stream that would inflate beyond
   * `pdfMaxDecompresse` (a « zip bomb »), a real PDF. Only then is the file stored.
   */
  async deposerOctets(caller: Caller, depot: DepotOctets): Promise<Facture> {
    if (caller.role !== "ORGANISME") throw forbidden("Seul l'organisme de formation dépose la facture signée.");
    const scope = organismeScope(caller);
    const facture = await this.db.getRepository(Facture).findOneBy({ id: depot.factureId, ...(scope === null ? {} : { organismeId: scope }) });
    if (!facture) throw notFound("Facture introuvable.");
    if (facture.statut !== StatutFacture.EMISE && facture.statut !== StatutFacture.REJETEE) throw verrouillee(facture);
    const bytes = depot.octets;
    if (bytes.length > this.config.pdfMaxOctets) throw tropGros(this.config.pdfMaxOctets);
    if (bytes.length === 0) throw badInput("Le fichier déposé est vide.", "contenuBase64");
    const attendu = nomAttendu(facture);
    if (!nomFichierConforme(depot.nomFichier, attendu)) {
      throw badInput(`Le fichier doit être nommé en majuscules selon la règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE : « ${attendu} » (fichier reçu : « ${depot.nomFichier.slice(0, 200)} »).`, "nomFichier");
    }
    if (fluxDemesure(bytes, this.config.pdfMaxDecompresse)) {
      throw badInput(
        `Le fichier déposé contient un flux compressé qui dépasse ${(this.config.pdfMaxDecompresse / 1_000_000).toLocaleString("fr-FR")} Mo une fois décompressé : il est refusé. Déposez la facture signée telle que votre logiciel l'a produite.`,
        "contenuBase64",
      );
    }
    const inspection = await inspecterPdf(bytes, this.config.pdfMaxDecompresse);
    if (!inspection) throw badInput("Le fichier déposé n'est pas un PDF valide : déposez la facture signée au format PDF.", "contenuBase64");
    const { sha256, taille } = this.store.put(bytes);
    return inTransaction(this.db, async (tx) => {
      const current = await tx.getRepository(Facture).findOneByOrFail({ id: facture.id });
      if (current.statut !== StatutFacture.EMISE && current.statut !== StatutFacture.REJETEE) throw verrouillee(current);
      return transition(tx, caller, this.clock, current, "dépôt de la facture signée", {
        statut: StatutFacture.SIGNEE_DEPOSEE,
        fichierSha256: sha256,
        fichierNom: depot.nomFichier.trim(),
        fichierTaille: taille,
        fichierSignature: inspection.signature,
        dateDepot: parisDay(this.clock.now()),
        motifRejet: null,
      });
    });
  }

  /** Base64 of at most `pdfMaxOctets` bytes, refused before decoding anything larger. */
  private decoder(base64: string): Buffer {
    const max = this.config.pdfMaxOctets;
    if (base64.length > Math.ceil(max / 3) * 4 + 4) throw tropGros(max);
    const clean = base64.replace(/\s+/g, "");
    if (!BASE64.test(clean) || clean.length % 4 === 1) throw badInput("Le contenu du fichier doit être encodé en base64.", "contenuBase64");
    const bytes = Buffer.from(clean, "base64");
    if (bytes.length > max) throw tropGros(max);
    return bytes;
  }
}

/** The French refusal of a file above `max` bytes (also sent by the gateway's upload endpoint). */
export const tropGros = (max: number) => badInput(`Le fichier dépasse la taille maximale de ${(max / 1_000_000).toLocaleString("fr-FR")} Mo.`, "contenuBase64");

function verrouillee(facture: Facture): Error {
  return conflict(
    `La facture ${facture.numero} ne peut plus être modifiée (statut : ${LIBELLES[facture.statut]}). En cas d'erreur, rapprochez-vous de la Région afin qu'elle rejette la facture.`,
  );
}

export const LIBELLES: Record<StatutFacture, string> = {
  A_EMETTRE: "à émettre",
  EMISE: "émise",
  SIGNEE_DEPOSEE: "signée déposée",
  VALIDEE: "validée",
  REJETEE: "rejetée",
  PAYEE: "payée",
};
