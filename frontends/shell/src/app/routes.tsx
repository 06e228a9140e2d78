import { Route, Routes } from "react-router";
import { EnConstruction } from "../components/en-construction";
import { PageIntrouvable } from "../components/page-introuvable";
import { SECTIONS } from "../config/sections";
import { RemoteSection } from "../features/remotes/components/remote-section";
import { Layout } from "./layout";

/** One route per menu section; a micro-frontend's section also owns the paths below it. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {SECTIONS.map((section) =>
          section.remote ? (
            <Route
              key={section.path}
              path={`${section.path}/*`}
              element={<RemoteSection name={section.remote.name} module={section.remote.module} label={section.label} />}
            />
          ) : (
            <Route key={section.path} path={section.path} element={<EnConstruction titre={section.label} />} />
          ),
        )}
        <Route path="*" element={<PageIntrouvable />} />
      </Route>
    </Routes>
  );
}
