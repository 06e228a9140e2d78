import type { EntityManager } from "typeorm";
import { HeuresMois } from "./heures-mois.entity.js";

export interface LigneMois {
  actionId: number;
  organismeId: number;
  mois: string;
}

/**
 * Adds a line's change (new hours − old hours, in hundredths) to its action's month, in the
 * caller's transaction (which holds the action's record lock: no two writers of one action). A
 * month whose lines are all zero has its row too (as `GROUP BY` over the lines gives one).
 */
export async function ajouterHeuresMois(tx: EntityManager, ligne: LigneMois, centre: number, entreprise: number): Promise<void> {
  const repository = tx.getRepository(HeuresMois);
  if (centre === 0 && entreprise === 0) {
    await repository.createQueryBuilder().insert().values({ ...ligne, realiseesCentre: 0, realiseesEntreprise: 0 }).orIgnore().execute();
    return;
  }
  const { affected } = await repository
    .createQueryBuilder()
    .update()
    .set({ realiseesCentre: () => "realisees_centre + :centre", realiseesEntreprise: () => "realisees_entreprise + :entreprise" })
    .where("action_id = :action AND mois = :mois", { action: ligne.actionId, mois: ligne.mois })
    .setParameters({ centre, entreprise })
    .execute();
  if (!affected) await repository.insert({ ...ligne, realiseesCentre: centre, realiseesEntreprise: entreprise });
}

/** Recomputes an action's months from its lines (for writers that replace lines wholesale, such as the demo seed). */
export async function recalculerHeuresMois(tx: EntityManager, actionId: number): Promise<void> {
  await tx.getRepository(HeuresMois).delete({ actionId });
  await tx.query(
    `INSERT INTO realisation_mois (action_id, mois, organisme_id, realisees_centre, realisees_entreprise)
     SELECT action_id, mois, MIN(organisme_id), SUM(realisees_centre), SUM(realisees_entreprise) FROM realisation WHERE action_id = ? GROUP BY action_id, mois`,
    [actionId],
  );
}
