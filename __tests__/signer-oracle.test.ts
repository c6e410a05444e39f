/**
 * Signs a few hundred generated requests with both this project's signer and
 * the official Node SDK's, and requires the same Authorization header.
 */
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, test } from '@jest/globals'
import { canonicalUri, sdkDate, signRequest } from '../src/signer.js'
import type { SigningKey } from '../src/signer.js'

interface SdkCredential {
  getAk(): string
  getSk(): string
}

interface SdkRequest {
  method: string
  endpoint: string
  headers: Record<string, string>
  queryParams: Record<string, string | string[]>
  data?: unknown
}

interface SdkSigner {
  sign(request: SdkRequest, credential: SdkCredential): Record<string, string>
  CanonicalURI(path: string): string
}

interface SdkBasicCredentials extends SdkCredential {
  withAk(ak: string): SdkBasicCredentials
  withSk(sk: string): SdkBasicCredentials
}

const require = createRequire(import.meta.url)
let AKSKSigner: SdkSigner
let BasicCredentials: new () => SdkBasicCredentials

beforeAll(() => {
  AKSKSigner = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner')
    .AKSKSigner as SdkSigner
  BasicCredentials =
    require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials')
      .BasicCredentials as new () => SdkBasicCredentials
})

const CASES = 400
const SEED = 0x5eed2025

type Random = () => number

/** mulberry32: small, fast, and the same sequence on every run. */
function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[integer(random, 0, items.length - 1)]
}

function chance(random: Random, probability: number): boolean {
  return random() < probability
}

function text(
  random: Random,
  alphabet: readonly string[],
  min: number,
  max: number
): string {
  const length = integer(random, min, max)
  return Array.from({ length }, () => pick(random, alphabet)).join('')
}

const chars = (list: string): string[] => Array.from(list)

const UNRESERVED = chars('abcxyzABCXYZ0189-_.~')
// All below U+D800 but the emoji: JavaScript's sort, which the SDK uses,
// orders U+E000-U+FFFF after astral characters, unlike code point order.
const NON_ASCII = chars('éßжü中文名😀')
// Left out of paths: space ' " < > ^ ` { | }, which the SDK's url.parse
// escapes before the SDK escapes the '%' again, while the gateway decodes
// the path first; '%' for the same reason; '\' because URL makes it '/'.
const PATH_RESERVED = chars('!$&()*+,;=:@[]')
const PATH_ALPHABET = [
  ...UNRESERVED,
  ...UNRESERVED,
  ...PATH_RESERVED,
  ...NON_ASCII
]
const QUERY_ALPHABET = [
  ...UNRESERVED,
  ...UNRESERVED,
  ...chars('!$&\'()*+,;=:@[]/?#% "<>^`{|}\\'),
  ...NON_ASCII
]
const HEADER_VALUE_ALPHABET = chars(' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~')
const ENDPOINTS = [
  'https://cloudbuild-ext.cn-north-4.myhuaweicloud.com',
  'https://cloudbuild-ext.ap-southeast-3.myhuaweicloud.com:8443',
  'http://127.0.0.1:3000',
  'https://[::1]:9443'
]
// Headers the signer owns, and one that changes what the SDK hashes.
const RESERVED_HEADERS = [
  'host',
  'x-sdk-date',
  'authorization',
  'x-project-id',
  'x-security-token',
  'x-sdk-content-sha256',
  'content-type'
]

interface OracleCase {
  index: number
  endpoint: string
  segments: string[]
  trailingSlash: boolean
  encodeSegments: boolean
  query: Record<string, string | string[]>
  method: string
  headers: Record<string, string>
  data: object | undefined
  key: SigningKey
  now: Date
}

function pathSegment(random: Random): string {
  const segment = text(random, PATH_ALPHABET, 1, 8)
  // URL removes '.' and '..' segments, which the SDK keeps.
  return /^\.{1,2}$/.test(segment) ? `${segment}x` : segment
}

function queryParams(random: Random): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (let count = integer(random, 0, 4); count > 0; count--) {
    const name = text(random, QUERY_ALPHABET, 1, 6)
    const value = () =>
      chance(random, 0.15) ? '' : text(random, QUERY_ALPHABET, 1, 8)
    query[name] = chance(random, 0.25)
      ? Array.from({ length: integer(random, 2, 3) }, value)
      : value()
  }
  return query
}

