import type { ReactNode } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";

export interface Onglet {
  id: string;
  /** The tab's label as in the seeds (« Suivi des validations », « A facturer »…). */
  titre: string;
  contenu: ReactNode;
}

/** The seeds' tab strips (« Suivi des validations · A facturer · … »): arrows move between tabs. */
export function Onglets({ titre, onglets, initial }: { titre: string; onglets: readonly Onglet[]; initial?: string }) {
  return (
    <Tabs className="sigma-onglets" defaultSelectedKey={initial ?? onglets[0]?.id}>
      <TabList aria-label={titre} className="sigma-onglets__liste">
        {onglets.map((onglet) => (
          <Tab key={onglet.id} id={onglet.id} className="sigma-onglets__onglet">
            {onglet.titre}
          </Tab>
        ))}
      </TabList>
      {onglets.map((onglet) => (
        <TabPanel key={onglet.id} id={onglet.id} className="sigma-onglets__panneau">
          {onglet.contenu}
        </TabPanel>
      ))}
    </Tabs>
  );
}
