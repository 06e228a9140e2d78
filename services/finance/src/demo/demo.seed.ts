import { clockFromEnv } from "@sigma/kit/clock/clock";
import { DEMO } from "@sigma/kit/demo/demo-ids";
import { CURSEUR_AVANCES } from "../avance/avance.poller.js";
import { Synchro } from "../avance/synchro.entity.js";
import type { DataSource } from "typeorm";
import { Facture } from "../facture/facture.entity.js";
import { LigneFacture } from "../facture/ligne-facture.entity.js";
import { StatutFacture } from "../facture/statut-facture.enum.js";
import { NatureAcompte, TypeFacture } from "../facture/type-facture.enum.js";

/**
 * Seed 000's CRE intermédiaire: Septembre 2022 - Novembre 2022, one forfait parcours invoiced
 * (1 fp × 3 175,00 € = 3 175,00 € HT = TTC, organisme exonéré), emitted 11/01/2023, awaiting its
 * signed PDF. Idempotent.
 * Seed 000's advance (62 345,45 €) is not loaded: the demo's contract figures do not give it at
 * any round rate. The advance poll starts after the demo's openings (watermark set once, at
 * load): actions opened later (HSTA, by a demo user or a test) get theirs.
 */
export async function seedFinance(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.getRepository(Facture).upsert(
      [
        {
          id: 1,
          actionId: DEMO.actions.TEST_1,
          organismeId: DEMO.organismes.OR5159,
          numero: "23P0000000_TEST_1-CRE-1",
          type: TypeFacture.ACOMPTE,
          nature: NatureAcompte.TRIMESTRIEL,
          rang: 1,
          clePeriode: "2022-09/2022-11",
          periode: "Septembre 2022 - Novembre 2022",
          moisDebut: "2022-09",
          moisFin: "2022-11",
          montantRealiseHT: 317_500,
          montantHT: 317_500,
          tauxTvaPointsDeBase: 0,
          montantTVA: 0,
          montantTTC: 317_500,
          montantAPayer: 317_500,
          realiseCumule: 317_500,
          statut: StatutFacture.EMISE,
          dateEmission: "2023-01-11",
          instantane: JSON.stringify({
            action: { numero: "23P0000000_TEST_1", intitule: "LOT TEST FORFAIT PARCOURS 2023", numeroContrat: "23P0000000" },
            organisme: { code: "OR5159", raisonSociale: "ORGANISME TEST PRF 23", siret: "12345678900017", adresse: "CAP 2000 TEST", codePostal: "34500", ville: "BEZIERS" },
          }),
        },
      ],
      ["id"],
    );
    if (!(await tx.getRepository(Synchro).findOneBy({ nom: CURSEUR_AVANCES }))) {
      await tx.getRepository(Synchro).insert({ nom: CURSEUR_AVANCES, valeur: clockFromEnv().now().toISOString() });
    }
    await tx.getRepository(LigneFacture).upsert(
      [{ id: 1, factureId: 1, organismeId: DEMO.organismes.OR5159, ordre: 1, prestation: "FP", libelle: "Forfait parcours Projet Pro", quantite: 100, prixUnitaire: 317_500, montant: 317_500 }],
      ["id"],
    );
  });
}
