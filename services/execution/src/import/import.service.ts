import type { Caller } from "@sigma/kit/auth/caller";
import { parseCsv, type CsvRecord } from "@sigma/kit/csv/csv";
import { isMonth } from "@sigma/kit/dates/calendar";
import { inTransaction } from "@sigma/kit/db/transaction";
import { badInput, isDomainError } from "@sigma/kit/errors/errors";
import type { DataSource, EntityManager } from "typeorm";
import { ActionAccess, lockSuivi, requireOrganisme } from "../access/access.js";
import type { ActionSuivi } from "../action/action-suivi.entity.js";
import { SaisieService } from "../declaration/saisie.service.js";
import { StagiaireEcritureService } from "../stagiaire/stagiaire-ecriture.service.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { checkColonnesHeures, cleStagiaire, ligneHeures, type LigneHeures } from "./heures.csv.js";
import type { RapportImport } from "./rapport.type.js";
import { checkColonnesStagiaires, stagiaireDeLigne } from "./stagiaire.csv.js";

/** Under the gateway's body limit, with room for the rest of the request. */
export const LIMITES = { maxCharacters: 90_000, maxLines: 500 };

class Annulation extends Error {}

/**
 * SIGMA's « Imports »: every line goes through the same service method as the form, each in its
 * own savepoint so that the report tells every refused line; one refusal and nothing is kept.
 */
export class ImportService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ActionAccess,
    private readonly stagiaires: StagiaireEcritureService,
    private readonly saisie: SaisieService,
  ) {}

  async importerStagiaires(caller: Caller, actionId: number, csv: string, partiel: boolean): Promise<RapportImport> {
    const of = requireOrganisme(caller);
    const action = await this.access.ownAction(of, actionId);
    const { colonnes, lignes } = parseCsv(csv, LIMITES);
    checkColonnesStagiaires(colonnes);
    return this.toutOuRien(action, lignes, async (tx, suivi, rapport) => {
      for (const { ligne, valeurs } of lignes) {
        await this.ligne(tx, rapport, ligne, () => this.stagiaires.enregistrer(tx, caller, action, suivi, null, stagiaireDeLigne(valeurs), partiel));
      }
    });
  }

  async importerHeures(caller: Caller, actionId: number, mois: string, csv: string): Promise<RapportImport> {
    const of = requireOrganisme(caller);
    if (!isMonth(mois)) throw badInput("Le mois doit s'écrire AAAA-MM (ex. 2007-01).", "mois");
    const action = await this.access.ownAction(of, actionId);
    const { colonnes, lignes } = parseCsv(csv, LIMITES);
    checkColonnesHeures(colonnes);
    return this.toutOuRien(action, lignes, async (tx, suivi, rapport) => {
      const parCle = new Map<string, Stagiaire>();
      for (const s of await tx.getRepository(Stagiaire).findBy({ actionId })) parCle.set(cleStagiaire(s.nom, s.prenom, s.dateNaissance), s);
      // Read every line first (an absence line belongs to its trainee's hours line), then save trainee by trainee.
      const groupes = new Map<string, { ligne: number; heures?: LigneHeures & { type: "HEURES" }; absences: number[]; lues: (LigneHeures & { type: "ABSENCE" })[] }>();
      for (const { ligne, valeurs } of lignes) {
        await this.ligne(tx, rapport, ligne, async () => {
          const lue = ligneHeures(valeurs);
          if (!parCle.has(lue.cle)) throw badInput(`Stagiaire inconnu sur cette action : ${lue.cle.split("|").slice(0, 2).join(" ")}.`, "nom");
          const groupe = groupes.get(lue.cle) ?? { ligne, absences: [], lues: [] };
          groupes.set(lue.cle, groupe);
          if (lue.type === "ABSENCE") {
            groupe.lues.push(lue);
            groupe.absences.push(ligne);
          } else if (groupe.heures) {
            throw badInput("Une seule ligne HEURES par stagiaire.", "type");
          } else {
            Object.assign(groupe, { ligne, heures: lue });
          }
        }, false);
      }
      for (const [cle, groupe] of groupes) {
        if (!groupe.heures) {
          for (const ligne of groupe.absences) rapport.lignesRefusees.push({ ligne, motif: "Période d'absence sans ligne HEURES pour ce stagiaire." });
          continue;
        }
        const input = { ...groupe.heures.heures, stagiaireId: String(parCle.get(cle)!.id), mois, absences: groupe.lues.map((l) => l.absence) };
        const accepted = await this.ligne(tx, rapport, groupe.ligne, () => this.saisie.enregistrer(tx, caller, suivi, parCle.get(cle)!, input));
        if (accepted) rapport.lignesAcceptees.push(...groupe.absences);
      }
      rapport.lignesAcceptees.sort((a, b) => a - b);
    });
  }

  /** Runs the import in one transaction, rolled back when any line was refused. */
  private async toutOuRien(
    action: { id: number; organismeId: number },
    lignes: CsvRecord[],
    run: (tx: EntityManager, suivi: ActionSuivi, rapport: RapportImport) => Promise<void>,
  ): Promise<RapportImport> {
    const rapport: RapportImport = { importe: false, lignesAcceptees: [], lignesRefusees: [] };
    if (lignes.length === 0) throw badInput("Le fichier ne compte aucune ligne à importer.", "csv");
    try {
      await inTransaction(this.db, async (tx) => {
        // A deadlock victim is run again from the start: the report too.
        rapport.lignesAcceptees = [];
        rapport.lignesRefusees = [];
        await run(tx, await lockSuivi(tx, action), rapport);
        rapport.lignesRefusees.sort((a, b) => a.ligne - b.ligne);
        if (rapport.lignesRefusees.length > 0) throw new Annulation();
      });
      rapport.importe = true;
    } catch (error) {
      if (!(error instanceof Annulation)) throw error;
      rapport.lignesAcceptees = rapport.lignesAcceptees.filter((l) => !rapport.lignesRefusees.some((r) => r.ligne === l));
    }
    return rapport;
  }

  /** One line in its savepoint: accepted, or refused with the rule's message (anything else aborts the import). */
  private async ligne(tx: EntityManager, rapport: RapportImport, ligne: number, work: () => Promise<unknown>, accept = true): Promise<boolean> {
    try {
      await tx.transaction(() => work());
      if (accept) rapport.lignesAcceptees.push(ligne);
      return true;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      rapport.lignesRefusees.push({ ligne, motif: error.message });
      return false;
    }
  }
}
