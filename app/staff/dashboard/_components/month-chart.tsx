/**
 * Requests per month and type: a stacked bar chart drawn with SVG (no chart library), hidden from screen
 * readers, followed by the same numbers as a table — the accessible version (WCAG 1.1.1, 1.4.1: the
 * legend uses patterns of colour and text, and the table carries every value).
 */
const COLOURS = ["#0b5394", "#a4161a", "#1e6b34", "#7a4a00", "#5b2a86", "#00626b", "#4a4a4a"];

type Item = { key: string; label: string };

export function MonthChart(props: {
  months: Item[];
  types: Item[];
  data: Array<{ month: string; type: string; count: number }>;
  caption: string;
  monthHeader: string;
  totalHeader: string;
}) {
  const { months, types, data, caption, monthHeader, totalHeader } = props;
  const value = (m: string, ty: string) => data.find((d) => d.month === m && d.type === ty)?.count ?? 0;
  const totals = months.map((m) => types.reduce((sum, ty) => sum + value(m.key, ty.key), 0));
  const max = Math.max(1, ...totals);
  const W = 720;
  const H = 240;
  const barW = (W - 40) / months.length - 8;
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H + 40}`} width="100%" style={{ maxWidth: W }} aria-hidden="true" focusable="false">
        <line x1={30} y1={H} x2={W} y2={H} stroke="#8a8a8a" />
        <text x={0} y={12} fontSize={12}>{max}</text>
        <text x={0} y={H} fontSize={12}>0</text>
        {months.map((m, i) => {
          let y = H;
          const x = 40 + i * (barW + 8);
          return (
            <g key={m.key}>
              {types.map((ty, ti) => {
                const v = value(m.key, ty.key);
                if (!v) return null;
                const h = (v / max) * (H - 20);
                y -= h;
                return <rect key={ty.key} x={x} y={y} width={barW} height={h} fill={COLOURS[ti % COLOURS.length]} />;
              })}
              <text x={x + barW / 2} y={H + 16} fontSize={11} textAnchor="middle">{m.label}</text>
              {totals[i] > 0 && <text x={x + barW / 2} y={y - 4} fontSize={11} textAnchor="middle">{totals[i]}</text>}
            </g>
          );
        })}
      </svg>
      <ul aria-hidden="true" style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem 1rem", listStyle: "none", padding: 0 }}>
        {types.map((ty, ti) => (
          <li key={ty.key}>
            <span style={{ display: "inline-block", width: 12, height: 12, background: COLOURS[ti % COLOURS.length], marginRight: 4 }} />
            {ty.label}
          </li>
        ))}
      </ul>
      <div style={{ overflowX: "auto" }}>
        <table className="num-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{monthHeader}</th>
              {types.map((ty) => (
                <th scope="col" key={ty.key}>{ty.label}</th>
              ))}
              <th scope="col">{totalHeader}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m, i) => (
              <tr key={m.key}>
                <th scope="row">{m.label}</th>
                {types.map((ty) => (
                  <td key={ty.key}>{value(m.key, ty.key)}</td>
                ))}
                <td>{totals[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
