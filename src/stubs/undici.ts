/**
 * Stands in for undici inside dist/index.js. tsconfig.json `paths` maps the
 * name `undici` here, and ncc applies that mapping to every import it
 * bundles, those inside node_modules included.
 *
 * Why: @actions/http-client imports undici at load time for one method,
 * getAgentDispatcher(), which hands a ProxyAgent to fetch-based clients.
 * This action sends through HttpClient.request(), whose proxy support
 * (HTTPS_PROXY, NO_PROXY) is built on the tunnel package and stays intact.
 * undici was four fifths of the bundle (900 KB), and loading it cost every
 * run about 40 ms of a 135 ms step.
 *
 * jest ignores `paths`: tests that load the source get the real undici.
 */
export class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is left out of this action, so HttpClient.getAgentDispatcher() ' +
        'is not available; use HttpClient.request(), which supports proxies ' +
        'through the tunnel package (see src/stubs/undici.ts)'
    )
  }
}
