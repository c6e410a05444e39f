import { createHmac } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import {
  authorization,
  canonicalHeaders,
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  percentEncode,
  sdkDate,
  signRequest,
  signedHeaderNames,
  stringToSign
} from '../src/signer.js'

const EMPTY_BODY_HASH =
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

function signatureOf(authorizationValue: string): string {
  return /Signature=([0-9a-f]{64})$/.exec(authorizationValue)?.[1] ?? ''
}

describe('published vectors', () => {
  test('the signing guide example gives its published signature', () => {
    const url = new URL(
      'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0'
    )
    const headers = signRequest(
      {
        method: 'GET',
        url,
        headers: { 'Content-Type': 'application/json' },
        body: ''
      },
      {
        accessKey: 'QTWAOYTTINDUT2QVKYUC',
        secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc'
      },
      new Date('2019-11-15T03:36:55Z')
    )

    expect(headers).toEqual({
      'Content-Type': 'application/json',
      Host: 'service.region.example.com',
      'X-Sdk-Date': '20191115T033655Z',
      Authorization:
        'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, ' +
        'SignedHeaders=content-type;host;x-sdk-date, ' +
        'Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe'
    })
  })

  test('the Go SDK example, x-sdk-date alone, gives its signature', () => {
    const value = authorization(
      {
        method: 'GET',
        url: new URL('https://example.huaweicloud.com/path?limit=1'),
        headers: { 'X-Sdk-Date': '20060102T150405Z' },
        body: ''
      },
      { accessKey: 'AccessKey', secretKey: 'SecretKey' },
      '20060102T150405Z'
    )

    expect(value).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, ' +
        'Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624'
    )
  })

  test('the signing guide canonical request is built line by line', () => {
    const request = {
      method: 'GET',
      url: new URL(
        'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0'
      ),
      headers: {
        'Content-Type': 'application/json',
        Host: 'service.region.example.com',
        'X-Sdk-Date': '20191115T033655Z'
      },
      body: ''
    }

    expect(canonicalRequest(request)).toBe(
      [
        'GET',
        '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/',
        'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        'content-type:application/json',
        'host:service.region.example.com',
        'x-sdk-date:20191115T033655Z',
        '',
        'content-type;host;x-sdk-date',
        EMPTY_BODY_HASH
      ].join('\n')
    )
  })
})

describe('percentEncode', () => {
  test.each([
    ['AZaz09-_.~', 'AZaz09-_.~'],
    ['a b', 'a%20b'],
    ["!'()*", '%21%27%28%29%2A'],
    ['/?#[]@', '%2F%3F%23%5B%5D%40'],
    ['+&=;,$:', '%2B%26%3D%3B%2C%24%3A'],
    ['%', '%25'],
    ['é', '%C3%A9'],
    ['中', '%E4%B8%AD'],
    ['😀', '%F0%9F%98%80'],
    ['', '']
  ])('%j -> %j', (text, encoded) => {
    expect(percentEncode(text)).toBe(encoded)
  })
})

describe('canonicalUri', () => {
  test.each([
    [
      'https://h.example.com/v3/jobs/notice/abc/update',
      '/v3/jobs/notice/abc/update/'
    ],
    ['https://h.example.com/already/', '/already/'],
    ['https://h.example.com', '/'],
    ['https://h.example.com/a b/é/~x/(1)', '/a%20b/%C3%A9/~x/%281%29/'],
    ['https://h.example.com/a%20b/c%2fd', '/a%20b/c%2Fd/'],
    ['https://h.example.com/%E4%B8%AD/😀', '/%E4%B8%AD/%F0%9F%98%80/'],
    ['https://h.example.com/x:y@z!$&+,;=', '/x%3Ay%40z%21%24%26%2B%2C%3B%3D/'],
    ['https://h.example.com/100%/x%41', '/100%25/xA/'],
    ['https://h.example.com/a//b', '/a//b/']
  ])('%s -> %s', (url, expected) => {
    expect(canonicalUri(new URL(url))).toBe(expected)
  })

  test('the signing slash is not added to the URL that is sent', () => {
    const url = new URL('https://h.example.com/v3/jobs')
    signRequest(
      { method: 'GET', url, headers: {}, body: '' },
      { accessKey: 'ak', secretKey: 'sk' },
      new Date(0)
    )

    expect(url.href).toBe('https://h.example.com/v3/jobs')
  })
})

