import { Chargement } from "@sigma/ui-kit/components/status";
import { lazy, Suspense, type ReactNode } from "react";
import { Route, Routes } from "react-router";
import { ConnexionForm } from "../features/auth/components/connexion-form";
import { PublicLayout } from "./layout";

/*
 * Only « Identification » is in the first download: the connected application (menu, sections,
 * account, notifications) and the password pages come when first needed, so the login page
 * stays under its 200 kB budget of gzipped JavaScript.
 */
const EspaceConnecte = lazy(() => import("./espace-connecte"));
const MotDePasseOublieForm = lazy(() => import("../features/mot-de-passe/components/mot-de-passe-oublie-form"));
const ReinitialisationForm = lazy(() => import("../features/mot-de-passe/components/reinitialisation-form"));

const attente = (page: ReactNode) => <Suspense fallback={<Chargement />}>{page}</Suspense>;

/**
 * Public pages (forgotten password, the mailed reset link) whoever is there; otherwise the
 * login page until a token exists, then the connected application.
 */
export function AppRoutes({ connecte }: { connecte: boolean }) {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/mot-de-passe-oublie" element={attente(<MotDePasseOublieForm />)} />
        <Route path="/reinitialisation" element={attente(<ReinitialisationForm />)} />
        {connecte ? null : <Route path="*" element={<ConnexionForm />} />}
      </Route>
      {connecte ? <Route path="*" element={attente(<EspaceConnecte />)} /> : null}
    </Routes>
  );
}
