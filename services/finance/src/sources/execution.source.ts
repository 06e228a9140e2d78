import { parseHundredths } from "@sigma/kit/money/decimal";
import type { FrequencePaiement } from "../rules/payment-modes.js";
import { aliasedActions, readActions, readOrNothing, type GraphReader } from "./graph-read.js";
import type { ActionExecution, StatutAction } from "./inputs.js";

const SELECTION = /* GraphQL */ `{
  id statut dateDebutReelle dateFinReelle frequencePaiement bilanComplet
  declarations {
    mois etat nombreStagiaires
    heuresRealiseesCentre heuresNonRealiseesJustifieesCentre
    heuresRealiseesEntreprise heuresNonRealiseesJustifieesEntreprise
    forfaitsParcoursRealises
  }
  prescription { forfaitsParcours heuresCentre heuresEntreprise }
}`;

interface Raw {
  id: string;
  statut: StatutAction;
  dateDebutReelle: string | null;
  dateFinReelle: string | null;
  frequencePaiement: FrequencePaiement | null;
  bilanComplet: boolean;
  declarations: {
    mois: string;
    etat: string;
    nombreStagiaires: number;
    heuresRealiseesCentre: string;
    heuresNonRealiseesJustifieesCentre: string;
    heuresRealiseesEntreprise: string;
    heuresNonRealiseesJustifieesEntreprise: string;
    forfaitsParcoursRealises: string;
  }[];
  prescription: { forfaitsParcours: string; heuresCentre: string; heuresEntreprise: string } | null;
}

const h = (text: string | null | undefined): number => (text ? parseHundredths(text) ?? 0 : 0);

/**
 * Execution, read through the gateway as svc-finance: statut, real dates, payment frequency,
 * the monthly declarations with their confirmed hours and forfaits réalisés, bilanComplet, and the
 * CRE's « prescrit » — one gateway request per batch of actions.
 */
export class ExecutionSource {
  constructor(private readonly reader: () => GraphReader) {}

  async actions(ids: readonly number[]): Promise<(ActionExecution | null | undefined)[]> {
    return readActions<Raw, ActionExecution>(
      ids,
      (batch) => readOrNothing<Record<string, Raw | null>>(this.reader(), "exécution : déclarations", aliasedActions(batch, SELECTION)),
      (raw) => {
        const p = raw.prescription;
        return {
          id: Number(raw.id),
          statut: raw.statut,
          dateDebutReelle: raw.dateDebutReelle,
          dateFinReelle: raw.dateFinReelle,
          frequencePaiement: raw.frequencePaiement,
          bilanComplet: raw.bilanComplet,
          prescrit: p ? { FP: h(p.forfaitsParcours), HC: h(p.heuresCentre), HE: h(p.heuresEntreprise) } : null,
          declarations: raw.declarations.map((d) => ({
            mois: d.mois,
            confirmee: d.etat === "CONFIRMEE",
            nombreStagiaires: d.nombreStagiaires,
            heuresRealiseesCentre: h(d.heuresRealiseesCentre),
            heuresNonRealiseesJustifieesCentre: h(d.heuresNonRealiseesJustifieesCentre),
            heuresRealiseesEntreprise: h(d.heuresRealiseesEntreprise),
            heuresNonRealiseesJustifieesEntreprise: h(d.heuresNonRealiseesJustifieesEntreprise),
            forfaitsRealises: h(d.forfaitsParcoursRealises),
          })),
        };
      },
    );
  }

  /** The action; null when unknown; undefined when the graph cannot answer. */
  async action(id: number): Promise<ActionExecution | null | undefined> {
    return (await this.actions([id]))[0];
  }
}

/** Execution's actionsOuvertes(depuis): the actions opened after an instant, for their advance invoice. */
export class OuverturesSource {
  constructor(private readonly reader: () => GraphReader) {}

  async depuis(instant: string | null): Promise<{ id: number; dateDebutReelle: string | null }[] | null> {
    const data = await readOrNothing<{ actionsOuvertes: { id: string; dateDebutReelle: string | null }[] }>(
      this.reader(),
      "exécution : actionsOuvertes",
      /* GraphQL */ `query FinanceOuvertures($depuis: String) { actionsOuvertes(depuis: $depuis) { id dateDebutReelle } }`,
      { depuis: instant },
    );
    return data ? data.actionsOuvertes.map((a) => ({ id: Number(a.id), dateDebutReelle: a.dateDebutReelle })) : null;
  }
}