function headerName(random: Random): string {
  const parts = Array.from({ length: integer(random, 1, 3) }, () =>
    text(random, chars('abcdefghijklmnopqrstuvwxyz0123456789'), 1, 6)
  )
  const name = (chance(random, 0.5) ? ['x', ...parts] : parts).join('-')
  return Array.from(name, character =>
    chance(random, 0.3) ? character.toUpperCase() : character
  ).join('')
}

function headerValue(random: Random): string {
  // Values with outer whitespace are left to the unit tests: the SDK signs
  // them untrimmed, while HTTP hands the gateway trimmed values.
  return text(random, HEADER_VALUE_ALPHABET, 0, 20).trim()
}

function requestHeaders(random: Random): Record<string, string> {
  const headers: Record<string, string> = {}
  if (chance(random, 0.6)) {
    headers['Content-Type'] = pick(random, [
      'application/json',
      'application/json;charset=UTF-8'
    ])
  }
  for (let count = integer(random, 0, 3); count > 0; count--) {
    const name = headerName(random)
    const taken = Object.keys(headers).map(given => given.toLowerCase())
    if (![...RESERVED_HEADERS, ...taken].includes(name.toLowerCase())) {
      headers[name] = headerValue(random)
    }
  }
  return headers
}

function body(random: Random): object {
  const freeText = () => text(random, [...QUERY_ALPHABET, '\n', '\t'], 0, 12)
  return {
    notice_type: pick(random, ['MESSAGE', 'MAIL', 'WECOM', 'DING_TALK']),
    enabled_event_type_names: Array.from(
      { length: integer(random, 0, 3) },
      () => pick(random, ['buildJobSuccess', 'buildJobFail', 'deleteJob'])
    ),
    param_config: JSON.stringify({ [freeText()]: freeText() }),
    ...(chance(random, 0.5) ? { nested: { n: random(), ok: true } } : {})
  }
}

function signingKey(random: Random): SigningKey {
  const upper = chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
  const mixed = [...upper, ...chars('abcdefghijklmnopqrstuvwxyz')]
  return {
    accessKey: text(random, upper, 20, 20),
    secretKey: text(random, mixed, 40, 40),
    ...(chance(random, 0.5)
      ? { projectId: text(random, chars('0123456789abcdef'), 32, 32) }
      : {}),
    ...(chance(random, 0.4)
      ? { securityToken: text(random, [...mixed, '+', '/', '='], 40, 120) }
      : {})
  }
}

function generateCase(random: Random, index: number): OracleCase {
  const method = pick(random, ['GET', 'POST', 'PUT', 'DELETE'])
  const sendsBody = method !== 'GET' && chance(random, 0.8)
  return {
    index,
    endpoint: pick(random, ENDPOINTS),
    segments: Array.from({ length: integer(random, 1, 5) }, () =>
      pathSegment(random)
    ),
    trailingSlash: chance(random, 0.15),
    encodeSegments: chance(random, 0.5),
    query: queryParams(random),
    method,
    headers: requestHeaders(random),
    data: sendsBody ? body(random) : undefined,
    key: signingKey(random),
    now: new Date(Date.UTC(2020, 0, 1) + integer(random, 0, 2e8) * 1000)
  }
}

const random = seededRandom(SEED)
const cases = Array.from({ length: CASES }, (_, index) =>
  generateCase(random, index)
)

function joinPath(segments: string[], trailingSlash: boolean): string {
  return `/${segments.join('/')}${trailingSlash ? '/' : ''}`
}

/** The URL as our client would build it, query encoded by URLSearchParams. */
function ourUrl(oracleCase: OracleCase): URL {
  const segments = oracleCase.encodeSegments
    ? oracleCase.segments.map(encodeURIComponent)
    : oracleCase.segments
  const path = joinPath(segments, oracleCase.trailingSlash)
  const url = new URL(oracleCase.endpoint + path)
  for (const [name, values] of Object.entries(oracleCase.query)) {
    for (const value of [values].flat()) url.searchParams.append(name, value)
  }
  return url
}

function ourAuthorization(oracleCase: OracleCase): string {
  return signRequest(
    {
      method: oracleCase.method,
      url: ourUrl(oracleCase),
      headers: oracleCase.headers,
      body: oracleCase.data === undefined ? '' : JSON.stringify(oracleCase.data)
    },
    oracleCase.key,
    oracleCase.now
  ).Authorization
}

