/**
 * The resilience contract, through the bundled action run as the runner
 * runs it: what is retried and how, the time limit, hostile answers, the
 * https rule and proxies. Every run is also watched for how the process
 * ended (by itself, or cut by the safety net in src/index.ts), and host
 * names resolve only to this machine, so no traffic ever leaves it.
 *
 * Timing is asserted with generous bounds only: lower bounds come from real
 * waits, which cannot be shorter; upper bounds allow 5 s for start-up and a
 * busy machine.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VERSION } from '../src/version.js'
import { startConnectProxy, type ProxyMode } from './support/connect-proxy.js'
import { makeCertificate } from './support/self-signed.mjs'
import {
  ACCESS_KEY,
  JOB_ID,
  PROJECT_ID,
  SECRET_KEY,
  TOKEN,
  startFakeCodeArts,
  type FakeCodeArts,
  type ScriptedAnswer
} from './support/fake-codearts.mjs'
import {
  ROOT,
  runAction,
  visibleLog,
  type ActionRun
} from './support/run-action.js'

const SERVICE_HOST = 'cloudbuild-ext.cn-north-4.myhuaweicloud.com'
const EXIT_PROBE = join(ROOT, '__tests__', 'support', 'exit-probe.mjs')
const LOCAL_DNS = join(ROOT, '__tests__', 'support', 'local-dns.mjs')
const STARTUP_SLACK_MS = 5000
const UPDATE_PATH = `/v3/jobs/notice/${JOB_ID}/update`

const closers: (() => Promise<void>)[] = []
afterAll(async () => {
  await Promise.all(closers.map(close => close()))
})

/** A fake service of the test's own, so tests can run side by side. */
async function freshFake(
  options: Parameters<typeof startFakeCodeArts>[0] = {}
): Promise<FakeCodeArts> {
  const fake = await startFakeCodeArts(options)
  closers.push(() => fake.close())
  return fake
}

async function freshProxy(mode: ProxyMode) {
  const proxy = await startConnectProxy(mode)
  closers.push(() => proxy.close())
  return proxy
}

function inputs(
  endpoint: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    job_id: JOB_ID,
    notice_type: 'MAIL',
    events: 'failure',
    token: TOKEN,
    endpoint,
    retries: '0',
    ...extra
  }
}

interface ProbedRun extends ActionRun {
  /** How the process ended: 'natural' when nothing was left running. */
  readonly ending: string
  readonly resources: string[]
}