describe('canonicalQuery', () => {
  test.each([
    ['', ''],
    ['?', ''],
    ['?b=2&a=1', 'a=1&b=2'],
    ['?a=2&a=1&a=10', 'a=1&a=10&a=2'],
    ['?flag&x=&y=1', 'flag=&x=&y=1'],
    ['?q=a%2Bb&r=x+y&s=x%20y', 'q=a%2Bb&r=x%20y&s=x%20y'],
    ['?%E5%90%8D=%E5%80%BC', '%E5%90%8D=%E5%80%BC'],
    ['?名=值', '%E5%90%8D=%E5%80%BC'],
    ['?t=~a*b', 't=~a%2Ab'],
    ["?k=!'()&e=%3D%26", 'e=%3D%26&k=%21%27%28%29'],
    ['?notice_type=MAIL', 'notice_type=MAIL']
  ])('%j -> %j', (search, expected) => {
    const url = new URL(`https://h.example.com/p${search}`)

    expect(canonicalQuery(url)).toBe(expected)
  })

  test('sorts on the decoded names, not on the encoded ones', () => {
    // '[' (0x5B) follows 'B' (0x42), but its escape '%5B' would precede it.
    const url = new URL('https://h.example.com/p?a%5B%5D=1&aB=2')

    expect(canonicalQuery(url)).toBe('aB=2&a%5B%5D=1')
  })

  test('sorts by code point, astral characters last', () => {
    const url = new URL('https://h.example.com/p?k=😀&k=ｚ&k=z')

    expect(canonicalQuery(url)).toBe('k=z&k=%EF%BD%9A&k=%F0%9F%98%80')
  })
})

describe('canonical headers', () => {
  const headers = {
    'X-B': ' two ',
    'a-Header': '\tone  one\t',
    'Content-Type': 'application/json'
  }

  test('lower-cases names, trims values, sorts by name', () => {
    expect(canonicalHeaders(headers)).toBe(
      'a-header:one  one\ncontent-type:application/json\nx-b:two\n'
    )
  })

  test('lists the signed names in the same order', () => {
    expect(signedHeaderNames(headers)).toBe('a-header;content-type;x-b')
  })

  test('refuses one header given in two spellings', () => {
    expect(() => canonicalHeaders({ 'X-A': '1', 'x-a': '2' })).toThrow(
      "Header 'x-a' is given more than once"
    )
  })
})

describe('stringToSign', () => {
  test('joins the algorithm, the date and the canonical request hash', () => {
    expect(stringToSign('20060102T150405Z', '')).toBe(
      `SDK-HMAC-SHA256\n20060102T150405Z\n${EMPTY_BODY_HASH}`
    )
  })
})

