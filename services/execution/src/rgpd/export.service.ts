import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { inTransaction } from "@sigma/kit/db/transaction";
import { forbidden } from "@sigma/kit/errors/errors";
import { recordHistory } from "@sigma/kit/history/history";
import { In, type DataSource } from "typeorm";
import { Absence } from "../declaration/absence.entity.js";
import { Realisation } from "../declaration/realisation.entity.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { stagiaireIntrouvable } from "../stagiaire/stagiaire-ecriture.service.js";
import { REGLE_CONSERVATION, type ExportDonneesStagiaire, type HeuresMoisStagiaire } from "./export.type.js";

/** The RGPD access right: a trainee's data gathered for the Région, the export itself kept in the trainee's history. */
export class ExportStagiaireService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async exporter(caller: Caller, stagiaireId: number): Promise<ExportDonneesStagiaire> {
    if (caller.role !== "REGION") throw forbidden("L'export des données personnelles d'un stagiaire est réservé à la Région.");
    return inTransaction(this.db, async (tx) => {
      const stagiaire = await tx.getRepository(Stagiaire).findOneBy({ id: stagiaireId });
      if (!stagiaire) throw stagiaireIntrouvable();
      const realisations = await tx.getRepository(Realisation).find({ where: { stagiaireId }, order: { mois: "ASC" } });
      const absences = realisations.length
        ? await tx.getRepository(Absence).find({ where: { realisationId: In(realisations.map((r) => r.id)) }, order: { dateDebut: "ASC", id: "ASC" } })
        : [];
      const heures: HeuresMoisStagiaire[] = realisations.map((r) => ({
        mois: r.mois,
        heuresRealiseesCentre: r.realiseesCentre,
        heuresNonRealiseesJustifieesCentre: r.nonRealiseesJustifieesCentre,
        heuresNonRealiseesNonJustifieesCentre: r.nonRealiseesNonJustifieesCentre,
        heuresRealiseesEntreprise: r.realiseesEntreprise,
        heuresNonRealiseesJustifieesEntreprise: r.nonRealiseesJustifieesEntreprise,
        heuresNonRealiseesNonJustifieesEntreprise: r.nonRealiseesNonJustifieesEntreprise,
        absences: absences.filter((a) => a.realisationId === r.id),
      }));
      // Who exported whose data, and when — never the data itself.
      await recordHistory(tx, caller, this.clock, {
        objetType: "Stagiaire", objetId: stagiaire.id, action: "export des données (droit d'accès RGPD)", organismeId: stagiaire.organismeId,
        apres: { mois: heures.length },
      });
      return {
        exporteLe: this.clock.now().toISOString(),
        exportePar: caller.identifiant,
        regleConservation: REGLE_CONSERVATION,
        stagiaire,
        heures,
        action: { id: String(stagiaire.actionId) },
      };
    });
  }
}
