import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, OUVRIR, refused, sessions, type Headers } from "./support.js";

const databases = await databasesUnderTest();

const IMPORTER_STAGIAIRES = /* GraphQL */ `
  mutation ($csv: String!, $a: ID = "2") { importerStagiaires(actionId: $a, csv: $csv) { importe lignesAcceptees lignesRefusees { ligne motif } } }
`;
const IMPORTER_HEURES = /* GraphQL */ `
  mutation ($csv: String!) { importerHeures(actionId: "2", mois: "2023-01", csv: $csv) { importe lignesAcceptees lignesRefusees { ligne motif } } }
`;
const ETAT = /* GraphQL */ `
  query { action(numero: "23C00390257_1") { stagiaires { nom } declarations { mois heuresCentre heuresEntreprise totalHeures } } }
`;

const ENTETE = "civilite;nom;prenom;dateNaissance;sexe;adresse;codePostal;ville;dateEntree;organismeRemuneration;niveauEntree;trancheAge;dureeChomage;prescripteur;beneficiaireRmi;codeInsee";
const stagiaire = (civilite: string, nom: string, prenom: string, naissance: string, sexe: string, entree: string, insee: string) =>
  `${civilite};${nom};${prenom};${naissance};${sexe};1 PLACE DU CAPITOLE;31000;TOULOUSE;${entree};REGION;NIVEAU_IV;DE_26_A_44;DE_12_A_23_MOIS;ANPE;non;${insee}`;
const SEED_001 = [
  stagiaire("M", "FRANCO", "ROBERTO", "09/06/1982", "MASCULIN", "02/01/2023", "11013"),
  stagiaire("MME", "KOURNIKOVA", "ANNA", "15/05/1980", "FEMININ", "02/01/2023", "14118"),
  stagiaire("M", "BORG", "BJON", "16/06/1972", "MASCULIN", "11/01/2023", "36007"),
  stagiaire("M", "NADAL", "RAFAEL", "03/06/1986", "MASCULIN", "12/01/2023", "11054"),
];

const HEURES_ENTETE =
  "type;nom;prenom;dateNaissance;heuresRealiseesCentre;heuresNonRealiseesJustifieesCentre;heuresNonRealiseesNonJustifieesCentre;heuresRealiseesEntreprise;heuresNonRealiseesJustifieesEntreprise;heuresNonRealiseesNonJustifieesEntreprise;debut;fin;motif;lieu;justifiee;heures";
const heures = (nom: string, prenom: string, naissance: string, h: string) => `HEURES;${nom};${prenom};${naissance};${h};;;;;;`;
const absence = (nom: string, prenom: string, naissance: string, a: string) => `ABSENCE;${nom};${prenom};${naissance};;;;;;;${a}`;

