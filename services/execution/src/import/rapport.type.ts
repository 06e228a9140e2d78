import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Une ligne refusée d'un fichier importé." })
export class LigneRefusee {
  @Field(() => Int, { description: "Numéro de la ligne dans le fichier (1 : la ligne des noms de colonnes)." }) ligne: number;
  @Field({ description: "Motif du refus." }) motif: string;
}

@ObjectType({ description: "Compte rendu d'un import : tout le fichier est enregistré, ou rien s'il compte une ligne refusée." })
export class RapportImport {
  @Field({ description: "Vrai si le fichier a été enregistré (aucune ligne refusée)." }) importe: boolean;
  @Field(() => [Int], { description: "Numéros des lignes acceptées." }) lignesAcceptees: number[];
  @Field(() => [LigneRefusee], { description: "Lignes refusées et leur motif." }) lignesRefusees: LigneRefusee[];
}
