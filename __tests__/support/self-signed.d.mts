/** Types for the plain-JavaScript certificate maker. */
export function makeCertificate(
  folder: string,
  host: string
): { caFile: string; pem: { key: string; cert: string } }
