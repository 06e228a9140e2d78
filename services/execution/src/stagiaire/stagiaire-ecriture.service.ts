import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { inTransaction } from "@sigma/kit/db/transaction";
import { conflict, notFound } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { In, type DataSource, type EntityManager } from "typeorm";
import { ActionAccess, lockSuivi, requireOrganisme, today } from "../access/access.js";
import type { ActionSuivi } from "../action/action-suivi.entity.js";
import type { ActionReference } from "../catalogue/action-reference.client.js";
import { DeclarationConfirmation } from "../declaration/confirmation.entity.js";
import { premierMoisOuvert } from "../declaration/mois-ouvert.js";
import { Realisation } from "../declaration/realisation.entity.js";
import { ParcoursIndividualise } from "./parcours.entity.js";
import { PeriodeParcours } from "./periode.entity.js";
import { Stagiaire } from "./stagiaire.entity.js";
import type { StagiaireInput } from "./stagiaire.input.js";
import {
  checkActionInscriptible, checkComplet, checkEffectifs, checkFiche, estRemunere, estVerrouille, normaliser, verrouille,
} from "./stagiaire.rules.js";

export const stagiaireIntrouvable = () => notFound("Stagiaire introuvable.");

/** The OF's own trainee, or NOT_FOUND exactly as for one that does not exist. */
export async function ownStagiaire(tx: EntityManager, caller: Caller & { organismeId: number }, id: number): Promise<Stagiaire> {
  const stagiaire = Number.isSafeInteger(id) ? await tx.getRepository(Stagiaire).findOneBy({ id, organismeId: caller.organismeId }) : null;
  if (!stagiaire) throw stagiaireIntrouvable();
  return stagiaire;
}

/** Registering, changing and deleting trainees (seed 001 § 3.2); the one write path of a record. */
export class StagiaireEcritureService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ActionAccess,
    private readonly clock: Clock,
  ) {}

  async creer(caller: Caller, actionId: number, input: StagiaireInput, partiel: boolean): Promise<Stagiaire> {
    const of = requireOrganisme(caller);
    const action = await this.access.ownAction(of, actionId);
    return inTransaction(this.db, async (tx) => this.enregistrer(tx, caller, action, await lockSuivi(tx, action), null, input, partiel));
  }

  async modifier(caller: Caller, id: number, input: StagiaireInput, partiel: boolean): Promise<Stagiaire> {
    const of = requireOrganisme(caller);
    const actionId = (await ownStagiaire(this.db.manager, of, id)).actionId;
    const action = await this.access.ownAction(of, actionId);
    return inTransaction(this.db, async (tx) => {
      const suivi = await lockSuivi(tx, action);
      return this.enregistrer(tx, caller, action, suivi, await ownStagiaire(tx, of, id), input, partiel);
    });
  }

  /** Seed 001 § 3.2: a trainee can be deleted while no hour is recorded for them. */
  async supprimer(caller: Caller, id: number): Promise<boolean> {
    const of = requireOrganisme(caller);
    return inTransaction(this.db, async (tx) => {
      const stagiaire = await ownStagiaire(tx, of, id);
      const suivi = await lockSuivi(tx, { id: stagiaire.actionId, organismeId: stagiaire.organismeId });
      checkActionInscriptible(suivi.statut);
      const lignes = await tx.getRepository(Realisation).findBy({ stagiaireId: id });
      const heures = lignes.some((l) =>
        [l.realiseesCentre, l.nonRealiseesJustifieesCentre, l.nonRealiseesNonJustifieesCentre, l.realiseesEntreprise, l.nonRealiseesJustifieesEntreprise, l.nonRealiseesNonJustifieesEntreprise].some((h) => h > 0),
      );
      const confirmees = lignes.length > 0 && (await tx.getRepository(DeclarationConfirmation).existsBy({ actionId: stagiaire.actionId, mois: In(lignes.map((l) => l.mois)) }));
      if (heures || confirmees) throw conflict(`Des heures sont enregistrées pour ${stagiaire.prenom} ${stagiaire.nom} : ce stagiaire ne peut plus être supprimé.`);
      await tx.getRepository(Stagiaire).delete({ id });
      await recordHistory(tx, caller, this.clock, { objetType: "Stagiaire", objetId: id, action: "suppression", organismeId: stagiaire.organismeId, avant: stagiaire });
      return true;
    });
  }

  /**
   * Checks and saves a whole record in the caller's transaction (the action's record locked):
   * direct saves, CSV imports and validated requests (`viaDemande`) all pass here.
   */
  async enregistrer(
    tx: EntityManager,
    caller: Caller,
    action: ActionReference,
    suivi: ActionSuivi,
    existing: Stagiaire | null,
    input: StagiaireInput,
    partiel: boolean,
    viaDemande = false,
  ): Promise<Stagiaire> {
    const aujourdhui = today(this.clock);
    const fiche = normaliser(input);
    checkActionInscriptible(suivi.statut);
    if (existing && !viaDemande && estVerrouille(suivi.statut, existing.dateEntree, aujourdhui)) throw verrouille();
    const manquants = checkComplet(fiche, action.type, partiel);
    checkFiche(fiche, { dateFinPrevue: action.dateFinPrevue, dateDebutReelle: suivi.dateDebutReelle, premierMoisOuvert: await premierMoisOuvert(tx, suivi), aujourdhui });
    const remunere = estRemunere(fiche.organismeRemuneration);
    const devientRemunere = remunere && !estRemunere(existing?.organismeRemuneration);
    if (!existing || devientRemunere) {
      const autres = (await tx.getRepository(Stagiaire).find({ where: { actionId: action.id }, select: { id: true, organismeRemuneration: true } }))
        .filter((s) => s.id !== existing?.id)
        .map((s) => ({ remunere: estRemunere(s.organismeRemuneration) }));
      // A change only counts against the paid effectif; the total counts registrations.
      checkEffectifs(autres, remunere, existing ? { effectifTotal: null, effectifRemunere: action.effectifRemunere } : action);
    }
    const { parcours, ...identite } = fiche;
    const avant = existing ? { ...existing } : undefined;
    const stagiaire = tx.getRepository(Stagiaire).create({
      ...(existing ?? { actionId: action.id, organismeId: action.organismeId, dateSortie: null, finFormation: null, motifSortie: null }),
      ...identite,
      complet: manquants.length === 0,
      champsManquantsJson: JSON.stringify(manquants),
    });
    await tx.getRepository(Stagiaire).save(stagiaire);
    await tx.getRepository(ParcoursIndividualise).delete({ stagiaireId: stagiaire.id });
    await tx.getRepository(PeriodeParcours).delete({ stagiaireId: stagiaire.id });
    if (parcours) {
      const { periodes, ...champs } = parcours;
      await tx.getRepository(ParcoursIndividualise).insert({ ...champs, stagiaireId: stagiaire.id, organismeId: stagiaire.organismeId });
      if (periodes?.length) {
        await tx.getRepository(PeriodeParcours).insert(periodes.map((p) => ({ ...p, stagiaireId: stagiaire.id, organismeId: stagiaire.organismeId })));
      }
    }
    await recordHistory(tx, caller, this.clock, {
      objetType: "Stagiaire",
      objetId: stagiaire.id,
      action: viaDemande ? "modification validée par la Région" : existing ? "modification" : "inscription",
      organismeId: stagiaire.organismeId,
      avant,
      apres: fiche,
    });
    return stagiaire;
  }
}
