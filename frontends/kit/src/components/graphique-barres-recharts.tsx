import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { Barre } from "./graphique-barres";

/** The drawing itself (recharts), loaded lazily by GraphiqueBarres. */
export default function GraphiqueBarresRecharts({ barres }: { barres: readonly Barre[] }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={[...barres]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d0d7de" />
        <XAxis dataKey="libelle" tick={{ fill: "#1f2328", fontSize: 13 }} />
        <YAxis allowDecimals={false} tick={{ fill: "#1f2328", fontSize: 13 }} width={40} />
        <Bar dataKey="valeur" fill="#000091" radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
