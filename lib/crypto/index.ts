export { sealText, openText, lookupHash, hashSecret, verifySecret } from "./seal";
export { getKeys, getAuthSecret } from "./keys";
