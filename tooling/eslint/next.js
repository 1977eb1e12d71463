import nextVitals from "eslint-config-next/core-web-vitals";

import base from "./base.js";

/** Rules for the Next.js app: the shared TypeScript rules plus Next's own. */
export default [...base, ...nextVitals];
