import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Finance's view of catalogue's Action: only its key; finance adds the invoices. */
@Directive('@key(fields: "id")')
@ObjectType("Action")
export class Action {
  @Field(() => ID)
  id: string;
}
