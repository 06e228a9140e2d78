import { DateScalar } from "@sigma/kit/schema/scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Execution's view of catalogue's Action: its key, and the catalogue field its own fields require. */
@Directive('@key(fields: "id")')
@ObjectType("Action")
export class Action {
  @Field(() => ID)
  id: string;

  /**
   * Catalogue's planned end: the gateway reads it from catalogue and hands it over in the
   * representation whenever a field marked `@requires(fields: "dateFinPrevue")` is asked.
   */
  @Directive("@external")
  @Field(() => DateScalar, { description: "Date de fin prévue (donnée du catalogue)." })
  dateFinPrevue?: string;
}
