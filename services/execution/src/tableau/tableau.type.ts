import { Field, Int, ObjectType } from "type-graphql";

/** The home page's two panels (seed 003: « MES ACTIONS » and « INDICATEURS DE SUIVI »). */
@ObjectType({ description: "Compteurs du tableau de bord d'accueil (un organisme, ou la Région pour tous)." })
export class TableauDeBord {
  @Field(() => Int, { description: "Actions en attente d'ouverture." }) actionsEnAttenteOuverture: number;
  @Field(() => Int, { description: "Actions en cours." }) actionsEnCours: number;
  @Field(() => Int, { description: "Actions en retard de fermeture (en cours après leur date de fin prévue)." }) actionsEnRetardFermeture: number;
  @Field(() => Int, { description: "Inscriptions en attente : fiches stagiaires partielles." }) inscriptionsEnAttente: number;
  @Field(() => Int, { description: "Déclarations de réalisations en attente : mois écoulés non confirmés des actions en cours." }) declarationsEnAttente: number;
}