describe('signRequest', () => {
  const now = new Date('2025-03-04T05:06:07.890Z')
  const body =
    '{"notice_type":"MAIL","enabled_event_type_names":["buildJobFail"]}'
  const request = {
    method: 'POST',
    url: new URL(
      'https://cloudbuild.example.com:8443/v3/jobs/notice/0123456789abcdef0123456789abcdef/update'
    ),
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    body
  }
  const key = {
    accessKey: 'AKEXAMPLE',
    secretKey: 'SKEXAMPLE',
    projectId: 'p-123',
    securityToken: ' token '
  }

  test('adds and signs host, date, project id and security token', () => {
    const headers = signRequest(request, key, now)

    // Written out by hand so that the expectation does not reuse the code.
    const canonical = [
      'POST',
      '/v3/jobs/notice/0123456789abcdef0123456789abcdef/update/',
      '',
      'content-type:application/json;charset=UTF-8',
      'host:cloudbuild.example.com:8443',
      'x-project-id:p-123',
      'x-sdk-date:20250304T050607Z',
      'x-security-token:token',
      '',
      'content-type;host;x-project-id;x-sdk-date;x-security-token',
      'c66483761543ea0f803b7fa875001030fab61451d519239ff764c09c51934354'
    ].join('\n')
    const signature = createHmac('sha256', 'SKEXAMPLE')
      .update(stringToSign('20250304T050607Z', canonical))
      .digest('hex')

    expect(headers).toEqual({
      'Content-Type': 'application/json;charset=UTF-8',
      Host: 'cloudbuild.example.com:8443',
      'X-Sdk-Date': '20250304T050607Z',
      'X-Project-Id': 'p-123',
      'X-Security-Token': ' token ',
      Authorization:
        'SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=' +
        'content-type;host;x-project-id;x-sdk-date;x-security-token, ' +
        `Signature=${signature}`
    })
  })

  test('leaves out X-Project-Id and X-Security-Token when not given', () => {
    const headers = signRequest(
      request,
      { accessKey: 'AKEXAMPLE', secretKey: 'SKEXAMPLE' },
      now
    )

    expect(Object.keys(headers)).toEqual([
      'Content-Type',
      'Host',
      'X-Sdk-Date',
      'Authorization'
    ])
    expect(headers.Authorization).toContain(
      'SignedHeaders=content-type;host;x-sdk-date,'
    )
  })

  test('replaces a given date, host and authorization in any case', () => {
    const headers = signRequest(
      {
        ...request,
        headers: {
          'x-sdk-date': '20000101T000000Z',
          HOST: 'elsewhere.example.com',
          authorization: 'Bearer stale',
          'x-project-id': 'from-headers'
        }
      },
      key,
      now
    )

    expect(headers).toMatchObject({
      Host: 'cloudbuild.example.com:8443',
      'X-Sdk-Date': '20250304T050607Z',
      'X-Project-Id': 'p-123'
    })
    expect(Object.keys(headers).map(name => name.toLowerCase())).toEqual([
      'host',
      'x-sdk-date',
      'x-project-id',
      'x-security-token',
      'authorization'
    ])
  })

  test('keeps a given X-Project-Id when the key has none', () => {
    const headers = signRequest(
      { ...request, headers: { 'X-Project-Id': 'from-headers' } },
      { accessKey: 'AKEXAMPLE', secretKey: 'SKEXAMPLE' },
      now
    )

    expect(headers['X-Project-Id']).toBe('from-headers')
    expect(headers.Authorization).toContain(
      'SignedHeaders=host;x-project-id;x-sdk-date,'
    )
  })

  test('a default port is neither sent nor signed', () => {
    const headers = signRequest(
      { ...request, url: new URL('https://cloudbuild.example.com:443/v3') },
      key,
      now
    )

    expect(headers.Host).toBe('cloudbuild.example.com')
  })

  test('a fresh date gives a fresh signature', () => {
    const first = signRequest(request, key, now)
    const later = signRequest(request, key, new Date(now.getTime() + 1000))

    expect(later['X-Sdk-Date']).toBe('20250304T050608Z')
    expect(signatureOf(later.Authorization)).toMatch(/^[0-9a-f]{64}$/)
    expect(signatureOf(later.Authorization)).not.toBe(
      signatureOf(first.Authorization)
    )
  })

  test('the same date gives the same signature', () => {
    expect(signRequest(request, key, now)).toEqual(
      signRequest(request, key, new Date(now.getTime() - 500))
    )
  })

  test('the body is signed', () => {
    const first = signRequest(request, key, now)
    const other = signRequest({ ...request, body: `${body} ` }, key, now)

    expect(signatureOf(other.Authorization)).not.toBe(
      signatureOf(first.Authorization)
    )
  })
})

describe('sdkDate', () => {
  test.each([
    ['2006-01-02T15:04:05.999Z', '20060102T150405Z'],
    ['2019-11-15T11:36:55+08:00', '20191115T033655Z'],
    ['1999-12-31T23:59:59-00:30', '20000101T002959Z'],
    ['2024-02-29T00:00:00Z', '20240229T000000Z']
  ])('%s -> %s', (iso, expected) => {
    expect(sdkDate(new Date(iso))).toBe(expected)
  })
})