function sdkAuthorization(oracleCase: OracleCase, secretKey?: string): string {
  const { key } = oracleCase
  const credential = new BasicCredentials()
    .withAk(key.accessKey)
    .withSk(secretKey ?? key.secretKey)
  const headers: Record<string, string> = {
    ...oracleCase.headers,
    'X-Sdk-Date': sdkDate(oracleCase.now)
  }
  if (key.projectId) headers['X-Project-Id'] = key.projectId
  if (key.securityToken) headers['X-Security-Token'] = key.securityToken
  const signed = AKSKSigner.sign(
    {
      method: oracleCase.method,
      endpoint:
        oracleCase.endpoint +
        joinPath(oracleCase.segments, oracleCase.trailingSlash),
      headers,
      // The SDK sorts array values in place.
      queryParams: structuredClone(oracleCase.query),
      data: oracleCase.data
    },
    credential
  )
  return signed.Authorization
}

describe('against the official SDK signer', () => {
  test('the SDK reproduces the signing guide vector as used here', () => {
    const signed = AKSKSigner.sign(
      {
        method: 'GET',
        endpoint:
          'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
        headers: {
          'Content-Type': 'application/json',
          'X-Sdk-Date': '20191115T033655Z'
        },
        queryParams: {
          limit: '2',
          marker: '13551d6b-755d-4757-b956-536f674975c0'
        }
      },
      new BasicCredentials()
        .withAk('QTWAOYTTINDUT2QVKYUC')
        .withSk('MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc')
    )

    expect(signed.Authorization).toContain(
      'Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe'
    )
  })

  test(`${CASES} generated requests get the same Authorization`, () => {
    const mismatches = cases
      .map(oracleCase => ({
        index: oracleCase.index,
        url: ourUrl(oracleCase).href,
        ours: ourAuthorization(oracleCase),
        sdk: sdkAuthorization(oracleCase)
      }))
      .filter(result => result.ours !== result.sdk)

    expect(mismatches).toEqual([])
  })

  test('a wrong secret key is noticed: the comparison can fail', () => {
    const differing = cases
      .slice(0, 20)
      .filter(
        oracleCase =>
          ourAuthorization(oracleCase) !==
          sdkAuthorization(oracleCase, `${oracleCase.key.secretKey}x`)
      )

    expect(differing).toHaveLength(20)
  })

  test('the generated cases cover every class of input', () => {
    const count = (predicate: (oracleCase: OracleCase) => boolean) =>
      cases.filter(predicate).length
    const hasAny = (value: string, list: string[]) =>
      list.some(character => value.includes(character))
    const queryText = (oracleCase: OracleCase) =>
      Object.entries(oracleCase.query).flat(2).join('')

    const coverage = {
      nonAsciiPath: count(c => hasAny(c.segments.join(''), NON_ASCII)),
      reservedPath: count(c => hasAny(c.segments.join(''), PATH_RESERVED)),
      encodedPath: count(c => c.encodeSegments),
      trailingSlash: count(c => c.trailingSlash),
      nonAsciiQuery: count(c => hasAny(queryText(c), NON_ASCII)),
      reservedQuery: count(c => hasAny(queryText(c), chars('&=+% ?#'))),
      repeatedQueryName: count(c => Object.values(c.query).some(Array.isArray)),
      emptyQueryValue: count(c => Object.values(c.query).flat().includes('')),
      noQuery: count(c => Object.keys(c.query).length === 0),
      body: count(c => c.data !== undefined),
      noBody: count(c => c.data === undefined),
      extraHeaders: count(c => Object.keys(c.headers).length >= 2),
      projectId: count(c => c.key.projectId !== undefined),
      securityToken: count(c => c.key.securityToken !== undefined),
      port: count(c => /:\d+$/.test(c.endpoint)),
      defaultPort: count(c => !/:\d+$/.test(c.endpoint))
    }

    for (const [name, found] of Object.entries(coverage)) {
      expect({ [name]: found >= 20 }).toEqual({ [name]: true })
    }
  })

  test('the SDK escapes an escaped path twice, hence the exclusions', () => {
    const url = new URL('https://h.example.com/a b')

    expect(canonicalUri(url)).toBe('/a%20b/')
    expect(AKSKSigner.CanonicalURI(url.pathname)).toBe('/a%2520b/')
  })
})
