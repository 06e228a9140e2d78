import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Execution's view of catalogue's Action: only its key; execution adds its own fields. */
@Directive('@key(fields: "id")')
@ObjectType("Action")
export class Action {
  @Field(() => ID)
  id: string;
}
