import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import type { RequestContext } from "@sigma/kit/context/context";
import { forbidden } from "@sigma/kit/errors/errors";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import { In, type DataSource } from "typeorm";
import type { FinanceConfig } from "../config.js";
import { Facture } from "../facture/facture.entity.js";
import { nomAttendu } from "../facture/facture.naming.js";
import type { FactureService } from "../facture/facture.service.js";
import type { Document } from "../facture/facture.types.js";
import { StatutFacture } from "../facture/statut-facture.enum.js";
import type { FileStore } from "../fichier/file-store.js";
import { Paiement } from "../paiement/paiement.entity.js";
import { demandesPdf, type EtatDemandes } from "./demandes.pdf.js";
import type { DonneesFacture } from "./donnees-facture.js";
import { facturePdf } from "./facture.pdf.js";
import { facturX } from "./facturx.js";

const SUPPORTS = { AVANCE: "Avance", ACOMPTE: "CRE intermédiaire", SOLDE: "Solde" } as const;
const pdf = (nomFichier: string, bytes: Uint8Array): Document => ({ nomFichier, typeMime: "application/pdf", contenuBase64: Buffer.from(bytes).toString("base64") });

interface Instantane {
  action: { numero: string; intitule: string; numeroContrat: string };
  organisme: { raisonSociale: string; siret: string | null; adresse: string | null; codePostal: string | null; ville: string | null };
}

/** Printable documents: the invoice (to sign), its Factur-X, the signed file back, payment requests by status. */
export class EditionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: FinanceConfig,
    private readonly factures: FactureService,
    private readonly store: FileStore,
  ) {}

  private async donnees(ctx: RequestContext, caller: Caller, f: Facture): Promise<DonneesFacture> {
    const [lignes, sousTraitances] = await Promise.all([this.factures.lignes(ctx, caller, f.id), this.factures.sousTraitances(ctx, caller, f.id)]);
    const snap = JSON.parse(f.instantane ?? "null") as Instantane | null;
    return {
      numero: f.numero,
      type: f.type,
      support: SUPPORTS[f.type],
      rang: f.rang,
      periode: f.periode,
      moisDebut: f.moisDebut,
      moisFin: f.moisFin,
      dateEmission: f.dateEmission ?? parisDay(this.clock.now()),
      vendeur: snap?.organisme ?? { raisonSociale: "", siret: null, adresse: null, codePostal: null, ville: null },
      acheteur: this.config.region,
      numeroContrat: snap?.action.numeroContrat ?? "",
      action: { numero: snap?.action.numero ?? "", intitule: snap?.action.intitule ?? "" },
      lignes,
      mentionsSousTraitance: sousTraitances.map((s) => ({ sousTraitant: s.sousTraitant, montantHT: s.montantHT, mention: s.mention })),
      montantRealiseHT: f.montantRealiseHT,
      reportAuSolde: f.reportAuSolde,
      montantSousTraitance: f.montantSousTraitance,
      montantHT: f.montantHT,
      tauxTvaPointsDeBase: f.tauxTvaPointsDeBase,
      montantTVA: f.montantTVA,
      montantTTC: f.montantTTC,
      avanceRecuperee: f.avanceRecuperee,
      montantAPayer: f.montantAPayer,
      nomFichierAttendu: nomAttendu(f),
    };
  }

  async facture(ctx: RequestContext, caller: Caller, f: Facture): Promise<Document> {
    return pdf(nomAttendu(f), await facturePdf(await this.donnees(ctx, caller, f)));
  }

  async facturX(ctx: RequestContext, caller: Caller, f: Facture): Promise<Document> {
    const donnees = await this.donnees(ctx, caller, f);
    return pdf(`${f.numero}-factur-x.pdf`, await facturX(donnees, await facturePdf(donnees)));
  }

  signe(f: Facture): Document | null {
    const bytes = f.fichierSha256 ? this.store.get(f.fichierSha256) : null;
    return bytes ? pdf(f.fichierNom ?? `${f.numero}.pdf`, bytes) : null;
  }

  /** Seed 001 « Demandes de paiement »: en attente / validées (with payments) / rejetées (with reasons). */
  async demandes(caller: Caller, etat: EtatDemandes): Promise<Document> {
    if (caller.role === "CARIF") throw forbidden();
    const statuts = etat === "EN_ATTENTE" ? [StatutFacture.EMISE, StatutFacture.SIGNEE_DEPOSEE] : etat === "VALIDEES" ? [StatutFacture.VALIDEE, StatutFacture.PAYEE] : [StatutFacture.REJETEE];
    const scope = organismeScope(caller);
    const factures = await this.db.getRepository(Facture).find({ where: { statut: In(statuts), ...(scope === null ? {} : { organismeId: scope }) }, order: { id: "ASC" }, take: 2_000 });
    const paiements = factures.length ? await this.db.getRepository(Paiement).find({ where: { factureId: In(factures.map((f) => f.id)) }, order: { id: "ASC" } }) : [];
    const lignes = factures.map((f) => {
      const snap = JSON.parse(f.instantane ?? "null") as Instantane | null;
      const payes = paiements.filter((p) => p.factureId === f.id).map((p) => `${formatHundredthsFr(p.montant)} € le ${p.datePaiement.split("-").reverse().join("/")} (${p.reference})`);
      return {
        organisme: snap?.organisme.raisonSociale ?? String(f.organismeId),
        action: snap?.action.numero ?? String(f.actionId),
        numero: f.numero,
        support: SUPPORTS[f.type],
        periode: f.periode ?? "-",
        dateEmission: f.dateEmission,
        montantHT: f.montantHT,
        montantTTC: f.montantTTC,
        montantAPayer: f.montantAPayer,
        detail: etat === "REJETEES" ? (f.motifRejet ?? "") : etat === "VALIDEES" ? payes.join(" ; ") || "non payée" : "",
      };
    });
    const nom = { EN_ATTENTE: "demandes-en-attente", VALIDEES: "demandes-validees", REJETEES: "demandes-rejetees" }[etat];
    return pdf(`${nom}.pdf`, await demandesPdf(etat, lignes, parisDay(this.clock.now())));
  }
}
