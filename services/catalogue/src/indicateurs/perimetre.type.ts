import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, HeuresScalar } from "@sigma/kit/schema/scalars";

@InputType({ description: "Filtre des indicateurs : chaque critère omis ne filtre pas. Un organisme ne voit que ses propres chiffres." })
export class FiltreIndicateurs {
  @Field(() => Int, { nullable: true, description: "Année de programmation des actions (ex. 2023)." })
  anneeProgrammation?: number | null;

  @Field(() => String, { nullable: true, description: "Dispositif du marché des actions (ex. « PROJET PRO 2023 »), libellé exact." })
  dispositif?: string | null;

  @Field(() => String, { nullable: true, description: "Département (territoire) des actions, ex. « 34 »." })
  departement?: string | null;

  @Field(() => ID, { nullable: true, description: "Organisme titulaire (Région seulement ; un organisme est toujours restreint au sien)." })
  organismeId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Début de la période (inclus). Chaque indicateur dit à quelle date il l'applique." })
  du?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Fin de la période (incluse)." })
  au?: string | null;
}

/**
 * The federated entity of issue 8: catalogue resolves it from a filter; execution and finance
 * add their figures for the same key, so one query reads a perimeter's figures from the three
 * domains. `cle` is the canonical scoped perimeter (see @sigma/kit/indicateurs/perimetre).
 */
@Directive('@key(fields: "cle")')
@ObjectType({
  description:
    "Périmètre d'indicateurs (tableau de bord de la Région ou d'un organisme) : les chiffres de l'offre (catalogue), de l'exécution et de la facturation pour un même filtre, calculés par chaque domaine en SQL.",
})
export class Perimetre {
  @Field(() => ID, { description: "Clé canonique du périmètre (filtre après application des droits de l'appelant)." })
  cle: string;

  @Field(() => Int, { nullable: true, description: "Année de programmation retenue (nulle : toutes)." })
  anneeProgrammation: number | null;

  @Field(() => String, { nullable: true, description: "Dispositif retenu (nul : tous)." })
  dispositif: string | null;

  @Field(() => String, { nullable: true, description: "Département retenu (nul : tous)." })
  departement: string | null;

  @Field(() => ID, { nullable: true, description: "Organisme retenu (nul : tous ; toujours le sien pour un organisme)." })
  organismeId: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Début de la période retenue." })
  du: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Fin de la période retenue." })
  au: string | null;
}

export enum EtatSession { A_VENIR = "A_VENIR", EN_COURS = "EN_COURS", TERMINEE = "TERMINEE", ANNULEE = "ANNULEE" }
registerEnumType(EtatSession, {
  name: "EtatSession",
  description: "État d'une session publiée à la date du jour.",
  valuesConfig: {
    A_VENIR: { description: "Commence après aujourd'hui." },
    EN_COURS: { description: "Commencée, pas encore terminée." },
    TERMINEE: { description: "Terminée avant aujourd'hui." },
    ANNULEE: { description: "Annulée (0 place)." },
  },
});

export enum EtatInformationCollective { PROGRAMMEE = "PROGRAMMEE", TENUE = "TENUE", ANNULEE = "ANNULEE" }
registerEnumType(EtatInformationCollective, {
  name: "EtatInformationCollective",
  description: "État d'une information collective à la date du jour.",
  valuesConfig: {
    PROGRAMMEE: { description: "Aujourd'hui ou plus tard." },
    TENUE: { description: "Tenue : date passée, non annulée." },
    ANNULEE: { description: "Annulée (0 place)." },
  },
});

export enum AxeRepartition { DISPOSITIF = "DISPOSITIF", DEPARTEMENT = "DEPARTEMENT", ANNEE = "ANNEE", ORGANISME = "ORGANISME" }
registerEnumType(AxeRepartition, {
  name: "AxeRepartition",
  description: "Axe de ventilation d'un indicateur.",
  valuesConfig: {
    DISPOSITIF: { description: "Par dispositif du marché." },
    DEPARTEMENT: { description: "Par département de l'action." },
    ANNEE: { description: "Par année de programmation." },
    ORGANISME: { description: "Par organisme titulaire (identifiant)." },
  },
});

@ObjectType({ description: "Sessions publiées dans un état donné." })
export class SessionsParEtat {
  @Field(() => EtatSession, { description: "État des sessions." }) etat: EtatSession;
  @Field(() => Int, { description: "Nombre de sessions." }) nombre: number;
  @Field(() => Int, { description: "Places offertes (somme des places ; 0 pour les annulées)." }) places: number;
}

@ObjectType({ description: "Informations collectives dans un état donné." })
export class InformationsCollectivesParEtat {
  @Field(() => EtatInformationCollective, { description: "État des informations collectives." }) etat: EtatInformationCollective;
  @Field(() => Int, { description: "Nombre d'informations collectives." }) nombre: number;
  @Field(() => Int, { description: "Places (capacité totale)." }) places: number;
}

@ObjectType({ description: "Indicateurs de l'offre (catalogue) du périmètre." })
export class IndicateursOffre {
  @Field(() => Int, { description: "Actions du périmètre (période : actions dont les dates prévues la recoupent)." }) actions: number;
  @Field(() => Int, { description: "Effectif total prévu des actions du périmètre." }) effectifPrevu: number;
  @Field(() => Int, { description: "Sessions publiées (période : sessions dont les dates la recoupent)." }) sessions: number;
  @Field(() => Int, { description: "Places offertes : somme des places des sessions non annulées." }) placesOffertes: number;
  @Field(() => Int, { description: "Informations collectives tenues (date passée, non annulées ; période : date de l'information collective)." })
  informationsCollectivesTenues: number;
  @Field(() => [SessionsParEtat], { description: "Sessions par état (à venir, en cours, terminée, annulée)." }) sessionsParEtat: SessionsParEtat[];
  @Field(() => [InformationsCollectivesParEtat], { description: "Informations collectives par état (programmée, tenue, annulée)." })
  informationsCollectivesParEtat: InformationsCollectivesParEtat[];
}

@ObjectType({ description: "Une ligne de ventilation de l'offre (un dispositif, un département…)." })
export class LigneRepartitionOffre {
  @Field({ description: "Valeur de l'axe (libellé du dispositif, numéro de département, année, identifiant d'organisme)." }) cle: string;
  @Field(() => Int, { description: "Actions." }) actions: number;
  @Field(() => Int, { description: "Sessions publiées." }) sessions: number;
  @Field(() => Int, { description: "Places offertes (sessions non annulées)." }) placesOffertes: number;
}

@ObjectType({ description: "Dimensions d'une action recopiées par l'exécution et la finance pour filtrer leurs indicateurs (comptes de service)." })
export class DimensionAction {
  @Field(() => ID, { description: "Identifiant de l'action." }) id: string;
  @Field(() => ID, { description: "Organisme titulaire." }) organismeId: string;
  @Field(() => Int, { description: "Année de programmation." }) anneeProgrammation: number;
  @Field({ description: "Dispositif du marché (vide si l'action n'a pas de marché)." }) dispositif: string;
  @Field({ description: "Département." }) departement: string;
  @Field(() => DateScalar, { description: "Date de début prévue." }) dateDebutPrevue: string;
  @Field(() => DateScalar, { description: "Date de fin prévue." }) dateFinPrevue: string;
  @Field(() => HeuresScalar, { description: "Volume total contractualisé des prestations heure centre (HC) et heure entreprise (HE)." })
  heuresContractualisees: number;
}
