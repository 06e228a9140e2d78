import type { Caller } from "@sigma/kit/auth/caller";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, conflict, DomainError, forbidden } from "@sigma/kit/errors/errors";
import type { DatesSaisie } from "./dates-proposees.js";
import type { DatesDemande } from "./demande-dates.js";
import type { DemandeModification } from "./demande.entity.js";
import { EtatDemande, TypeDemande } from "./demande.enums.js";
import type { DemandeStore } from "./demande.store.js";

const DECIDEE = "Seule une demande de dates en attente de validation peut être validée ou refusée.";

/** The Région's side of a date request (seed 003): validate — checked again, then applied — or refuse with observations. */
export class DecisionService {
  constructor(
    private readonly store: DemandeStore,
    private readonly dates: DatesDemande,
  ) {}

  /** The Région validates a date request: checked again against today's data, then applied. */
  async valider(caller: Caller, demandeId: string, observations: string | null): Promise<DemandeModification> {
    const demande = await this.awaitingRegion(caller, demandeId);
    const reelle = await this.dates.dateDebutReelle(demande);
    return inTransaction(this.store.db, async (tx) => {
      const saisie = JSON.parse(demande.contenu!) as DatesSaisie;
      const { proposee, lignes } = await this.dates.prepare(tx, demande, saisie, reelle).catch((error: unknown) => {
        if (error instanceof DomainError) throw badInput(`La demande ne peut plus être appliquée : ${error.message}`, "demandeId");
        throw error;
      });
      await this.store.transition(tx, demande, EtatDemande.EN_ATTENTE_VALIDATION, EtatDemande.VALIDEE, { observations: observations?.trim() || null }, DECIDEE);
      await this.store.saveRecap(tx, demande.id, lignes);
      await this.dates.apply(tx, caller, demande, proposee, reelle);
      await this.store.log(tx, caller, demande, "validation", { etat: EtatDemande.EN_ATTENTE_VALIDATION }, { etat: demande.etat, observations: demande.observations });
      return demande;
    });
  }

  async refuser(caller: Caller, demandeId: string, observations: string): Promise<DemandeModification> {
    const motif = observations.trim();
    if (!motif) throw badInput("Indiquez le motif du refus dans les observations.", "observations");
    if (motif.length > 4000) throw badInput("Les observations ne peuvent dépasser 4000 caractères.", "observations");
    const demande = await this.awaitingRegion(caller, demandeId);
    return inTransaction(this.store.db, async (tx) => {
      await this.store.transition(tx, demande, EtatDemande.EN_ATTENTE_VALIDATION, EtatDemande.REFUSEE, { observations: motif }, DECIDEE);
      await this.store.log(tx, caller, demande, "refus", { etat: EtatDemande.EN_ATTENTE_VALIDATION }, { etat: demande.etat, observations: motif });
      return demande;
    });
  }

  private async awaitingRegion(caller: Caller, demandeId: string): Promise<DemandeModification> {
    if (caller.role !== "REGION") throw forbidden("Seule la Région valide ou refuse une demande de modification.");
    const demande = await this.store.find(caller, demandeId);
    if (demande.type !== TypeDemande.DATES || demande.etat !== EtatDemande.EN_ATTENTE_VALIDATION) throw conflict(DECIDEE);
    return demande;
  }
}
