import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { inTransaction } from "@sigma/kit/db/transaction";
import { recordHistory } from "@sigma/kit/history/history";
import type { DataSource } from "typeorm";
import { lockSuivi, requireOrganisme, today } from "../access/access.js";
import { premierMoisOuvert } from "../declaration/mois-ouvert.js";
import { Realisation } from "../declaration/realisation.entity.js";
import { checkSortie } from "./sortie.rules.js";
import { ownStagiaire } from "./stagiaire-ecriture.service.js";
import { Stagiaire } from "./stagiaire.entity.js";
import type { SortieInput } from "./stagiaire.input.js";

const totalHeures = (l: Realisation) =>
  l.realiseesCentre + l.nonRealiseesJustifieesCentre + l.nonRealiseesNonJustifieesCentre +
  l.realiseesEntreprise + l.nonRealiseesJustifieesEntreprise + l.nonRealiseesNonJustifieesEntreprise;

/** « Date de sortie », « Fin de formation : oui / non », « Sortie anticipée » (seed 001 § 3.5). */
export class SortieService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async declarer(caller: Caller, input: SortieInput): Promise<Stagiaire> {
    const of = requireOrganisme(caller);
    return inTransaction(this.db, async (tx) => {
      const stagiaire = await ownStagiaire(tx, of, Number(input.stagiaireId));
      const suivi = await lockSuivi(tx, { id: stagiaire.actionId, organismeId: stagiaire.organismeId });
      const lignes = await tx.getRepository(Realisation).findBy({ stagiaireId: stagiaire.id });
      const avecHeures = lignes.filter((l) => totalHeures(l) > 0).map((l) => l.mois).sort();
      checkSortie(
        {
          statut: suivi.statut, dateEntree: stagiaire.dateEntree, aujourdhui: today(this.clock), dernierMoisAvecHeures: avecHeures.at(-1) ?? null,
          dateSortieActuelle: stagiaire.dateSortie, premierMoisOuvert: await premierMoisOuvert(tx, suivi),
        },
        input.dateSortie,
        input.finFormation,
        input.motifSortie,
      );
      const avant = { dateSortie: stagiaire.dateSortie, finFormation: stagiaire.finFormation, motifSortie: stagiaire.motifSortie };
      stagiaire.dateSortie = input.dateSortie;
      stagiaire.finFormation = input.finFormation;
      stagiaire.motifSortie = input.motifSortie ?? null;
      await tx.getRepository(Stagiaire).save(stagiaire);
      await recordHistory(tx, caller, this.clock, {
        objetType: "Stagiaire", objetId: stagiaire.id, action: "sortie", organismeId: stagiaire.organismeId,
        avant, apres: { dateSortie: stagiaire.dateSortie, finFormation: stagiaire.finFormation, motifSortie: stagiaire.motifSortie },
      });
      return stagiaire;
    });
  }
}
