import { DiscreteSampler, Rng, zipfWeights } from "./random.js";
import type { Scale } from "./scale.js";

/** Generated ids start past this, clear of the demo data's small ids (organismes 1, 2; actions 1, 2…). */
export const ID_BASE = 1000;

export type StatutAction = "AO" | "EC" | "CLOTUREE" | "NON_OUVERTE";

export interface OrganismeModel {
  id: number;
  code: string;
  raisonSociale: string;
  siret: string;
  ville: string;
  codePostal: string;
}

export interface ActionModel {
  id: number;
  organismeId: number;
  numero: string;
  numeroContrat: string;
  intitule: string;
  annee: number;
  /** Planned start, as a day number since 1970-01-01 (formatted by `day()`). */
  debut: number;
  fin: number;
  statut: StatutAction;
  /** What the dashboard filters on (issue 8): the marché (so the dispositif), the département, and the plan. */
  dimensions: DimensionsModel;
}

export interface DimensionsModel {
  /** The marché of the organisme for the action's year; null when actions go to existing organismes (no generated marché). */
  marcheId: number | null;
  /** The marché's dispositif ('' without a marché, as catalogue reads it). */
  dispositif: string;
  departement: string;
  lieu: string;
  effectif: number;
  /** Hundredths of an hour per trainee and in all (the HC prestation); 0 without a generated composante. */
  volumeMoyen: number;
  heuresContractualisees: number;
}

export interface MarcheModel {
  id: number;
  numero: string;
  dispositif: string;
  annee: number;
  titulaireId: number;
}

/** Years of programmation the actions are spread over (one marché per organisme and year). */
export const ANNEES = [2022, 2023, 2024, 2025] as const;
/** Dispositifs of the Région's marchés (seed 002's names, without the year the label carries), with their weights. */
export const DISPOSITIFS: Record<string, number> = {
  "PROJET PRO": 30, "COMPETENCES PLUS": 25, "QUALIF PRO": 20, "SAVOIRS DE BASE": 12, "PREPA APPRENTISSAGE": 8, "ECOLE REGIONALE DEUXIEME CHANCE": 5,
};
/** Occitanie's départements, by their chef-lieu. */
const DEPARTEMENTS: [string, string][] = [
  ["09", "FOIX"], ["11", "CARCASSONNE"], ["12", "RODEZ"], ["30", "NIMES"], ["31", "TOULOUSE"], ["32", "AUCH"], ["34", "MONTPELLIER"],
  ["46", "CAHORS"], ["48", "MENDE"], ["65", "TARBES"], ["66", "PERPIGNAN"], ["81", "ALBI"], ["82", "MONTAUBAN"],
];

export interface DatasetOptions {
  seed: number;
  scale: Scale;
  /** Which organisme holds action number `index` (default: a Zipf law over the generated organismes). */
  organismeOf?: (index: number, rng: Rng) => number;
}

const VILLES: [string, string][] = [
  ["TOULOUSE", "31000"], ["MONTPELLIER", "34000"], ["NIMES", "30000"], ["PERPIGNAN", "66000"], ["BEZIERS", "34500"],
  ["MONTAUBAN", "82000"], ["NARBONNE", "11100"], ["ALBI", "81000"], ["CARCASSONNE", "11000"], ["RODEZ", "12000"],
  ["TARBES", "65000"], ["CASTRES", "81100"], ["SETE", "34200"], ["AUCH", "32000"], ["CAHORS", "46000"], ["MENDE", "48000"], ["FOIX", "09000"],
];
const FORMES = ["GRETA", "AFPA", "CFA", "INSTITUT", "ECOLE", "CENTRE DE FORMATION", "ASSOCIATION", "SARL FORMATION"];
const DOMAINES = [
  "PREPARATION AUX CONCOURS SANITAIRE ET SOCIAL", "REMISE A NIVEAU SAVOIRS DE BASE", "SOUDAGE", "AIDE A DOMICILE", "CARISTE CACES",
  "DEVELOPPEUR WEB", "AGENT DE PROPRETE", "CUISINE", "COMPTABILITE", "LOGISTIQUE", "FRANCAIS LANGUE ETRANGERE", "BATIMENT GROS OEUVRE",
];
export const NOMS = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER", "FRANCOIS", "LEGRAND", "GAUTHIER", "LOPEZ", "FABRE"];
export const PRENOMS = ["LEA", "HUGO", "CHLOE", "LUCAS", "EMMA", "NATHAN", "MANON", "ENZO", "INES", "LOUIS", "JADE", "GABRIEL", "SARAH", "YANIS", "CAMILLE", "MOHAMED", "LINA", "THEO", "ZOE", "KARIM", "AMINA", "JULIEN", "NADIA", "PIERRE"];

