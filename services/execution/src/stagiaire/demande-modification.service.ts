import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import type { RequestContext } from "@sigma/kit/context/context";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, conflict, forbidden, notFound } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource, type EntityManager } from "typeorm";
import { ActionAccess, actionIntrouvable, lockSuivi, requireOrganisme, today } from "../access/access.js";
import type { ActionCatalogue } from "../catalogue/action-reference.client.js";
import { premierMoisOuvert } from "../declaration/mois-ouvert.js";
import { DemandeModificationStagiaire, EtatDemande } from "./demande-modification.entity.js";
import { ParcoursIndividualise } from "./parcours.entity.js";
import { PeriodeParcours } from "./periode.entity.js";
import { ownStagiaire, StagiaireEcritureService } from "./stagiaire-ecriture.service.js";
import { Stagiaire } from "./stagiaire.entity.js";
import type { StagiaireInput } from "./stagiaire.input.js";
import { modifications } from "./stagiaire.libelles.js";
import { checkActionInscriptible, checkComplet, checkFiche, estVerrouille, normaliser } from "./stagiaire.rules.js";

const demandeIntrouvable = () => notFound("Demande de modification introuvable.");

/** The record as it stands, in the shape of a save (to show what a request changes). */
async function ficheActuelle(tx: EntityManager, stagiaire: Stagiaire): Promise<StagiaireInput> {
  const parcours = await tx.getRepository(ParcoursIndividualise).findOneBy({ stagiaireId: stagiaire.id });
  const periodes = await tx.getRepository(PeriodeParcours).find({ where: { stagiaireId: stagiaire.id }, order: { dateDebut: "ASC", id: "ASC" } });
  const { stagiaireId: _s, organismeId: _o, stagiaireRef: _r, ...champs } = parcours ?? ({} as ParcoursIndividualise);
  return normaliser({
    ...(stagiaire as unknown as StagiaireInput),
    parcours: parcours ? { ...champs, periodes: periodes.map(({ lieu, dateDebut, dateFin }) => ({ lieu, dateDebut, dateFin })) } : null,
  });
}

