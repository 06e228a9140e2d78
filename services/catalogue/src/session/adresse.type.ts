import { Field, ObjectType } from "type-graphql";

/** The structured address of seed 004's information collective form (* = required). */
@ObjectType({ description: "Adresse structurée (n° de voie, extension, type et libellé de voie, code postal, ville…)." })
export class Adresse {
  @Field(() => String, { nullable: true, description: "N° de voie." })
  numeroVoie: string | null;

  @Field(() => String, { nullable: true, description: "Extension de voie (bis, ter…)." })
  extensionVoie: string | null;

  @Field(() => String, { nullable: true, description: "Type de voie (rue, allée…)." })
  typeVoie: string | null;

  @Field({ description: "Libellé de la voie." })
  libelleVoie: string;

  @Field(() => String, { nullable: true, description: "Entrée, immeuble, bâtiment, résidence…" })
  complement: string | null;

  @Field(() => String, { nullable: true, description: "Mention spéciale (BP, CS…) - commune géographique." })
  mentionSpeciale: string | null;

  @Field({ description: "Code postal (5 chiffres)." })
  codePostal: string;

  @Field({ description: "Ville." })
  ville: string;

  @Field(() => String, { nullable: true, description: "Cedex." })
  cedex: string | null;

  @Field({ description: "Ligne de voie telle qu'affichée (ex. « 12 ter allée de la madeleine »)." })
  ligne: string;
}

/** « 12 ter allée de la madeleine »: the non-empty parts of the street, in order. */
export function ligneVoie(a: Pick<Adresse, "numeroVoie" | "extensionVoie" | "typeVoie" | "libelleVoie">): string {
  return [a.numeroVoie, a.extensionVoie, a.typeVoie, a.libelleVoie].filter((part) => part).join(" ");
}