describe.each(databases)("CSV imports on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };

  beforeAll(async () => {
    stack = await startStack({ database, env: { SIGMA_NOW: "2023-02-10T09:00:00+01:00" } });
    s = await sessions(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("imports nothing from a trainees' file with a refused line, and says which lines and why", async () => {
    const csv = [ENTETE, SEED_001[0], SEED_001[1]!.replace("15/05/1980", "31/02/1980"), "M;BORG;BJON;;;;;;;;;;;;;", SEED_001[3]].join("\n");
    const { importerStagiaires } = await ok(stack, s.gr237, IMPORTER_STAGIAIRES, { csv });
    expect(importerStagiaires).toEqual({
      importe: false,
      lignesAcceptees: [2, 5],
      lignesRefusees: [
        { ligne: 3, motif: "dateNaissance : « 31/02/1980 » n'est pas une date jj/mm/aaaa." },
        { ligne: 4, motif: expect.stringMatching(/^Fiche incomplète : renseignez Date de naissance, Sexe, Adresse/) },
      ],
    });
    expect((await ok(stack, s.gr237, ETAT)).action.stagiaires).toEqual([]);
  });

  it("refuses a whole file with unknown columns, too large, or for another organisme's action", async () => {
    expect(await refused(stack, s.gr237, IMPORTER_STAGIAIRES, { csv: `${ENTETE};age\n${SEED_001[0]};30` })).toEqual([
      "BAD_USER_INPUT", expect.stringMatching(/^Colonne\(s\) inconnue\(s\) : age\./),
    ]);
    expect(await refused(stack, s.gr237, IMPORTER_STAGIAIRES, { csv: `${ENTETE}\n${"x".repeat(90_001)}` })).toEqual([
      "BAD_USER_INPUT", "Le fichier dépasse la taille autorisée (90000 caractères) : découpez-le.",
    ]);
    expect(await refused(stack, s.or5159, IMPORTER_STAGIAIRES, { csv: [ENTETE, ...SEED_001].join("\n") })).toEqual(["NOT_FOUND", "Action introuvable."]);
    expect(await refused(stack, s.region, IMPORTER_STAGIAIRES, { csv: [ENTETE, ...SEED_001].join("\n") })).toEqual([
      "FORBIDDEN", "Seul l'organisme de formation titulaire de l'action peut effectuer cette saisie.",
    ]);
  });

  it("imports seed 001's trainees, then January's hours all-or-nothing: 65 h centre, 74 h entreprise, 139 h", async () => {
    const imported = (await ok(stack, s.gr237, IMPORTER_STAGIAIRES, { csv: [ENTETE, ...SEED_001].join("\r\n") })).importerStagiaires;
    expect(imported).toEqual({ importe: true, lignesAcceptees: [2, 3, 4, 5], lignesRefusees: [] });
    await ok(stack, s.gr237, OUVRIR, { input: { actionId: "2", dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } });

    const lignes = [
      HEURES_ENTETE,
      heures("FRANCO", "ROBERTO", "09/06/1982", "10;0;0;33;0;0"),
      heures("KOURNIKOVA", "ANNA", "15/05/1980", "41;2;0;15;3;0"),
      absence("KOURNIKOVA", "ANNA", "15/05/1980", "16/01/2023;16/01/2023;Maladie;CENTRE;oui;2"),
      absence("KOURNIKOVA", "ANNA", "15/05/1980", "23/01/2023;23/01/2023;Convocation ANPE;ENTREPRISE;oui;3"),
      heures("BORG", "BJON", "16/06/1972", "12;0;0;23;0;0"),
    ];
    const faulty = [...lignes.slice(0, 4), heures("NADALE", "RAFAEL", "03/06/1986", "1;0;0;0;0;0"), lignes[5]!];
    const refusedReport = (await ok(stack, s.gr237, IMPORTER_HEURES, { csv: faulty.join("\n") })).importerHeures;
    expect(refusedReport).toEqual({
      importe: false,
      lignesAcceptees: [2, 6],
      lignesRefusees: [
        {
          ligne: 3,
          motif: "Les périodes d'absence justifiées en entreprise totalisent 0,00 h, mais 3,00 h non réalisées justifiées en entreprise sont déclarées : elles doivent être égales.",
        },
        { ligne: 5, motif: "Stagiaire inconnu sur cette action : NADALE RAFAEL." },
      ],
    });
    expect((await ok(stack, s.gr237, ETAT)).action.declarations[0]).toEqual({ mois: "2023-01", heuresCentre: "0.00", heuresEntreprise: "0.00", totalHeures: "0.00" });

    const report = (await ok(stack, s.gr237, IMPORTER_HEURES, { csv: lignes.join("\n") })).importerHeures;
    expect(report).toEqual({ importe: true, lignesAcceptees: [2, 3, 4, 5, 6], lignesRefusees: [] });
    expect((await ok(stack, s.gr237, ETAT)).action.declarations[0]).toEqual({ mois: "2023-01", heuresCentre: "65.00", heuresEntreprise: "74.00", totalHeures: "139.00" });
  });
});
