import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { COLONNES_HEURES } from "./heures.csv.js";
import { ImportService, LIMITES } from "./import.service.js";
import { RapportImport } from "./rapport.type.js";
import { COLONNES_STAGIAIRES } from "./stagiaire.csv.js";

const FORMAT = `Fichier CSV séparé par des points-virgules, la première ligne nomme les colonnes ; dates jj/mm/aaaa, heures 10,50, oui/non, listes par leur code ; ${LIMITES.maxLines} lignes et ${LIMITES.maxCharacters} caractères au plus.`;

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Mutation(() => RapportImport, {
    description: `Importe des stagiaires sur une action, chaque ligne contrôlée comme la fiche ; rien n'est enregistré si une ligne est refusée. ${FORMAT} Colonnes : ${COLONNES_STAGIAIRES.join(";")} (nom et prenom obligatoires).`,
  })
  importerStagiaires(
    @Arg("actionId", () => ID) actionId: string,
    @Arg("csv", { description: "Contenu du fichier CSV." }) csv: string,
    @Arg("partiel", () => Boolean, { defaultValue: false, description: "Vrai : les fiches incomplètes sont acceptées (inscriptions en attente)." }) partiel: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<RapportImport> {
    return this.imports.importerStagiaires(requireCaller(ctx), idOf(actionId), csv, partiel);
  }

  @Mutation(() => RapportImport, {
    description: `Importe les heures d'un mois d'une action, chaque stagiaire contrôlé comme la saisie des heures ; rien n'est enregistré si une ligne est refusée. ${FORMAT} Colonnes : ${COLONNES_HEURES.join(";")} ; type HEURES (une ligne par stagiaire) ou ABSENCE (une ligne par période d'absence).`,
  })
  importerHeures(
    @Arg("actionId", () => ID) actionId: string,
    @Arg("mois", { description: "Mois déclaré, AAAA-MM." }) mois: string,
    @Arg("csv", { description: "Contenu du fichier CSV." }) csv: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RapportImport> {
    return this.imports.importerHeures(requireCaller(ctx), idOf(actionId), mois, csv);
  }
}
