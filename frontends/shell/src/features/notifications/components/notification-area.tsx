import { Link } from "react-router";
import type { RoleCompte } from "../../../gql/graphql";
import { useNotices } from "../hooks/use-notices";

const LIBELLE = { info: "Info", succes: "Confirmé", alerte: "Attention", echeance: "Échéance" } as const;

/**
 * The notification area under the menu: an accessible live region (a screen reader announces a
 * notice when it appears), one line per notice with where to act and a way to hide it.
 */
export function NotificationArea({ role }: { role: RoleCompte }) {
  const { notices, masquer } = useNotices(role);
  return (
    <section className="sigma-notifications" aria-labelledby="sigma-notifications-titre">
      <div className={notices.length ? "sigma-notifications__cadre" : "sigma-invisible"}>
        <h2 id="sigma-notifications-titre">Notifications</h2>
        <ul aria-live="polite" aria-relevant="additions text">
          {notices.map((notice) => (
            <li key={notice.id}>
              <span className={`sigma-pastille sigma-pastille--${notice.niveau}`}>{LIBELLE[notice.niveau]}</span>
              <span>
                {notice.texte}
                {notice.lien ? (
                  <>
                    {" "}
                    <Link to={notice.lien.chemin}>{notice.lien.libelle}</Link>
                  </>
                ) : null}
              </span>
              <button type="button" className="sigma-lien-bouton sigma-notifications__fermer" onClick={() => masquer(notice.id)} aria-label={`Masquer la notification : ${notice.texte}`}>
                Masquer
              </button>
            </li>
          ))}
        </ul>
        {notices.length === 0 ? <p>Aucune notification.</p> : null}
      </div>
    </section>
  );
}
