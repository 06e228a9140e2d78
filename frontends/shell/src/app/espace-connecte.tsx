import { Route, Routes, useOutletContext } from "react-router";
import { PageIntrouvable } from "../components/page-introuvable";
import { RubriqueInterdite } from "../components/rubrique-interdite";
import { SECTIONS, type Section } from "../config/sections";
import { ModifierCompte } from "../features/compte/components/modifier-compte-form";
import { RemoteSection } from "../features/remotes/components/remote-section";
import type { MoiQuery } from "../gql/graphql";
import { Layout } from "./layout";

/**
 * The connected application: one route per menu section (a section's micro-frontend also owns
 * the paths below it), « Modifier votre compte », and a page for unknown addresses.
 */
export default function EspaceConnecte() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {SECTIONS.map((section) => (
          <Route key={section.path} path={section.path === "/" ? "/" : `${section.path}/*`} element={<SectionDuRole key={section.path} section={section} />} />
        ))}
        <Route path="/compte" element={<ModifierCompte />} />
        <Route path="*" element={<PageIntrouvable />} />
      </Route>
    </Routes>
  );
}

/** A section outside the role's menu (typed address, old bookmark) says so instead of loading. */
function SectionDuRole({ section }: { section: Section }) {
  const moi = useOutletContext<MoiQuery["moi"]>();
  if (!section.roles.includes(moi.role)) return <RubriqueInterdite titre={section.label} />;
  return <RemoteSection name={section.remote.name} module={section.remote.module} label={section.label} />;
}
