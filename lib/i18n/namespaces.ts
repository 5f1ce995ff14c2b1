// Every namespace of every language, imported statically so the bundler includes them.
// Adding a namespace: create the three JSON files and add three lines here.
import fiCommon from "./messages/fi/common.json";
import svCommon from "./messages/sv/common.json";
import enCommon from "./messages/en/common.json";
import fiPublic from "./messages/fi/public.json";
import svPublic from "./messages/sv/public.json";
import enPublic from "./messages/en/public.json";
import fiAuth from "./messages/fi/auth.json";
import svAuth from "./messages/sv/auth.json";
import enAuth from "./messages/en/auth.json";
import fiErrors from "./messages/fi/errors.json";
import svErrors from "./messages/sv/errors.json";
import enErrors from "./messages/en/errors.json";
import fiReports from "./messages/fi/reports.json";
import svReports from "./messages/sv/reports.json";
import enReports from "./messages/en/reports.json";
import fiRequests from "./messages/fi/requests.json";
import svRequests from "./messages/sv/requests.json";
import enRequests from "./messages/en/requests.json";
import fiPortal from "./messages/fi/portal.json";
import svPortal from "./messages/sv/portal.json";
import enPortal from "./messages/en/portal.json";
import fiStaff from "./messages/fi/staff.json";
import svStaff from "./messages/sv/staff.json";
import enStaff from "./messages/en/staff.json";
import fiAdmin from "./messages/fi/admin.json";
import svAdmin from "./messages/sv/admin.json";
import enAdmin from "./messages/en/admin.json";
import fiOperator from "./messages/fi/operator.json";
import svOperator from "./messages/sv/operator.json";
import enOperator from "./messages/en/operator.json";
import fiLabels from "./messages/fi/labels.json";
import svLabels from "./messages/sv/labels.json";
import enLabels from "./messages/en/labels.json";

export type Messages = typeof fi;

const fi = { ...fiCommon, ...fiPublic, ...fiAuth, ...fiErrors, ...fiReports, ...fiRequests, ...fiPortal, ...fiStaff, ...fiAdmin, ...fiOperator, ...fiLabels };
const sv: Messages = { ...svCommon, ...svPublic, ...svAuth, ...svErrors, ...svReports, ...svRequests, ...svPortal, ...svStaff, ...svAdmin, ...svOperator, ...svLabels };
const en: Messages = { ...enCommon, ...enPublic, ...enAuth, ...enErrors, ...enReports, ...enRequests, ...enPortal, ...enStaff, ...enAdmin, ...enOperator, ...enLabels };

export const namespaces = { fi, sv, en };
