import { integerTransformer } from "@sigma/kit/money/integer.transformer";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * Outgoing e-mails, written in the same transaction as the change that causes them; a relay
 * sends them. The embedded default has no mail server: it writes them to the log instead.
 */
@Entity("outbox")
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ length: 254 })
  destinataire: string;

  @Column({ length: 200 })
  sujet: string;

  @Column({ type: "text" })
  corps: string;

  @Column({ name: "cree_le", type: "bigint", transformer: integerTransformer })
  creeLe: number;

  @Index()
  @Column({ name: "envoye_le", type: "bigint", nullable: true, transformer: integerTransformer })
  envoyeLe: number | null;
}
