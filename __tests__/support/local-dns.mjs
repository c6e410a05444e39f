/**
 * Preloaded into the action's process (NODE_OPTIONS=--import) so that a test
 * can use a real service host name without any traffic leaving the machine:
 * the names in LOCAL_DNS_NAMES (comma-separated) resolve to 127.0.0.1, every
 * other name fails as unknown, and no DNS query is ever sent.
 */
import dns from 'node:dns'
import { isIP } from 'node:net'

const local = new Set(
  (process.env.LOCAL_DNS_NAMES ?? '')
    .split(',')
    .map(name => name.trim().toLowerCase())
    .filter(name => name !== '')
)
local.add('localhost')

// net and tls look dns.lookup up on the module object at each connection,
// so replacing the property is enough.
dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback
  const wanted = typeof options === 'object' && options !== null ? options : {}
  const name = String(hostname).toLowerCase()
  const family = isIP(name)
  const address = family ? name : local.has(name) ? '127.0.0.1' : undefined

  process.nextTick(() => {
    if (address === undefined) {
      const error = new Error(`getaddrinfo ENOTFOUND ${hostname}`)
      error.code = 'ENOTFOUND'
      error.hostname = hostname
      return done(error)
    }
    const found = family || 4
    if (wanted.all) return done(null, [{ address, family: found }])
    done(null, address, found)
  })
}