/** A simple request record in execution: the OF files new values, the Région validates (applied then) or refuses. */
export class DemandeModificationService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ActionAccess,
    private readonly catalogue: ActionCatalogue,
    private readonly ecriture: StagiaireEcritureService,
    private readonly clock: Clock,
  ) {}

  private readonly byStagiaire = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(DemandeModificationStagiaire).find({
        where: { stagiaireId: In([...ids]), ...(organismeId === null ? {} : { organismeId }) },
        order: { emiseLe: "DESC", id: "DESC" },
      }),
      (d) => d.stagiaireId,
    );

  ofStagiaire(ctx: RequestContext, caller: Caller, stagiaireId: number): Promise<DemandeModificationStagiaire[]> {
    return ctx.loaders.get(this.byStagiaire, organismeScope(caller)).load(stagiaireId);
  }

  /** The Région's queue (or an OF's own requests), oldest first. */
  list(caller: Caller, etat: EtatDemande | null | undefined): Promise<DemandeModificationStagiaire[]> {
    const organismeId = organismeScope(caller);
    return this.db.getRepository(DemandeModificationStagiaire).find({
      where: { ...(etat ? { etat } : {}), ...(organismeId === null ? {} : { organismeId }) },
      order: { emiseLe: "ASC", id: "ASC" },
    });
  }

  async demander(caller: Caller, stagiaireId: number, input: StagiaireInput, partiel: boolean, motivation: string): Promise<DemandeModificationStagiaire> {
    const of = requireOrganisme(caller);
    const texte = motivation.trim();
    if (!texte) throw badInput("Motivez la demande de modification.", "motivation");
    if (texte.length > 4000) throw badInput("La motivation ne peut dépasser 4000 caractères.", "motivation");
    const action = await this.access.ownAction(of, (await ownStagiaire(this.db.manager, of, stagiaireId)).actionId);
    return inTransaction(this.db, async (tx) => {
      const stagiaire = await ownStagiaire(tx, of, stagiaireId);
      const suivi = await lockSuivi(tx, action);
      const aujourdhui = today(this.clock);
      checkActionInscriptible(suivi.statut);
      if (!estVerrouille(suivi.statut, stagiaire.dateEntree, aujourdhui)) {
        throw conflict("La fiche de ce stagiaire se modifie directement : aucune demande n'est nécessaire.");
      }
      if (await tx.getRepository(DemandeModificationStagiaire).existsBy({ stagiaireId, etat: EtatDemande.EN_ATTENTE })) {
        throw conflict("Une demande de modification de ce stagiaire est déjà en attente de validation par la Région.");
      }
      const fiche = normaliser(input);
      checkComplet(fiche, action.type, partiel);
      checkFiche(fiche, { dateFinPrevue: action.dateFinPrevue, dateDebutReelle: suivi.dateDebutReelle, premierMoisOuvert: await premierMoisOuvert(tx, suivi), aujourdhui });
      const changes = modifications(await ficheActuelle(tx, stagiaire), fiche);
      if (changes.length === 0) throw badInput("La demande ne modifie aucun champ de la fiche.", "input");
      const demande = await tx.getRepository(DemandeModificationStagiaire).save(
        tx.getRepository(DemandeModificationStagiaire).create({
          stagiaireId, actionId: stagiaire.actionId, organismeId: stagiaire.organismeId, etat: EtatDemande.EN_ATTENTE, motivation: texte,
          contenu: JSON.stringify({ fiche, partiel }), modificationsJson: JSON.stringify(changes), emiseLe: this.clock.now().getTime(), traiteeLe: null, motifRefus: null,
        }),
      );
      await recordHistory(tx, caller, this.clock, { objetType: "DemandeModificationStagiaire", objetId: demande.id, action: "émission", organismeId: demande.organismeId, apres: changes });
      return demande;
    });
  }

  /** The Région validates: the new values are applied (with every rule checked again), in the same transaction. */
  async valider(caller: Caller, id: number): Promise<DemandeModificationStagiaire> {
    if (caller.role !== "REGION") throw forbidden("Seule la Région valide les demandes de modification.");
    const pending = await this.db.getRepository(DemandeModificationStagiaire).findOneBy({ id });
    if (!pending) throw demandeIntrouvable();
    const action = await this.catalogue.get(pending.actionId);
    if (!action) throw actionIntrouvable();
    return inTransaction(this.db, async (tx) => {
      const demande = await this.pending(tx, id);
      const suivi = await lockSuivi(tx, action);
      const stagiaire = await tx.getRepository(Stagiaire).findOneByOrFail({ id: demande.stagiaireId });
      const { fiche, partiel } = JSON.parse(demande.contenu) as { fiche: StagiaireInput; partiel: boolean };
      await this.ecriture.enregistrer(tx, caller, action, suivi, stagiaire, fiche, partiel, true);
      return this.close(tx, caller, demande, EtatDemande.VALIDEE, null);
    });
  }

  async refuser(caller: Caller, id: number, motif: string): Promise<DemandeModificationStagiaire> {
    if (caller.role !== "REGION") throw forbidden("Seule la Région refuse les demandes de modification.");
    const texte = motif.trim();
    if (!texte) throw badInput("Indiquez le motif du refus.", "motif");
    return inTransaction(this.db, async (tx) => this.close(tx, caller, await this.pending(tx, id), EtatDemande.REFUSEE, texte));
  }

  private async pending(tx: EntityManager, id: number): Promise<DemandeModificationStagiaire> {
    const demande = await tx.getRepository(DemandeModificationStagiaire).findOneBy({ id });
    if (!demande) throw demandeIntrouvable();
    if (demande.etat !== EtatDemande.EN_ATTENTE) throw conflict("Cette demande de modification a déjà été traitée.");
    return demande;
  }

  private async close(tx: EntityManager, caller: Caller, demande: DemandeModificationStagiaire, etat: EtatDemande, motif: string | null) {
    demande.etat = etat;
    demande.motifRefus = motif;
    demande.traiteeLe = this.clock.now().getTime();
    await tx.getRepository(DemandeModificationStagiaire).save(demande);
    await recordHistory(tx, caller, this.clock, {
      objetType: "DemandeModificationStagiaire", objetId: demande.id, action: etat === EtatDemande.VALIDEE ? "validation" : "refus",
      organismeId: demande.organismeId, avant: { etat: EtatDemande.EN_ATTENTE }, apres: { etat, motif },
    });
    return demande;
  }
}
