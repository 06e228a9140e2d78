import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { integerTransformer } from "../money/integer.transformer.js";

/**
 * Catalogue's dimensions of an action, copied into execution's and finance's own databases
 * (issue 8). Why a copy: the dashboard filters execution's and finance's facts by année de
 * programmation, dispositif and département, which only catalogue knows; a subgraph never reads
 * another's tables, and shipping the list of matching action ids through the gateway on every
 * query (federation `@requires`) grows with the perimeter (50 000 actions at Occitanie × 10)
 * and cannot use an index. With the dimensions beside the facts, each figure is ONE indexed SQL
 * join + GROUP BY in the subgraph's own database.
 *
 * Kept in sync by pulling catalogue's `dimensionsActions` through the gateway (DimensionSync):
 * new actions (ids only grow) before each dashboard query, at most every
 * SIGMA_INDICATEURS_SYNCHRO_MS; the whole table again every SIGMA_INDICATEURS_RAFRAICHISSEMENT_MS
 * in the background, for what may change on an existing action (its planned dates after a
 * validated date request). Organisme, marché (so dispositif and année) and département are set
 * when the action is created and never change in this version.
 */
@Entity("indicateur_action")
@Index(["organismeId", "anneeProgrammation"])
export class DimensionAction {
  @PrimaryColumn({ name: "action_id", type: "integer" })
  actionId: number;

  @Column({ name: "organisme_id", type: "integer" })
  organismeId: number;

  @Index()
  @Column({ name: "annee_programmation", type: "integer" })
  anneeProgrammation: number;

  @Index()
  @Column({ type: "varchar", length: 150 })
  dispositif: string;

  @Index()
  @Column({ type: "varchar", length: 3 })
  departement: string;

  @Column({ name: "date_debut_prevue", type: "date" })
  dateDebutPrevue: string;

  @Index()
  @Column({ name: "date_fin_prevue", type: "date" })
  dateFinPrevue: string;

  /** Hundredths of an hour: the volume total contractualisé of the action's HC and HE prestations. */
  @Column({ name: "heures_contractualisees", type: "bigint", default: 0, transformer: integerTransformer })
  heuresContractualisees: number;
}
