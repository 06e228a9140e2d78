import { DEMO } from "@sigma/kit/demo/demo-ids";
import type { DataSource } from "typeorm";
import { Action } from "../action/action.entity.js";
import { Compte } from "../compte/compte.entity.js";
import { hashPassword } from "../compte/password.js";
import { Organisme } from "../organisme/organisme.entity.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.js";

/** Demo offer from the seeds (004: OR5159's test lot; 003: GR237's HSTA lot) and demo accounts. Idempotent. */
export async function seedCatalogue(db: DataSource): Promise<void> {
  const missing = [];
  for (const account of DEMO_ACCOUNTS) {
    if (!(await db.getRepository(Compte).existsBy({ identifiant: account.identifiant }))) missing.push(account);
  }
  const hashed = await Promise.all(missing.map(async (a) => ({ ...a, motDePasse: await hashPassword(DEMO_PASSWORD) })));
  await db.transaction(async (tx) => {
    await tx.getRepository(Organisme).upsert(
      [
        {
          id: DEMO.organismes.OR5159,
          code: "OR5159",
          raisonSociale: "ORGANISME TEST PRF 23",
          siret: "12345678900017",
          adresse: "CAP 2000 TEST",
          complementAdresse: null,
          codePostal: "34500",
          ville: "BEZIERS",
        },
        {
          id: DEMO.organismes.GR237,
          code: "GR237",
          raisonSociale: "GRETA HAUTE-GARONNE",
          siret: "19310000000013",
          adresse: "2 RUE VICTOR HUGO",
          complementAdresse: null,
          codePostal: "31000",
          ville: "TOULOUSE",
        },
      ],
      ["id"],
    );
    await tx.getRepository(Action).upsert(
      [
        {
          id: DEMO.actions.TEST_1,
          numero: "23P0000000_TEST_1",
          intitule: "LOT TEST FORFAIT PARCOURS 2023",
          numeroContrat: "23P0000000",
          anneeProgrammation: 2023,
          dateDebutPrevue: "2022-09-01",
          dateFinPrevue: "2024-06-30",
          organismeId: DEMO.organismes.OR5159,
        },
        {
          id: DEMO.actions.HSTA,
          numero: "23C00390257_1",
          intitule:
            "Lot 39 - ENSEIGNEMENT FORMATION-PREPARATION AUX SELECTIONS DES FORMATIONS DU SANITAIRE ET SOCIAL - DEPARTEMENT DE LA HAUTE GARONNE - HSTA",
          numeroContrat: "23C0390257",
          anneeProgrammation: 2023,
          dateDebutPrevue: "2023-01-02",
          dateFinPrevue: "2024-06-30",
          organismeId: DEMO.organismes.GR237,
        },
      ],
      ["id"],
    );
    for (const account of hashed) {
      await tx.getRepository(Compte).insert({ ...account, echecsConnexion: 0, verrouilleJusqua: null });
    }
  });
}
