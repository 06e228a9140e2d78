import type { Caller } from "@sigma/kit/auth/caller";
import { parisDay, type Clock } from "@sigma/kit/clock/clock";
import { inTransaction, isUniqueViolation } from "@sigma/kit/db/transaction";
import { badInput, conflict, forbidden, notFound } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { formatHundredthsFr } from "@sigma/kit/money/decimal";
import type { DataSource, EntityManager } from "typeorm";
import { Paiement } from "../paiement/paiement.entity.js";
import { sum } from "../rules/arithmetic.js";
import { LIBELLES } from "./depot.service.js";
import { Facture } from "./facture.entity.js";
import { StatutFacture } from "./statut-facture.enum.js";
import { transition } from "./transition.js";

export interface SaisiePaiement {
  factureId: number;
  date: string;
  montant: number;
  reference: string;
}

const ddmmyyyy = (date: string) => date.split("-").reverse().join("/");

/**
 * The Région's side (seed 001 § 3.6.1.3): it validates or rejects (with a reason) the invoices
 * deposited, and records payments. A rejection reopens the invoice for a new signed upload.
 * Only REGION accounts decide; the OF reads every decision on the graph at once.
 */
export class DecisionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  valider(caller: Caller, factureId: number): Promise<Facture> {
    return this.decider(caller, factureId, "valider", async (tx, facture) => {
      if (facture.statut !== StatutFacture.SIGNEE_DEPOSEE) {
        throw conflict(`Seule une facture signée déposée peut être validée (facture ${facture.numero} : ${LIBELLES[facture.statut]}).`);
      }
      // Nothing to pay (the advance recovered it all): validated and settled at once.
      const statut = facture.montantAPayer === 0 ? StatutFacture.PAYEE : StatutFacture.VALIDEE;
      return transition(tx, caller, this.clock, facture, "validation Région", { statut, dateDecision: parisDay(this.clock.now()) });
    });
  }

  rejeter(caller: Caller, factureId: number, motif: string): Promise<Facture> {
    exigerRegion(caller, "rejeter");
    const raison = motif.trim();
    if (raison.length < 3 || raison.length > 500) throw badInput("Indiquez le motif du rejet (3 à 500 caractères).", "motif");
    return this.decider(caller, factureId, "rejeter", async (tx, facture) => {
      if (facture.statut !== StatutFacture.SIGNEE_DEPOSEE && facture.statut !== StatutFacture.EMISE) {
        throw conflict(`La facture ${facture.numero} ne peut pas être rejetée : elle est ${LIBELLES[facture.statut]}.`);
      }
      return transition(tx, caller, this.clock, facture, "rejet Région", { statut: StatutFacture.REJETEE, motifRejet: raison, dateDecision: parisDay(this.clock.now()) });
    });
  }

  async payer(caller: Caller, saisie: SaisiePaiement): Promise<Facture> {
    exigerRegion(caller, "enregistrer un paiement sur");
    const reference = saisie.reference.trim();
    if (reference.length < 1 || reference.length > 60) throw badInput("Indiquez la référence du paiement (60 caractères au plus).", "reference");
    if (saisie.montant <= 0) throw badInput("Le montant du paiement doit être positif.", "montant");
    const today = parisDay(this.clock.now());
    if (saisie.date > today) throw badInput(`La date de paiement (${ddmmyyyy(saisie.date)}) ne peut pas être postérieure à aujourd'hui (${ddmmyyyy(today)}).`, "date");
    try {
      return await this.decider(caller, saisie.factureId, "enregistrer un paiement sur", async (tx, facture) => {
        if (facture.statut !== StatutFacture.VALIDEE) throw conflict(`Un paiement ne s'enregistre que sur une facture validée (facture ${facture.numero} : ${LIBELLES[facture.statut]}).`);
        const deja = sum((await tx.getRepository(Paiement).findBy({ factureId: facture.id })).map((p) => p.montant));
        const reste = facture.montantAPayer - deja;
        if (saisie.montant > reste) throw badInput(`Le paiement (${formatHundredthsFr(saisie.montant)} €) dépasse le reste à payer (${formatHundredthsFr(reste)} €).`, "montant");
        await tx.getRepository(Paiement).insert({ factureId: facture.id, organismeId: facture.organismeId, datePaiement: saisie.date, montant: saisie.montant, reference });
        await recordHistory(tx, caller, this.clock, { objetType: "Facture", objetId: facture.id, action: "paiement", organismeId: facture.organismeId, apres: { date: saisie.date, montant: saisie.montant, reference } });
        if (saisie.montant < reste) return facture;
        return transition(tx, caller, this.clock, facture, "facture payée", { statut: StatutFacture.PAYEE });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Le paiement de référence « ${reference} » est déjà enregistré sur cette facture.`);
      throw error;
    }
  }

  private async decider(caller: Caller, factureId: number, verbe: string, work: (tx: EntityManager, facture: Facture) => Promise<Facture>): Promise<Facture> {
    exigerRegion(caller, verbe);
    return inTransaction(this.db, async (tx) => {
      const facture = await tx.getRepository(Facture).findOneBy({ id: factureId });
      if (!facture) throw notFound("Facture introuvable.");
      return work(tx, facture);
    });
  }
}

/** Only REGION decides: checked before anything else, so that no input reveals anything to others. */
function exigerRegion(caller: Caller, verbe: string): void {
  if (caller.role !== "REGION") throw forbidden(`Seule la Région peut ${verbe} une facture.`);
}
