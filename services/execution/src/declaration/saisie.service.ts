import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { isMonth } from "@sigma/kit/dates/calendar";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, conflict } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import type { DataSource, EntityManager } from "typeorm";
import { ActionAccess, lockSuivi, requireOrganisme, today } from "../access/access.js";
import type { ActionSuivi } from "../action/action-suivi.entity.js";
import { StatutAction } from "../action/statut-action.enum.js";
import { ownStagiaire } from "../stagiaire/stagiaire-ecriture.service.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { Absence } from "./absence.entity.js";
import { DeclarationConfirmation } from "./confirmation.entity.js";
import { checkConfirmation, checkHeures, checkSaisie, estPresent } from "./declaration.rules.js";
import { type HeuresMois, ZERO } from "./heures.js";
import { ajouterHeuresMois } from "../indicateurs/heures-mois.js";
import { premierMoisOuvert } from "./mois-ouvert.js";
import { Realisation } from "./realisation.entity.js";
import type { SaisieHeuresInput } from "./saisie.input.js";

function checkMois(mois: string): void {
  if (!isMonth(mois)) throw badInput("Le mois doit s'écrire AAAA-MM (ex. 2007-01).", "mois");
}

const heuresOf = (input: SaisieHeuresInput): HeuresMois => ({
  realiseesCentre: input.heuresRealiseesCentre,
  nonRealiseesJustifieesCentre: input.heuresNonRealiseesJustifieesCentre,
  nonRealiseesNonJustifieesCentre: input.heuresNonRealiseesNonJustifieesCentre,
  realiseesEntreprise: input.heuresRealiseesEntreprise,
  nonRealiseesJustifieesEntreprise: input.heuresNonRealiseesJustifieesEntreprise,
  nonRealiseesNonJustifieesEntreprise: input.heuresNonRealiseesNonJustifieesEntreprise,
});

/** « Saisie des heures » and the month's confirmation (seed 001 §§ 3.5, 3.5.1). */
export class SaisieService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ActionAccess,
    private readonly clock: Clock,
  ) {}

  async saisir(caller: Caller, input: SaisieHeuresInput): Promise<number> {
    const of = requireOrganisme(caller);
    checkMois(input.mois);
    return inTransaction(this.db, async (tx) => {
      const stagiaire = await ownStagiaire(tx, of, Number(input.stagiaireId));
      const suivi = await lockSuivi(tx, { id: stagiaire.actionId, organismeId: stagiaire.organismeId });
      await this.enregistrer(tx, caller, suivi, stagiaire, input);
      return stagiaire.actionId;
    });
  }

  /** Checks and writes one trainee's month in the caller's transaction (the action's record locked); imports pass here too. */
  async enregistrer(tx: EntityManager, caller: Caller, suivi: ActionSuivi, stagiaire: Stagiaire, input: SaisieHeuresInput): Promise<void> {
    const mois = input.mois;
    checkMois(mois);
    checkSaisie(mois, {
      statut: suivi.statut,
      dateDebutReelle: suivi.dateDebutReelle ?? "9999-12-31",
      premierMoisOuvert: (await premierMoisOuvert(tx, suivi)) ?? mois,
      confirmee: await tx.getRepository(DeclarationConfirmation).existsBy({ actionId: suivi.actionId, mois }),
      aujourdhui: today(this.clock),
      stagiaire,
    });
    const heures = heuresOf(input);
    checkHeures(mois, heures, input.absences, stagiaire);
    const repository = tx.getRepository(Realisation);
    const existing = await repository.findOneBy({ stagiaireId: stagiaire.id, mois });
    const avant = existing ? { ...existing } : undefined;
    const row = await repository.save(repository.create({ ...(existing ?? { actionId: suivi.actionId, organismeId: stagiaire.organismeId, stagiaireId: stagiaire.id, mois }), ...heures }));
    await ajouterHeuresMois(
      tx, { actionId: row.actionId, organismeId: row.organismeId, mois },
      row.realiseesCentre - (avant?.realiseesCentre ?? 0), row.realiseesEntreprise - (avant?.realiseesEntreprise ?? 0),
    );
    await tx.getRepository(Absence).delete({ realisationId: row.id });
    if (input.absences.length) {
      await tx.getRepository(Absence).insert(input.absences.map((a) => ({ ...a, motif: a.motif.trim(), realisationId: row.id, organismeId: stagiaire.organismeId })));
    }
    await recordHistory(tx, caller, this.clock, {
      objetType: "Realisation", objetId: `${stagiaire.id}:${mois}`, action: "saisie des heures", organismeId: stagiaire.organismeId,
      avant, apres: { ...heures, absences: input.absences },
    });
  }

  /** Confirms the open month: its lines are frozen (a present trainee with nothing entered gets a line of zeros). */
  async confirmer(caller: Caller, actionId: number, mois: string): Promise<void> {
    const of = requireOrganisme(caller);
    checkMois(mois);
    const action = await this.access.ownAction(of, actionId);
    await inTransaction(this.db, async (tx) => {
      const suivi = await lockSuivi(tx, action);
      if (suivi.statut !== StatutAction.EC) throw conflict("Les déclarations se confirment sur une action en cours.");
      const confirmee = await tx.getRepository(DeclarationConfirmation).existsBy({ actionId, mois });
      const aujourdhui = today(this.clock);
      checkConfirmation(mois, (await premierMoisOuvert(tx, suivi))!, confirmee, aujourdhui);
      const lignes = await tx.getRepository(Realisation).findBy({ actionId, mois });
      const sansLigne = (await tx.getRepository(Stagiaire).findBy({ actionId }))
        .filter((s) => estPresent(s, mois) && !lignes.some((l) => l.stagiaireId === s.id));
      if (sansLigne.length) {
        await tx.getRepository(Realisation).insert(sansLigne.map((s) => ({ ...ZERO, actionId, organismeId: s.organismeId, stagiaireId: s.id, mois })));
        await ajouterHeuresMois(tx, { actionId, organismeId: action.organismeId, mois }, 0, 0);
      }
      await tx.getRepository(DeclarationConfirmation).insert({
        actionId, organismeId: action.organismeId, mois, confirmeeLe: aujourdhui, instant: this.clock.now().getTime(), auteur: caller.identifiant,
      });
      await recordHistory(tx, caller, this.clock, {
        objetType: "DeclarationMensuelle", objetId: `${actionId}:${mois}`, action: "confirmation", organismeId: action.organismeId,
        apres: { mois, lignes: lignes.length + sansLigne.length, confirmeeLe: aujourdhui },
      });
    });
  }
}