const DAY_MS = 86_400_000;
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const day = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The world the generator writes, as pure functions of (seed, index): organisme i, action i, and
 * (through the table specs) every child row. Nothing is kept in memory but the Zipf sampler.
 */
export class Dataset {
  readonly seed: number;
  readonly scale: Scale;
  private readonly organismeSampler: DiscreteSampler;
  private readonly organismeOf: DatasetOptions["organismeOf"];

  constructor(options: DatasetOptions) {
    this.seed = options.seed;
    this.scale = options.scale;
    // Exponent 1: the largest OF holds ~12 % of the actions at full scale, half the OF hold 1–5 actions.
    this.organismeSampler = new DiscreteSampler(zipfWeights(options.scale.organismes, 1));
    this.organismeOf = options.organismeOf;
  }

  rng(stream: string, ...key: number[]): Rng {
    return new Rng(this.seed, stream, ...key);
  }

  organisme(index: number): OrganismeModel {
    const rng = this.rng("organisme", index);
    const [ville, codePostal] = rng.pick(VILLES);
    const id = ID_BASE + index + 1;
    return {
      id,
      code: `OF${String(id).padStart(6, "0")}`,
      raisonSociale: `${rng.pick(FORMES)} ${ville} ${index + 1}`,
      siret: String(10_000_000_000_000 + rng.int(0, 89_999_999_999_999)).slice(0, 14),
      ville,
      codePostal,
    };
  }

  action(index: number): ActionModel {
    const rng = this.rng("action", index);
    const id = ID_BASE + index + 1;
    const organismeId = this.organismeOf ? this.organismeOf(index, rng) : ID_BASE + this.organismeSampler.index(rng.next()) + 1;
    const annee = rng.weighted({ 2022: 2, 2023: 3, 2024: 3, 2025: 2 });
    const debut = dayOf(`${annee}-01-02`) + rng.int(0, 300);
    const fin = debut + rng.int(60, 540);
    const contrat = `${String(annee).slice(2)}${rng.pick(["P", "C"])}${String(rng.int(0, 9_999_999)).padStart(8, "0")}`;
    return {
      id,
      organismeId,
      numero: `${contrat}_${id}`,
      numeroContrat: contrat,
      intitule: `${rng.pick(DOMAINES)} - LOT ${rng.int(1, 60)}`,
      annee: Number(annee),
      debut,
      fin,
      // Seed 003's life cycle: most actions running, a quarter closed, a few waiting or never opened.
      statut: rng.weighted<StatutAction>({ AO: 15, EC: 55, CLOTUREE: 25, NON_OUVERTE: 5 }),
      dimensions: this.dimensions(index, organismeId, Number(annee)),
    };
  }

  /**
   * The marché (so the dispositif), département, lieu and planned effectif and hours of action
   * `index`, from their own random stream (the action's other draws are unchanged by them, so a
   * dataset generated before they existed can be completed in place: see backfill.main.ts).
   * Most actions take place in their organisme's département, the others anywhere in the region.
   */
  private dimensions(index: number, organismeId: number, annee: number): DimensionsModel {
    const rng = this.rng("action-dimensions", index);
    const genere = !this.organismeOf;
    const organisme = genere ? this.organisme(organismeId - ID_BASE - 1) : null;
    const ailleurs = rng.pick(DEPARTEMENTS);
    const chez = organisme ? DEPARTEMENTS.find(([d]) => organisme.codePostal.startsWith(d)) : undefined;
    const [departement, lieu] = chez && rng.chance(0.8) ? [chez[0], organisme!.ville] : ailleurs;
    const effectif = rng.int(8, 18);
    // 1 000 to 1 400 hours per trainee: what the monthly hours add up to, so the taux de réalisation is near 100 %.
    const volumeMoyen = rng.int(1_000, 1_400) * 100;
    const marche = genere ? this.marche(organismeId - ID_BASE - 1, annee) : null;
    return {
      marcheId: marche?.id ?? null,
      dispositif: marche?.dispositif ?? "",
      departement,
      lieu,
      effectif,
      volumeMoyen: genere ? volumeMoyen : 0,
      heuresContractualisees: genere ? effectif * volumeMoyen : 0,
    };
  }

  /** The marché of organisme `organismeIndex` for `annee` (one per organisme and year of ANNEES). */
  marche(organismeIndex: number, annee: number): MarcheModel {
    const rang = annee - ANNEES[0];
    const id = ID_BASE + organismeIndex * ANNEES.length + rang + 1;
    const rng = this.rng("marche", organismeIndex, annee);
    const dispositif = `${rng.weighted(DISPOSITIFS)} ${annee}`;
    return { id, numero: `${String(annee).slice(2)}M${String(id).padStart(8, "0")}`, dispositif, annee, titulaireId: ID_BASE + organismeIndex + 1 };
  }
}
