import type { ServiceGraphClient } from "@sigma/kit/graph/service-client";

export type TypeAction = "COLLECTIVE" | "INDIVIDUALISEE";

/** What execution's rules need from catalogue's Action (CONTRACTS.md), typed once. */
export interface ActionReference {
  id: number;
  numero: string;
  organismeId: number;
  dateDebutPrevue: string;
  dateFinPrevue: string;
  type: TypeAction;
  /** null while catalogue does not serve the field (see CONTRACT_FIELDS_SERVED): the limit is then not checked. */
  effectifTotal: number | null;
  effectifRemunere: number | null;
}

/** How execution reads catalogue; tests of pure rules pass plain ActionReference values instead. */
export interface ActionCatalogue {
  /** The action, or null when catalogue does not know it. */
  get(actionId: number): Promise<ActionReference | null>;
  /** Every action (a service reads them all), for the home counters. */
  all(): Promise<ActionReference[]>;
}

/**
 * Catalogue's contract fields `actionParId`, `type`, `effectifTotal`, `effectifRemunere`
 * (CONTRACTS.md) are being added on the catalogue branch. Until they are on main, reads go
 * through `actions` (which a service account sees whole) with the fields main has; `type`
 * then reads as COLLECTIVE (the stricter opening rule, and what both demo actions are) and
 * the effectifs as unknown. Set this to true once catalogue serves the contract: nothing
 * else changes.
 */
const CONTRACT_FIELDS_SERVED = true;

const FIELDS_ON_MAIN = "id numero dateDebutPrevue dateFinPrevue organisme { id }";
const CONTRACT_FIELDS = `${FIELDS_ON_MAIN} type effectifTotal effectifRemunere`;
const FIELDS = CONTRACT_FIELDS_SERVED ? CONTRACT_FIELDS : FIELDS_ON_MAIN;

interface RawAction {
  id: string;
  numero: string;
  dateDebutPrevue: string;
  dateFinPrevue: string;
  organisme: { id: string };
  type?: TypeAction;
  effectifTotal?: number;
  effectifRemunere?: number;
}

function toReference(raw: RawAction): ActionReference {
  return {
    id: Number(raw.id),
    numero: raw.numero,
    organismeId: Number(raw.organisme.id),
    dateDebutPrevue: raw.dateDebutPrevue,
    dateFinPrevue: raw.dateFinPrevue,
    type: raw.type ?? "COLLECTIVE",
    effectifTotal: raw.effectifTotal ?? null,
    effectifRemunere: raw.effectifRemunere ?? null,
  };
}

/** Reads catalogue through the gateway with execution's service credential (never its tables). */
export class ActionReferenceClient implements ActionCatalogue {
  constructor(private readonly graph: () => ServiceGraphClient) {}

  async get(actionId: number): Promise<ActionReference | null> {
    if (!CONTRACT_FIELDS_SERVED) return (await this.all()).find((action) => action.id === actionId) ?? null;
    const data = await this.graph().query<{ actionParId: RawAction | null }>(
      `query ExecutionActionReference($id: ID!) { actionParId(id: $id) { ${FIELDS} } }`,
      { id: String(actionId) },
    );
    return data.actionParId ? toReference(data.actionParId) : null;
  }

  async all(): Promise<ActionReference[]> {
    const data = await this.graph().query<{ actions: RawAction[] }>(`query ExecutionActionReferences { actions { ${FIELDS} } }`);
    return data.actions.map(toReference);
  }
}
