import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Serie } from "./graphique-courbes";

const COULEURS = ["#000091", "#18753c", "#b34000", "#6a6af4"];

/** The drawing (recharts), loaded lazily by GraphiqueCourbes; values are plotted as numbers, shown exactly in the table beside. */
export default function GraphiqueCourbesRecharts({ abscisses, series }: { abscisses: readonly string[]; series: readonly Serie[] }) {
  const donnees = abscisses.map((x, i) => Object.fromEntries([["x", x], ...series.map((s) => [s.libelle, Number(s.valeurs[i] ?? 0)])]));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={donnees} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d0d7de" />
        <XAxis dataKey="x" tick={{ fill: "#1f2328", fontSize: 12 }} />
        <YAxis tick={{ fill: "#1f2328", fontSize: 12 }} width={64} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Line key={s.libelle} type="monotone" dataKey={s.libelle} stroke={COULEURS[i % COULEURS.length]} dot={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