/** runAction, with the exit probe and the local-only resolver preloaded. */
async function run(
  given: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ProbedRun> {
  const folder = await mkdtemp(join(tmpdir(), 'exit-probe-'))
  const probeFile = join(folder, 'exit.json')
  try {
    const result = await runAction(given, {
      NODE_OPTIONS: `--import=${EXIT_PROBE} --import=${LOCAL_DNS}`,
      EXIT_PROBE_FILE: probeFile,
      ...env
    })
    const probe = JSON.parse(await readFile(probeFile, 'utf8')) as {
      ending: string
      resources: string[]
    }
    return { ...result, ...probe }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** The failure message as the runner shows it, newlines restored. */
function errorOf(result: ActionRun): string {
  const line = visibleLog(result)
    .split('\n')
    .find(text => text.startsWith('::error::'))
  return (line ?? '')
    .slice('::error::'.length)
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%')
}

function retryLines(result: ActionRun): string[] {
  return result.stdout
    .split('\n')
    .filter(line => /^Attempt \d+ of \d+ failed/.test(line))
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise(resolve => server.close(resolve))
  return port
}

describe('retries', () => {
  it.concurrent.each([
    [
      'HTTP 429',
      { status: 429, body: { error_code: 'APIGW.0308' } },
      'HTTP 429 APIGW.0308'
    ],
    [
      'HTTP 502',
      { status: 502, body: '<html>502 Bad Gateway</html>' },
      'HTTP 502'
    ],
    ['HTTP 503', { status: 503, body: '' }, 'HTTP 503'],
    [
      'HTTP 504',
      { status: 504, body: '<html>504 Gateway Time-out</html>' },
      'HTTP 504'
    ],
    ...['CB.00060100', 'CB.00060211', 'CB.00060101'].map(code => [
      `HTTP 500 ${code}`,
      { status: 500, body: { error_code: code, error_msg: 'busy' } },
      `HTTP 500 ${code}`
    ]),
    [
      'a dropped socket',
      { behaviour: 'drop' },
      'no answer: the server closed the connection without answering ' +
        '(socket hang up) (ECONNRESET)'
    ],
    [
      'an answer cut short',
      {
        behaviour: 'raw',
        raw: 'HTTP/1.1 200 OK\r\nContent-Length: 90\r\n\r\n{"result":'
      },
      'no answer: the server closed the connection in the middle of the ' +
        'answer (ECONNRESET)'
    ]
  ] as [string, ScriptedAnswer, string][])(
    'repeats an attempt that failed with %s',
    async (_name, answer, reason) => {
      const fake = await freshFake()
      fake.script(answer)

      const result = await run(inputs(fake.url, { retries: '1' }))

      expect(result.exitCode).toBe(0)
      expect(result.outputs.status).toBe('success')
      expect(fake.requests).toHaveLength(2)
      const lines = retryLines(result)
      expect(lines).toHaveLength(1)
      // The first backoff is between half a second and a second.
      expect(lines[0]).toMatch(
        new RegExp(
          `^Attempt 1 of 2 failed \\(${escape(reason)}\\); retrying in (0\\.[5-9]|1\\.0) s$`
        )
      )
      expect(fake.requests[1].at - fake.requests[0].at).toBeGreaterThanOrEqual(
        450
      )
    }
  )

  it('gives up after the last retry on a refused connection', async () => {
    const port = await closedPort()

    const result = await run(
      inputs(`http://127.0.0.1:${port}`, { retries: '2', timeout: '20' })
    )

    expect(result.exitCode).toBe(1)
    const lines = retryLines(result)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      new RegExp(
        `^Attempt 1 of 3 failed \\(no answer: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\); retrying in (0\\.[5-9]|1\\.0) s$`
      )
    )
    expect(lines[1]).toMatch(
      /^Attempt 2 of 3 failed .+; retrying in [12]\.\d s$/
    )
    const error = errorOf(result)
    expect(error).toContain(`(3 attempts)`)
    expect(error).toContain('retries: gave up after 3 attempts')
    // Two real waits of at least 0.5 s and 1 s happened.
    expect(result.durationMs).toBeGreaterThanOrEqual(1500)
    expect(result.ending).toBe('natural')
  })

  it.concurrent.each([
    ['a refused signature', 401, 'APIGW.0301'],
    ['a denied access', 403, 'APIGW.0306'],
    ['a bad parameter', 400, 'CB.00060200'],
    ['an unknown build task', 422, 'DEVCB.00031006'],
    ['a 500 with another code', 500, 'CB.00060200'],
    ['an undocumented status', 418, 'TEAPOT']
  ])('never repeats %s (HTTP %i)', async (_name, status, code) => {
    const fake = await freshFake()
    fake.script({ status, body: { error_code: code, error_msg: 'no' } })

    const result = await run(inputs(fake.url, { retries: '3' }))

    expect(result.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(1)
    expect(retryLines(result)).toEqual([])
    expect(result.outputs).toMatchObject({
      http_status: String(status),
      error_code: code
    })
  })

  it('never repeats a signature the gateway refused, with any key', async () => {
    const fake = await freshFake()

    const result = await run(
      inputs(fake.url, {
        token: '',
        access_key: ACCESS_KEY,
        secret_key: `${SECRET_KEY.slice(0, -2)}XX`,
        project_id: PROJECT_ID,
        retries: '10'
      })
    )

    expect(result.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(1)
    expect(result.outputs.error_code).toBe('APIGW.0301')
    expect(errorOf(result)).toContain('lock the key for 5 minutes')
  })
})

describe('Retry-After', () => {
  it.concurrent('in seconds is waited before the next attempt', async () => {
    const fake = await freshFake()
    fake.script({ status: 429, headers: { 'Retry-After': '1' } })

    const result = await run(inputs(fake.url, { retries: '1' }))

    expect(result.exitCode).toBe(0)
    expect(retryLines(result)).toEqual([
      'Attempt 1 of 2 failed (HTTP 429); retrying in 1.0 s as Retry-After asks'
    ])
    expect(fake.requests[1].at - fake.requests[0].at).toBeGreaterThanOrEqual(
      950
    )
  })

  it.concurrent('as an HTTP date is waited until that moment', async () => {
    const fake = await freshFake()
    // Whole seconds only: the moment is 2 to 3 s away when sent.
    const at = new Date(Date.now() + 3000).toUTCString()
    fake.script({ status: 503, headers: { 'Retry-After': at } })

    const result = await run(inputs(fake.url, { retries: '1' }))

    expect(result.exitCode).toBe(0)
    const lines = retryLines(result)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^Attempt 1 of 2 failed \(HTTP 503\); retrying in [0-3]\.\d s as Retry-After asks$/
    )
    expect(fake.requests[1].at).toBeGreaterThanOrEqual(Date.parse(at) - 50)
  })

  it.concurrent('longer than the time left ends the step at once', async () => {
    const fake = await freshFake()
    fake.script({ status: 429, headers: { 'Retry-After': '120' } })

    const result = await run(inputs(fake.url, { retries: '3', timeout: '60' }))

    expect(result.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(1)
    expect(result.durationMs).toBeLessThan(STARTUP_SLACK_MS)
    expect(errorOf(result)).toMatch(
      /retries: the service asked to wait 120\.0 s \(Retry-After\), but only (59|60)\.\d s of 'timeout' is left/
    )
    expect(result.ending).toBe('natural')
  })
})

describe('the time limit', () => {
  it.concurrent.each([
    ['accepts and never answers', 'hang'],
    ['sends headers and then nothing', 'stall'],
    ['sends headers and then a byte every 200 ms', 'drip']
  ] as const)(
    'ends the step in time when the server %s',
    async (_name, behaviour) => {
      const fake = await freshFake()
      fake.script({ behaviour })

      const result = await run(inputs(fake.url, { timeout: '2' }))

      expect(result.exitCode).toBe(1)
      expect(fake.requests).toHaveLength(1)
      expect(result.durationMs).toBeGreaterThanOrEqual(2000)
      expect(result.durationMs).toBeLessThan(2000 + STARTUP_SLACK_MS)
      expect(errorOf(result)).toContain(
        "the time ran out ('timeout' is 2.0 s) before an answer came"
      )
      expect(result.outputs.status).toBe('fail')
      // The abandoned socket was closed; nothing held the process open.
      expect(result.ending).toBe('natural')
    }
  )

  it.concurrent(
    'cuts a hanging attempt early enough for a retry to fit',
    async () => {
      const fake = await freshFake()
      fake.script(
        ...Array.from({ length: 4 }, () => ({ behaviour: 'hang' as const }))
      )

      const result = await run(inputs(fake.url, { timeout: '3', retries: '3' }))

      expect(result.exitCode).toBe(1)
      expect(fake.requests.length).toBeGreaterThanOrEqual(2)
      expect(result.durationMs).toBeLessThan(3000 + STARTUP_SLACK_MS)
      const lines = retryLines(result)
      expect(lines[0]).toMatch(
        /^Attempt 1 of 4 failed \(the time for the attempt ran out: no complete answer within 1\.0 s\); retrying in (0\.[5-9]|1\.0) s$/
      )
      expect(errorOf(result)).toMatch(/the time ran out/)
      expect(result.ending).toBe('natural')
    }
  )

  it.concurrent('retries a hanging attempt into a success', async () => {
    const fake = await freshFake()
    fake.script({ behaviour: 'hang' })

    const result = await run(inputs(fake.url, { timeout: '4', retries: '2' }))

    expect(result.exitCode).toBe(0)
    expect(fake.requests).toHaveLength(2)
    expect(result.outputs.status).toBe('success')
    expect(result.ending).toBe('natural')
  })
})

describe('hostile and broken answers', () => {
  it.concurrent.each([
    [
      'truncated JSON',
      { status: 200, body: '{"result": {"job_id": "0123' },
      'the answer is not JSON (HTTP 200): "{\\"result\\": {\\"job_id\\": \\"0123"'
    ],
    [
      'an empty 200',
      { status: 200, body: '' },
      'the answer has no body (HTTP 200)'
    ],
    [
      'an HTML page with 200',
      {
        status: 200,
        body: '<!DOCTYPE html><html><title>Sign in</title><body>Portal</body></html>'
      },
      'the answer is not JSON (HTTP 200): "Sign in Portal"'
    ],
    [
      'a body of many megabytes',
      { behaviour: 'huge' as const, bytes: 32 * 1024 * 1024 },
      'the answer is larger than the 1 MiB expected at most and was cut off (HTTP 200)'
    ],
    [
      'a redirect',
      {
        status: 301,
        headers: { Location: 'https://attacker.example/collect' }
      },
      'the service redirected (HTTP 301) to https://attacker.example/collect; redirects are not followed'
    ],
    [
      'HTTP 418',
      { status: 418, body: { message: "I'm a teapot" } },
      'the service answered HTTP 418.'
    ],
    [
      'HTTP 299 with a success body',
      {
        status: 299,
        body: { result: { job_id: JOB_ID }, error: null, status: 'success' }
      },
      'the service answered HTTP 299, which the API does not use for success'
    ],
    [
      'an answer that is not HTTP',
      { behaviour: 'raw' as const, raw: 'SSH-2.0-OpenSSH_9.6\r\n' },
      'no answer: Parse Error'
    ]
  ])('%s is a clear failure, not retried', async (_name, answer, problem) => {
    const fake = await freshFake()
    fake.script(answer)

    const result = await run(inputs(fake.url, { retries: '3', timeout: '20' }))

    expect(result.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(1)
    expect(result.outputs.status).toBe('fail')
    const error = errorOf(result)
    expect(error).toContain(problem)
    expect(error).toContain(`${fake.url}${UPDATE_PATH}`)
    expect(error).toMatch(/\nWhat to do: /)
    expect(result.stderr).toBe('')
    expect(result.durationMs).toBeLessThan(STARTUP_SLACK_MS)
    expect(result.ending).toBe('natural')
  })

  it.concurrent('reads a huge gateway page only up to the limit', async () => {
    const fake = await freshFake()
    fake.script({ behaviour: 'huge', status: 503, bytes: 32 * 1024 * 1024 })

    const result = await run(inputs(fake.url, { retries: '0' }))

    expect(result.exitCode).toBe(1)
    expect(result.outputs.http_status).toBe('503')
    expect(errorOf(result)).toContain('was cut off (HTTP 503)')
    expect(errorOf(result)).toContain("retries: not retried ('retries' is 0)")
  })

  it.concurrent('accepts HTTP 201 with the success body', async () => {
    const fake = await freshFake()
    fake.script({
      status: 201,
      body: { result: { job_id: JOB_ID }, error: null, status: 'success' }
    })

    const result = await run(inputs(fake.url))

    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      status: 'success',
      http_status: '201'
    })
  })
})

describe('transport', () => {
  it.concurrent('names the action and its version in User-Agent', async () => {
    const fake = await freshFake()

    const result = await run(inputs(fake.url))

    expect(result.exitCode).toBe(0)
    expect(fake.requests[0].headers['user-agent']).toBe(
      `codearts-notice-action/${VERSION}`
    )
    // Nothing was left running: the 1 s safety net did not end this run.
    expect(result.ending).toBe('natural')
  })

  it.concurrent('allows plain http to localhost', async () => {
    const fake = await freshFake()

    const result = await run(inputs(`http://localhost:${fake.port}`))

    expect(result.exitCode).toBe(0)
    expect(fake.requests).toHaveLength(1)
  })

  it.concurrent(
    'refuses plain http elsewhere before a byte is sent',
    async () => {
      const trap = await freshProxy({ kind: 'refuse', status: 403 })

      const result = await run(inputs(`http://${SERVICE_HOST}`), {
        HTTP_PROXY: trap.url,
        HTTPS_PROXY: trap.url
      })

      expect(result.exitCode).toBe(1)
      expect(errorOf(result)).toBe(
        "Input 'endpoint': https is required; plain http is allowed only for " +
          `localhost, 127.0.0.0/8 and [::1], but the host is '${SERVICE_HOST}'`
      )
      expect(trap.visits).toEqual([])
    }
  )
})

describe('proxies', () => {
  let folder: string
  let caFile: string
  let service: FakeCodeArts

  beforeAll(async () => {
    // A certificate for the real host name, trusted only by the child.
    folder = mkdtempSync(join(tmpdir(), 'tls-fake-'))
    const certificate = makeCertificate(folder, SERVICE_HOST)
    caFile = certificate.caFile
    service = await freshFake({ tls: certificate.pem })
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const keyPair = {
    token: '',
    access_key: ACCESS_KEY,
    secret_key: SECRET_KEY,
    project_id: PROJECT_ID
  }

  it('tunnels https through HTTPS_PROXY to the service', async () => {
    const proxy = await freshProxy({
      kind: 'tunnel',
      tunnelPort: service.port
    })
    const before = service.requests.length

    const result = await run(
      inputs(`https://${SERVICE_HOST}`, { ...keyPair, retries: '2' }),
      { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: caFile }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('success')
    expect(proxy.visits.map(visit => [visit.method, visit.target])).toEqual([
      ['CONNECT', `${SERVICE_HOST}:443`]
    ])
    const [request] = service.requests.slice(before)
    expect(request.path).toBe(UPDATE_PATH)
    expect(request.headers.host).toBe(SERVICE_HOST)
    expect(request.headers['user-agent']).toBe(
      `codearts-notice-action/${VERSION}`
    )
    // The fake gateway verified the signature over the real host name.
    expect(request.headers.authorization).toMatch(/^SDK-HMAC-SHA256 /)
    expect(result.ending).toBe('natural')
  })

  it('sends the proxy its credentials, and never shows them', async () => {
    const proxy = await freshProxy({ kind: 'refuse', status: 407 })
    const proxyUrl = proxy.url.replace('//', '//builder:proxy-pass-8812@')

    const result = await run(inputs(`https://${SERVICE_HOST}`), {
      HTTPS_PROXY: proxyUrl,
      NODE_EXTRA_CA_CERTS: caFile
    })

    expect(result.exitCode).toBe(1)
    expect(proxy.visits[0].headers['proxy-authorization']).toBe(
      `Basic ${Buffer.from('builder:proxy-pass-8812').toString('base64')}`
    )
    expect(visibleLog(result)).not.toContain('proxy-pass-8812')
  })

  it.each([
    [403, 1],
    [407, 1],
    // A proxy's gateway error may pass, so it is retried.
    [502, 2]
  ])(
    'fails clearly, naming the URL, when the proxy answers %i',
    async (status, connects) => {
      const proxy = await freshProxy({ kind: 'refuse', status })

      const result = await run(
        inputs(`https://${SERVICE_HOST}`, { retries: '1' }),
        { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: caFile }
      )

      expect(result.exitCode).toBe(1)
      expect(proxy.visits).toHaveLength(connects)
      const error = errorOf(result)
      expect(error).toContain(
        `no answer: the proxy ${proxy.url} (HTTPS_PROXY) refused the tunnel ` +
          `to ${SERVICE_HOST}:443 (HTTP ${status})`
      )
      expect(error).toContain(`https://${SERVICE_HOST}${UPDATE_PATH}`)
      expect(error).toContain('proxy through HTTPS_PROXY')
    }
  )

  it('retries, and then names, a proxy it cannot reach', async () => {
    const port = await closedPort()
    const proxyUrl = `http://127.0.0.1:${port}`

    const result = await run(
      inputs(`https://${SERVICE_HOST}`, { retries: '1' }),
      { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: caFile }
    )

    expect(result.exitCode).toBe(1)
    expect(retryLines(result)).toHaveLength(1)
    expect(errorOf(result)).toContain(
      `no answer: could not reach the proxy ${proxyUrl} (HTTPS_PROXY): ` +
        `connect ECONNREFUSED 127.0.0.1:${port}`
    )
  })

  it('ends the step in time when the proxy never answers', async () => {
    const proxy = await freshProxy({ kind: 'hang' })

    const result = await run(
      inputs(`https://${SERVICE_HOST}`, { timeout: '2' }),
      { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: caFile }
    )

    expect(result.exitCode).toBe(1)
    expect(proxy.visits).toHaveLength(1)
    expect(result.durationMs).toBeLessThan(2000 + STARTUP_SLACK_MS)
    expect(errorOf(result)).toContain("the time ran out ('timeout' is 2.0 s)")
    // The unanswered CONNECT was closed with the attempt.
    expect(result.ending).toBe('natural')
  })

  it('refuses a certificate the runner does not trust, once', async () => {
    const proxy = await freshProxy({
      kind: 'tunnel',
      tunnelPort: service.port
    })

    const result = await run(
      inputs(`https://${SERVICE_HOST}`, { retries: '3' }),
      { HTTPS_PROXY: proxy.url }
    )

    expect(result.exitCode).toBe(1)
    expect(proxy.visits).toHaveLength(1)
    expect(errorOf(result)).toMatch(/no answer: self-signed certificate/)
  })

  describe('NO_PROXY', () => {
    // The service host resolves to 127.0.0.1 in the child, so a bypassed
    // proxy means a direct connection to the local TLS service.
    const endpoint = (): string => `https://${SERVICE_HOST}:${service.port}`
    const childEnv = (proxyUrl: string, noProxy: string) => ({
      HTTPS_PROXY: proxyUrl,
      NO_PROXY: noProxy,
      NODE_EXTRA_CA_CERTS: caFile,
      LOCAL_DNS_NAMES: SERVICE_HOST
    })

    it.each([
      SERVICE_HOST,
      '.myhuaweicloud.com',
      'myhuaweicloud.com',
      'example.com, myhuaweicloud.com',
      '*'
    ])('%j sends the request around the proxy', async noProxy => {
      const proxy = await freshProxy({ kind: 'refuse', status: 403 })
      const before = service.requests.length

      const result = await run(
        inputs(endpoint(), keyPair),
        childEnv(proxy.url, noProxy)
      )

      expect(result.exitCode).toBe(0)
      expect(proxy.visits).toEqual([])
      expect(service.requests.length).toBe(before + 1)
    })

    it('that does not match leaves the request to the proxy', async () => {
      const proxy = await freshProxy({
        kind: 'tunnel',
        tunnelPort: service.port
      })

      const result = await run(
        inputs(endpoint(), keyPair),
        childEnv(proxy.url, 'example.com,.huaweicloud.eu')
      )

      expect(result.exitCode).toBe(0)
      expect(proxy.visits.map(visit => visit.target)).toEqual([
        `${SERVICE_HOST}:${service.port}`
      ])
    })
  })
})
