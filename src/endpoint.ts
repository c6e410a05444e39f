/**
 * Where requests go: the CodeArts Build endpoint for a region, or an explicit
 * base URL, and the transport rules every endpoint must satisfy.
 */
import { InputError } from './input-error.js'
import { printable } from './notice.js'

export const DEFAULT_REGION = 'cn-north-4'

/** The regions the official SDKs list for CodeArts Build. */
export const KNOWN_REGIONS: readonly string[] = [
  'cn-north-4',
  'cn-north-1',
  'cn-east-2',
  'cn-south-1',
  'cn-east-3',
  'cn-south-2',
  'cn-southwest-2',
  'ap-southeast-3',
  'sa-brazil-1',
  'la-north-2',
  'la-south-2',
  'tr-west-1'
]

// Two-letter area, one or more words, a number: cn-north-4, ap-southeast-3,
// cn-north-12, eu-west-101. Anything else cannot form a valid host name.
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-[0-9]{1,3}$/
// The longest region id today has 14 characters; a host label allows 63.
const MAX_REGION_LENGTH = 32
// Far above any real base URL; a longer value is a pasted mistake.
const MAX_ENDPOINT_LENGTH = 2048

export interface Endpoint {
  /** Base URL without a trailing slash. */
  readonly url: URL
  /** Set when the region is well formed but not known to have the service. */
  readonly warning?: string
}

/** Checks the form of a region id; the input name is where it came from. */
export function parseRegion(value: string, input: string): string {
  const region = value.trim()
  if (REGION_PATTERN.test(region) && region.length <= MAX_REGION_LENGTH) {
    return region
  }
  throw new InputError(
    input,
    `'${printable(region)}' is not a region id; expected lower-case words ` +
      `and a number, e.g. cn-north-4 or ap-southeast-3`
  )
}

/**
 * An explicit endpoint always wins; otherwise the region's public host. The
 * region has been checked by parseRegion before this point.
 */
export function resolveEndpoint(endpoint: string, region: string): Endpoint {
  if (endpoint.trim() !== '') return { url: parseEndpoint(endpoint) }

  const url = new URL(`https://cloudbuild-ext.${region}.myhuaweicloud.com`)
  if (KNOWN_REGIONS.includes(region)) return { url }
  return {
    url,
    warning:
      `Region '${region}' is not known to have CodeArts Build; trying ` +
      `${url.origin}. Set 'endpoint' if the service lives elsewhere.`
  }
}

/**
 * Credentials travel in headers, so only https is allowed, except towards
 * this machine itself, where local test services run.
 */
export function parseEndpoint(value: string): URL {
  const text = value.trim()
  const example =
    'expected a base URL such as ' +
    'https://cloudbuild-ext.cn-north-4.myhuaweicloud.com'
  if (text.length > MAX_ENDPOINT_LENGTH) {
    throw new InputError(
      'endpoint',
      `is ${text.length} characters long; at most ${MAX_ENDPOINT_LENGTH} ` +
        `are accepted (${example})`
    )
  }
  // The URL parser silently drops tabs and line breaks, which would turn a
  // mistyped value into a different host.
  if (/[\p{Cc}\s]/u.test(text)) {
    throw new InputError(
      'endpoint',
      `'${printable(withoutUserInfo(text))}' contains spaces or control ` +
        `characters; ${example}`
    )
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new InputError(
      'endpoint',
      `'${printable(withoutUserInfo(text))}' is not a URL; ${example}`
    )
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      'endpoint',
      `'${url.protocol}' URLs are not supported; https is required`
    )
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new InputError(
      'endpoint',
      `https is required; plain http is allowed only for localhost, ` +
        `127.0.0.0/8 and [::1], but the host is '${url.hostname}'`
    )
  }
  if (url.username || url.password) {
    throw new InputError(
      'endpoint',
      'must not contain a user name or password; give credentials through ' +
        "'access_key' and 'secret_key' or 'token'"
    )
  }
  if (url.search || url.hash) {
    throw new InputError(
      'endpoint',
      'must be a base URL without a query or fragment'
    )
  }

  url.pathname = url.pathname.replace(/\/+$/, '')
  return url
}

/** A password in a value that is not even a URL must not be echoed either. */
function withoutUserInfo(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@')
}

function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true
  // WHATWG URL has already normalised IPv4 forms such as 127.1.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/** Joins the base URL and an API path, keeping any path prefix of the base. */
export function apiUrl(base: URL, path: string): URL {
  const url = new URL(base.href)
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`
  return url
}
