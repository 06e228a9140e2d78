import { DomainError } from "@sigma/kit/errors/errors";
import { describe, expect, it } from "vitest";
import type { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { MotifSortie } from "../stagiaire/stagiaire.enums.js";
import { bilanComplet, construireBilan } from "./bilan.builder.js";
import type { Enquete } from "./enquete.entity.js";
import { ContratTravail, MomentEnquete, SituationStagiaire } from "./enquete.enums.js";
import { checkEnquete } from "./enquete.rules.js";

// Seed 001 § 3.7.2's COSTUMIER(ERE) trainees.
const stagiaires = [
  { id: 1, nom: "PARKER", dateEntree: "2007-01-02", dateSortie: "2007-07-01", finFormation: true, motifSortie: null },
  { id: 2, nom: "DURAND", dateEntree: "2007-01-02", dateSortie: "2007-04-30", finFormation: false, motifSortie: MotifSortie.MOTIFS_PERSONNELS },
  { id: 3, nom: "DUPONT", dateEntree: "2007-01-02", dateSortie: "2007-07-01", finFormation: true, motifSortie: null },
  { id: 4, nom: "CHOMBIER", dateEntree: "2007-01-02", dateSortie: "2007-07-01", finFormation: true, motifSortie: null },
  { id: 5, nom: "INSCRIT", dateEntree: null, dateSortie: null, finFormation: null, motifSortie: null },
] as Stagiaire[];
const enquete = (stagiaireId: number, moment: MomentEnquete, situation: SituationStagiaire, contrat: ContratTravail | null = null) =>
  ({ stagiaireId, moment, situation, contrat }) as Enquete;

describe("bilans and surveys (seed 001 § 3.7.2)", () => {
  const enquetes = [
    enquete(1, MomentEnquete.SORTIE, SituationStagiaire.EMPLOI_SECTEUR, ContratTravail.CDI),
    enquete(2, MomentEnquete.SORTIE, SituationStagiaire.AUTRE_SITUATION),
    enquete(3, MomentEnquete.SORTIE, SituationStagiaire.EMPLOI_AUTRE_SECTEUR, ContratTravail.INTERIM),
    enquete(2, MomentEnquete.SIX_MOIS, SituationStagiaire.EMPLOI_SECTEUR, ContratTravail.CDD_MOINS_6_MOIS),
  ];

  it("is complete once every trainee who entered has an exit survey", () => {
    expect(bilanComplet(stagiaires, enquetes)).toBe(false);
    expect(bilanComplet(stagiaires, [...enquetes, enquete(4, MomentEnquete.SORTIE, SituationStagiaire.AUTRE_SITUATION)])).toBe(true);
    expect(bilanComplet([], [])).toBe(false);
  });

  it("aggregates exits and surveys into the bilan pédagogique", () => {
    const bilan = construireBilan(stagiaires, enquetes, "2007-11-15");
    expect(bilan).toMatchObject({ stagiairesEntres: 4, stagiairesSortis: 4, finsDeFormation: 3, sortiesAnticipees: 1, complet: false });
    expect(bilan.sortiesParMotif.find((r) => r.code === "MOTIFS_PERSONNELS")).toEqual({
      code: "MOTIFS_PERSONNELS", libelle: "Motifs personnels (santé, mutation, déménagement...)", nombre: 1,
    });
    const [sortie, six, an] = bilan.enquetes;
    expect(sortie).toMatchObject({ moment: "SORTIE", attendues: 4, renseignees: 3 });
    expect(sortie!.parSituation.map((r) => r.nombre)).toEqual([1, 1, 1]);
    expect(sortie!.parContrat.filter((r) => r.nombre > 0).map((r) => r.code)).toEqual(["CDI", "INTERIM"]);
    // Only DURAND left more than 6 months before 15/11/2007.
    expect(six).toMatchObject({ attendues: 1, renseignees: 1 });
    expect(an).toMatchObject({ attendues: 0, renseignees: 0 });
  });

  it("takes a survey only after the exit, its delay, and with a contract for a job", () => {
    const refusal = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return [(error as DomainError).extensions.code, (error as DomainError).message];
      }
      throw new Error("accepted");
    };
    expect(refusal(() => checkEnquete(null, MomentEnquete.SORTIE, SituationStagiaire.AUTRE_SITUATION, null, "2007-07-02"))).toEqual([
      "CONFLICT", "La fiche de suivi se remplit une fois le stagiaire sorti de formation.",
    ]);
    expect(refusal(() => checkEnquete("2007-07-01", MomentEnquete.SIX_MOIS, SituationStagiaire.AUTRE_SITUATION, null, "2007-12-31"))).toEqual([
      "CONFLICT", "L'enquête à 6 mois se remplit à partir du 01/01/2008.",
    ]);
    expect(refusal(() => checkEnquete("2007-07-01", MomentEnquete.SORTIE, SituationStagiaire.EMPLOI_SECTEUR, null, "2007-07-01"))).toEqual([
      "BAD_USER_INPUT", "Précisez le contrat de l'emploi occupé.",
    ]);
    expect(refusal(() => checkEnquete("2007-07-01", MomentEnquete.SORTIE, SituationStagiaire.AUTRE_SITUATION, ContratTravail.CDI, "2007-07-01"))).toEqual([
      "BAD_USER_INPUT", "Une « autre situation » n'a pas de contrat de travail.",
    ]);
    expect(() => checkEnquete("2007-07-01", MomentEnquete.UN_AN, SituationStagiaire.EMPLOI_SECTEUR, ContratTravail.CDI, "2008-07-01")).not.toThrow();
  });
});
