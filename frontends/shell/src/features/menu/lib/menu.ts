import type { RoleCompte } from "../../../gql/graphql";
import { SECTIONS, type Section } from "../../../config/sections";

/** The sections of the menu a role sees, in the menu's order. */
export function sectionsDuRole(role: RoleCompte, sections: readonly Section[] = SECTIONS): Section[] {
  return sections.filter((section) => section.roles.includes(role));
}
