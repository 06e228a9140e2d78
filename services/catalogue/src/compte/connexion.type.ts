import { Field, ObjectType } from "type-graphql";
import { Compte } from "./compte.entity.js";

@ObjectType({ description: "Résultat d'une connexion réussie." })
export class Connexion {
  @Field({ description: "Jeton signé (JWT EdDSA) à présenter en « Authorization: Bearer … »." })
  jeton: string;

  @Field({ description: "Instant d'expiration du jeton (ISO 8601)." })
  expiration: string;

  @Field(() => Compte)
  compte: Compte;
}
