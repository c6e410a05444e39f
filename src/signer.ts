/**
 * AK/SK request signing for the Huawei Cloud API gateway (SDK-HMAC-SHA256).
 *
 * Written by hand rather than taken from the official SDK core, because that
 * package brings axios, lodash, moment and log4js into the bundle for what
 * is a few hashes over a canonical text. Only node:crypto is used.
 */
import { Buffer } from 'node:buffer'
import { createHash, createHmac } from 'node:crypto'

/** The credentials a request is signed with. */
export interface SigningKey {
  accessKey: string
  secretKey: string
  /** Temporary credentials: sent and signed as X-Security-Token. */
  securityToken?: string
  /** Sent and signed as X-Project-Id. */
  projectId?: string
}

/** A request as it will go on the wire, before signing. */
export interface UnsignedRequest {
  /** Upper-case HTTP method, e.g. 'POST'. */
  method: string
  /** The full URL, query included. */
  url: URL
  /** Headers to send and sign; names in any case. */
  headers: Record<string, string>
  /** The exact body as sent, '' for none. */
  body: string
}

const ALGORITHM = 'SDK-HMAC-SHA256'

// Headers the signer sets itself: a caller's copy would be sent twice or
// would contradict the signature.
const SIGNER_OWNED = ['host', 'x-sdk-date', 'authorization']

/**
 * Percent-encodes every UTF-8 byte except A-Z a-z 0-9 - _ . ~, with
 * upper-case hex, as the gateway does for paths and query parts.
 */
export function percentEncode(text: string): string {
  // encodeURIComponent leaves ! ' ( ) * alone; the gateway encodes them.
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    character => '%' + character.charCodeAt(0).toString(16).toUpperCase()
  )
}

/**
 * The path as the gateway canonicalises it: each segment decoded and
 * re-encoded, ending in '/'.
 */
export function canonicalUri(url: URL): string {
  // WHATWG URL has already encoded some characters and not others; decoding
  // first gives the text the gateway sees once it has decoded the path.
  const path = url.pathname
    .split('/')
    .map(segment => percentEncode(decodeEscapes(segment)))
    .join('/')
  return path.endsWith('/') ? path : `${path}/`
}

/**
 * The query as `name=value` pairs, encoded and joined by '&'; '' when there
 * is none.
 */
export function canonicalQuery(url: URL): string {
  // Sorted on the decoded text, as the official signers do: encoding first
  // would move '%'-escaped characters ahead of letters and digits.
  return [...url.searchParams]
    .sort(
      ([nameA, valueA], [nameB, valueB]) =>
        byCodePoint(nameA, nameB) || byCodePoint(valueA, valueB)
    )
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&')
}

/**
 * The signed headers as `name:value` lines, names lower-cased and sorted,
 * values trimmed; every line ends in '\n'.
 */
export function canonicalHeaders(headers: Record<string, string>): string {
  return normalisedHeaders(headers)
    .map(([name, value]) => `${name}:${value}\n`)
    .join('')
}

/** The lower-cased, sorted names of the signed headers, joined by ';'. */
export function signedHeaderNames(headers: Record<string, string>): string {
  return normalisedHeaders(headers)
    .map(([name]) => name)
    .join(';')
}

/**
 * The canonical request, signing exactly the headers the request carries:
 * method, URI, query, headers, header names and body hash, one per line.
 */
export function canonicalRequest(request: UnsignedRequest): string {
  return [
    request.method,
    canonicalUri(request.url),
    canonicalQuery(request.url),
    canonicalHeaders(request.headers),
    signedHeaderNames(request.headers),
    sha256Hex(request.body)
  ].join('\n')
}

/** The text the HMAC is computed over, for a date in X-Sdk-Date form. */
export function stringToSign(date: string, canonical: string): string {
  return [ALGORITHM, date, sha256Hex(canonical)].join('\n')
}

/**
 * The Authorization header value for a request whose headers are exactly
 * the ones to sign, with `date` the X-Sdk-Date value among them. Adds
 * nothing: `signRequest` is the function for sending a request.
 */
export function authorization(
  request: UnsignedRequest,
  key: Pick<SigningKey, 'accessKey' | 'secretKey'>,
  date: string
): string {
  const text = stringToSign(date, canonicalRequest(request))
  const signature = createHmac('sha256', key.secretKey)
    .update(text, 'utf8')
    .digest('hex')
  const parts = [
    `Access=${key.accessKey}`,
    `SignedHeaders=${signedHeaderNames(request.headers)}`,
    `Signature=${signature}`
  ]
  return `${ALGORITHM} ${parts.join(', ')}`
}

/**
 * Returns the complete set of headers to send: the given ones plus Host,
 * X-Sdk-Date, X-Project-Id / X-Security-Token when given, and
 * Authorization. All but Authorization are signed.
 */
export function signRequest(
  request: UnsignedRequest,
  key: SigningKey,
  now: Date
): Record<string, string> {
  const date = sdkDate(now)
  const headers = {
    ...withoutNames(request.headers, namesTheKeySets(key)),
    Host: request.url.host,
    'X-Sdk-Date': date,
    ...credentialHeaders(key)
  }
  return {
    ...headers,
    Authorization: authorization({ ...request, headers }, key, date)
  }
}

/** Formats a date as X-Sdk-Date wants it: YYYYMMDDTHHMMSSZ in UTC. */
export function sdkDate(now: Date): string {
  // 2019-11-15T03:36:55.123Z -> 20191115T033655Z
  return now.toISOString().replace(/[-:]|\.\d{3}/g, '')
}

function credentialHeaders(key: SigningKey): Record<string, string> {
  const headers: Record<string, string> = {}
  if (key.projectId) headers['X-Project-Id'] = key.projectId
  if (key.securityToken) headers['X-Security-Token'] = key.securityToken
  return headers
}

function namesTheKeySets(key: SigningKey): string[] {
  const names = [...SIGNER_OWNED]
  if (key.projectId) names.push('x-project-id')
  if (key.securityToken) names.push('x-security-token')
  return names
}

function withoutNames(
  headers: Record<string, string>,
  lowerCaseNames: string[]
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !lowerCaseNames.includes(name.toLowerCase())
    )
  )
}

function normalisedHeaders(
  headers: Record<string, string>
): [string, string][] {
  const entries = Object.entries(headers).map(
    ([name, value]): [string, string] => [name.toLowerCase(), trimOws(value)]
  )
  refuseDuplicates(entries.map(([name]) => name))
  return entries.sort(([a], [b]) => byCodePoint(a, b))
}

// Two spellings of one header would be sent as two fields, and no single
// canonical line could describe them.
function refuseDuplicates(lowerCaseNames: string[]): void {
  const seen = new Set<string>()
  for (const name of lowerCaseNames) {
    if (seen.has(name)) {
      throw new Error(`Header '${name}' is given more than once`)
    }
    seen.add(name)
  }
}

// HTTP strips spaces and tabs around a field value before the gateway sees
// it, so those, and only those, must not be signed.
function trimOws(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, '')
}

// Decodes run by run so that one stray '%', which WHATWG URL leaves as it
// is, does not stop the valid escapes around it from being decoded; the
// stray '%' itself stays a literal and is signed as %25.
function decodeEscapes(segment: string): string {
  return segment.replace(/(?:%[0-9A-Fa-f]{2})+/g, run => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run
    }
  })
}

// UTF-8 byte order is code point order, unlike JavaScript's default
// comparison of UTF-16 units, which puts emoji before U+E000-U+FFFF.
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
