import type { ReactNode } from "react";
import { I18nProvider } from "react-aria-components";

interface Props {
  /** The section's title (the menu label), the page's only h1. */
  titre: string;
  /** One sentence under the title saying what the section is for. */
  chapeau?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every micro-frontend's page: its title and French formatting of the component
 * library (dates jj/mm/aaaa, « Page suivante »…) for everything inside.
 */
export function PageSection({ titre, chapeau, children }: Props) {
  return (
    <I18nProvider locale="fr-FR">
      <div className="sigma-page">
        <h1>{titre}</h1>
        {chapeau ? <p className="sigma-chapeau">{chapeau}</p> : null}
        {children}
      </div>
    </I18nProvider>
  );
}
