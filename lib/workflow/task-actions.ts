/** Tasks that gather data for a report ("fetch the data from Clara"): an access or export in an external system. */
export const GATHERING_ACTIONS = ["access_external", "export_external"] as const;
