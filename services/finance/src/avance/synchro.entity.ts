import { Column, Entity, PrimaryColumn } from "typeorm";

/** A watermark of a background poll (e.g. the last `actionsOuvertes(depuis)` instant). */
@Entity("synchro")
export class Synchro {
  @PrimaryColumn({ length: 40 })
  nom: string;

  @Column({ length: 40 })
  valeur: string;
}
