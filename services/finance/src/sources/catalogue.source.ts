import { parseHundredths } from "@sigma/kit/money/decimal";
import type { TypePrestation } from "../rules/period-cost.js";
import { aliasedActions, readActions, readOrNothing, type GraphReader } from "./graph-read.js";
import type { ActionCatalogue } from "./inputs.js";

const SELECTION = /* GraphQL */ `{
  id numero intitule numeroContrat prixTotal
  organisme { id code raisonSociale siret adresse codePostal ville tauxTvaPointsDeBase }
  marche { sousTraitants { id raisonSociale siret } }
  composantes { numero intitule prestations { type libelle volumeTotal prixUnitaire } }
}`;

interface Raw {
  id: string;
  numero: string;
  intitule: string;
  numeroContrat: string;
  prixTotal: string;
  organisme: { id: string; code: string; raisonSociale: string; siret: string; adresse: string | null; codePostal: string | null; ville: string | null; tauxTvaPointsDeBase: number };
  marche: { sousTraitants: { id: string; raisonSociale: string; siret: string }[] };
  composantes: { numero: string; intitule: string; prestations: { type: TypePrestation; libelle: string; volumeTotal: string; prixUnitaire: string }[] }[];
}

const exact = (text: string): number => {
  const value = parseHundredths(text);
  if (value === null) throw new Error(`valeur décimale inattendue du catalogue : ${text}`);
  return value;
};

function convert(raw: Raw): ActionCatalogue {
  return {
    id: Number(raw.id),
    numero: raw.numero,
    intitule: raw.intitule,
    numeroContrat: raw.numeroContrat,
    prixTotal: exact(raw.prixTotal),
    organisme: { ...raw.organisme, id: Number(raw.organisme.id) },
    sousTraitants: raw.marche.sousTraitants.map((s) => ({ ...s, id: Number(s.id) })),
    composantes: raw.composantes.map((c) => ({
      numero: c.numero,
      intitule: c.intitule,
      prestations: c.prestations.map((p) => ({ type: p.type, libelle: p.libelle, volumeTotal: exact(p.volumeTotal), prixUnitaire: exact(p.prixUnitaire) })),
    })),
  };
}

/**
 * Catalogue, read through the gateway as svc-finance: what an invoice snapshots (prices,
 * volumes, contract amount, organisme and its VAT, the marché's sous-traitants).
 * Null for an action catalogue does not know — or while the graph cannot answer.
 */
export class CatalogueSource {
  constructor(private readonly reader: () => GraphReader) {}

  actions(ids: readonly number[]): Promise<(ActionCatalogue | null | undefined)[]> {
    return readActions<Raw, ActionCatalogue>(
      ids,
      (batch) => readOrNothing<Record<string, Raw | null>>(this.reader(), "catalogue : actionParId", aliasedActions(batch, SELECTION)),
      convert,
    );
  }

  /** The action; null when unknown; undefined when the graph cannot answer. */
  async action(id: number): Promise<ActionCatalogue | null | undefined> {
    return (await this.actions([id]))[0];
  }
}
