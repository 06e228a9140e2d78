import { Field, InputType } from "type-graphql";

@InputType({ description: "« Modifier votre compte » : seuls les champs fournis changent." })
export class ModifierCompteInput {
  @Field({ nullable: true, description: "Nouvel identifiant (3 à 60 caractères : lettres, chiffres, . _ -)." })
  identifiant?: string;

  @Field({ nullable: true, description: "Nouveau mot de passe (10 caractères au moins)." })
  motDePasse?: string;

  @Field({ nullable: true, description: "Confirmation du mot de passe." })
  confirmation?: string;

  @Field({ nullable: true, description: "Adresse de l'organisme." })
  adresse?: string;

  @Field({ nullable: true, description: "Complément d'adresse." })
  complementAdresse?: string;

  @Field({ nullable: true, description: "Code postal (5 chiffres)." })
  codePostal?: string;

  @Field({ nullable: true, description: "Ville." })
  ville?: string;
}
