import type { DescribedOutcome } from "@/lib/workflow/outcome-text";

/**
 * The decision item by item (issue 11 §1, issue 12 §5) as the subject reads it: the overall result,
 * each item with its result and reasons, the recipients told (Art. 19) and — wherever anything was
 * not done — the complaint and judicial-remedy block (Art. 12(4), 77, 79). All text comes translated
 * from lib/workflow/outcome-text.ts, so this component holds no wording of its own and renders the
 * same on the server and in tests.
 */
export function OutcomeView({ outcome, id = "decision" }: { outcome: DescribedOutcome; id?: string }) {
  return (
    <section aria-labelledby={id} className="outcome">
      <h2 id={id}>{outcome.title}</h2>
      <p>{outcome.overall}</p>
      {outcome.items.length > 0 && (
        <ul className="outcome-items">
          {outcome.items.map((item, n) => (
            <li key={n} data-result={item.result}>
              <strong>{item.resultLabel}:</strong> {item.text}
              {item.reasons.map((r, k) => (
                <p key={k} style={{ margin: "0.25rem 0 0", whiteSpace: "pre-wrap" }}>{r}</p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {outcome.summary && <p style={{ whiteSpace: "pre-wrap" }}>{outcome.summary}</p>}
      {outcome.recipients && (
        <>
          <h3>{outcome.recipients.title}</h3>
          <p>{outcome.recipients.lead}</p>
          {outcome.recipients.names.length > 0 && (
            <ul>
              {outcome.recipients.names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {outcome.remedies && (
        <div className="notice-box" role="note">
          <h3>{outcome.remedies.title}</h3>
          <p>{outcome.remedies.complaint}</p>
          <address style={{ fontStyle: "normal" }}>
            {outcome.remedies.ombudsman.map((line) => (
              <span key={line} style={{ display: "block", overflowWrap: "anywhere" }}>{line}</span>
            ))}
          </address>
          <p>{outcome.remedies.judicial}</p>
        </div>
      )}
    </section>
  );
}
