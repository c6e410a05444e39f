/**
 * The retry loop of the CodeArts Build client, with a fake clock and a fake
 * transport: which failures are repeated, how long each wait is, how much
 * time each attempt gets, and where the deadline cuts everything off. No
 * test here waits for real time to pass.
 */
import { describe, expect, it } from '@jest/globals'
import { ApiError } from '../src/codearts/api-error.js'
import { CodeArtsBuildClient } from '../src/codearts/client.js'
import type { Credentials } from '../src/credentials.js'
import {
  TransportError,
  type HttpAnswer,
  type HttpRequest
} from '../src/http/transport.js'
import type { Clock } from '../src/retry.js'
import { sdkDate } from '../src/signer.js'

const JOB_ID = '0123456789abcdef0123456789abcdef'
const START = Date.parse('2026-03-01T12:00:00Z')
const UPDATE = {
  notice_type: 'MAIL',
  enabled_event_type_names: ['buildJobFail']
} as const

const TOKEN: Credentials = { kind: 'token', token: 'token-value-123' }
const KEY_PAIR: Credentials = {
  kind: 'access-key',
  source: 'inputs',
  key: {
    accessKey: 'AKEXAMPLE0000000001',
    secretKey: 'secret-key-example-000000000000000000000'
  }
}

/** Time moves only when the code sleeps or a fake attempt takes time. */
class FakeClock implements Clock {
  time = START
  readonly sleeps: number[] = []
  /** Handed out in turn by random(); 0 once used up. */
  readonly randoms: number[] = []

  now(): number {
    return this.time
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.time += ms
  }

  random(): number {
    return this.randoms.shift() ?? 0
  }
}

/** What one fake attempt does: answer, or fail, after taking some time. */
type Step =
  | {
      readonly status: number
      readonly body?: string | object
      readonly headers?: Record<string, string>
      readonly tookMs?: number
    }
  | { readonly error: TransportError; readonly tookMs?: number }
  /** Hangs until the attempt's own time limit ends it. */
  | { readonly hang: true }

const SUCCESS: Step = {
  status: 200,
  body: { result: { job_id: JOB_ID }, error: null, status: 'success' }
}

interface Sent extends HttpRequest {
  readonly at: number
}

function setup(options: {
  steps: Step[]
  retries?: number
  timeoutMs?: number
  credentials?: Credentials
  clock?: FakeClock
}) {
  const clock = options.clock ?? new FakeClock()
  const timeoutMs = options.timeoutMs ?? 60_000
  const steps = [...options.steps]
  const sent: Sent[] = []
  const info: string[] = []

  const client = new CodeArtsBuildClient({
    endpoint: new URL('https://cloudbuild-ext.cn-north-4.myhuaweicloud.com'),
    credentials: options.credentials ?? TOKEN,
    clock,
    log: { info: line => info.push(line), debug: () => {} },
    retries: options.retries ?? 3,
    timeoutMs,
    deadline: clock.now() + timeoutMs,
    secrets: [],
    send: async (request): Promise<HttpAnswer> => {
      sent.push({ ...request, at: clock.now() })
      const step = steps.shift()
      if (step === undefined) throw new Error('no step left for this attempt')
      if ('hang' in step) {
        clock.time += request.timeoutMs
        throw new TransportError(
          `no complete answer within ${request.timeoutMs / 1000} s`,
          'ETIMEDOUT',
          true
        )
      }
      clock.time += step.tookMs ?? 0
      if ('error' in step) throw step.error
      return {
        status: step.status,
        headers: {
          'x-request-id': `req-${sent.length}`,
          ...Object.fromEntries(
            Object.entries(step.headers ?? {}).map(([name, value]) => [
              name.toLowerCase(),
              value
            ])
          )
        },
        body:
          typeof step.body === 'string'
            ? step.body
            : JSON.stringify(step.body ?? ''),
        truncated: false
      }
    }
  })
  return { client, clock, sent, info, steps }
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('the call succeeded')
}

const busy = (code: string): Step => ({
  status: 500,
  body: { error_code: code, error_msg: 'busy' }
})
const transport = (code: string, message = `connect ${code}`): Step => ({
  error: new TransportError(message, code, false)
})

describe('what is retried', () => {
  it.each([
    ['HTTP 429', { status: 429, body: { error_code: 'APIGW.0308' } }],
    ['HTTP 502', { status: 502, body: '<html>Bad Gateway</html>' }],
    ['HTTP 503', { status: 503, body: '' }],
    ['HTTP 504', { status: 504, body: '<html>Gateway Timeout</html>' }],
    ['HTTP 500 CB.00060100', busy('CB.00060100')],
    ['HTTP 500 CB.00060211', busy('CB.00060211')],
    ['HTTP 500 CB.00060101', busy('CB.00060101')],
    ['a reset connection', transport('ECONNRESET', 'read ECONNRESET')],
    ['a refused connection', transport('ECONNREFUSED')],
    ['a dropped socket', transport('ECONNRESET', 'socket hang up')],
    ['an attempt out of time', { hang: true }]
  ] as [string, Step][])('%s, once, then the success', async (_name, step) => {
    const { client, sent, clock, info } = setup({ steps: [step, SUCCESS] })

    const result = await client.updateNotice(JOB_ID, UPDATE)

    expect(result).toMatchObject({ jobId: JOB_ID, httpStatus: 200 })
    expect(sent).toHaveLength(2)
    expect(clock.sleeps).toEqual([500])
    expect(info).toHaveLength(1)
    expect(info[0]).toMatch(
      /^Attempt 1 of 4 failed \(.+\); retrying in 0\.5 s$/
    )
  })

  it('names the reason in the retry line', async () => {
    const { client, info } = setup({
      steps: [
        busy('CB.00060211'),
        { status: 503, body: '' },
        transport('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443'),
        SUCCESS
      ]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    expect(info).toEqual([
      'Attempt 1 of 4 failed (HTTP 500 CB.00060211); retrying in 0.5 s',
      'Attempt 2 of 4 failed (HTTP 503); retrying in 1.0 s',
      'Attempt 3 of 4 failed (no answer: connect ECONNREFUSED 10.0.0.1:443); ' +
        'retrying in 2.0 s'
    ])
  })
})

describe('what is never retried', () => {
  it.each([
    [
      'a refused signature (the key would be locked)',
      401,
      'APIGW.0301',
      KEY_PAIR
    ],
    ['an expired token', 401, 'APIGW.0307', TOKEN],
    ['a denied access', 403, 'APIGW.0306', TOKEN],
    ['a bad parameter', 400, 'CB.00060200', TOKEN],
    ['an unknown API', 404, 'APIGW.0101', TOKEN],
    ['an unknown build task', 422, 'DEVCB.00031006', TOKEN],
    ['a 500 with another code', 500, 'CB.00060200', TOKEN],
    ['an undocumented status', 418, 'X.1', TOKEN]
  ] as [string, number, string, Credentials][])(
    '%s: one attempt even with 10 retries',
    async (_name, status, code, credentials) => {
      const { client, sent, clock, info } = setup({
        retries: 10,
        credentials,
        steps: [{ status, body: { error_code: code, error_msg: 'no' } }]
      })

      const error = await failure(client.updateNotice(JOB_ID, UPDATE))

      expect(sent).toHaveLength(1)
      expect(clock.sleeps).toEqual([])
      expect(info).toEqual([])
      expect(error.failure).toMatchObject({
        httpStatus: status,
        errorCode: code,
        attempts: 1,
        requestId: 'req-1'
      })
      expect(error.failure.stopReason).toBeUndefined()
    }
  )

  it.each([
    ['a host that does not exist', 'ENOTFOUND'],
    ['a certificate that is not trusted', 'SELF_SIGNED_CERT_IN_CHAIN'],
    ['a proxy that refuses the tunnel', 'EPROXYREFUSED'],
    ['an unreadable answer', 'HPE_INVALID_CONSTANT']
  ])('%s: one attempt', async (_name, code) => {
    const { client, sent, clock } = setup({
      steps: [transport(code, 'it went wrong')]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(error.failure.problem).toBe(`no answer: it went wrong (${code})`)
  })

  it('lets an unexpected error through untouched, without retrying', async () => {
    const defect = new TypeError('a bug')
    const { client, sent } = setup({
      steps: [{ error: defect as unknown as TransportError }]
    })

    await expect(client.updateNotice(JOB_ID, UPDATE)).rejects.toBe(defect)
    expect(sent).toHaveLength(1)
  })
})

describe('backoff', () => {
  it('doubles from one second with a random half taken off', async () => {
    const clock = new FakeClock()
    clock.randoms.push(0, 0.5, 0.999)
    const { client, sent } = setup({
      clock,
      steps: [
        busy('CB.00060100'),
        busy('CB.00060100'),
        busy('CB.00060100'),
        SUCCESS
      ]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    // Retry 1: 500 + 500 * 0; retry 2: 1000 + 1000 * 0.5; retry 3:
    // 2000 + 2000 * 0.999.
    expect(clock.sleeps).toEqual([500, 1500, 3998])
    expect(sent).toHaveLength(4)
  })

  it('gives up after the last retry and says so', async () => {
    const { client, sent, clock, info } = setup({
      retries: 2,
      steps: [
        { status: 503, body: '' },
        { status: 503, body: '' },
        { status: 503, body: '' }
      ]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent).toHaveLength(3)
    expect(clock.sleeps).toEqual([500, 1000])
    expect(info).toHaveLength(2)
    expect(error.failure).toMatchObject({
      attempts: 3,
      httpStatus: 503,
      requestId: 'req-3',
      stopReason: 'gave up after 3 attempts'
    })
    expect(error.message).toContain('(3 attempts)')
    expect(error.message).toContain('retries: gave up after 3 attempts')
  })

  it("makes one attempt when 'retries' is 0", async () => {
    const { client, sent, clock } = setup({
      retries: 0,
      steps: [{ status: 503, body: '' }]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(error.failure.stopReason).toBe("not retried ('retries' is 0)")
  })
})

describe('Retry-After', () => {
  it('in seconds is waited exactly', async () => {
    const { client, clock, info } = setup({
      steps: [{ status: 429, headers: { 'Retry-After': '7' } }, SUCCESS]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    expect(clock.sleeps).toEqual([7000])
    expect(info).toEqual([
      'Attempt 1 of 4 failed (HTTP 429); retrying in 7.0 s as Retry-After asks'
    ])
  })

  it('as an HTTP date is waited until that moment', async () => {
    const at = new Date(START + 12_000).toUTCString()
    const { client, clock } = setup({
      steps: [{ status: 503, headers: { 'Retry-After': at } }, SUCCESS]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    expect(clock.sleeps).toEqual([12_000])
  })

  it('counts from when the answer came, not from the start', async () => {
    const at = new Date(START + 12_000).toUTCString()
    const { client, clock } = setup({
      steps: [
        { status: 503, headers: { 'Retry-After': at }, tookMs: 2000 },
        SUCCESS
      ]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    expect(clock.sleeps).toEqual([10_000])
  })

  it('longer than the time left ends the call at once, saying so', async () => {
    const { client, sent, clock, info } = setup({
      steps: [{ status: 429, headers: { 'Retry-After': '120' } }]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(info).toEqual([])
    expect(error.failure.stopReason).toBe(
      "the service asked to wait 120.0 s (Retry-After), but only 60.0 s of 'timeout' is left"
    )
  })

  it('that cannot be read falls back to the backoff', async () => {
    const { client, clock } = setup({
      steps: [{ status: 503, headers: { 'Retry-After': 'later' } }, SUCCESS]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    expect(clock.sleeps).toEqual([500])
  })

  it('on an answer that is not retried changes nothing', async () => {
    const { client, sent, clock } = setup({
      steps: [
        {
          status: 401,
          headers: { 'Retry-After': '1' },
          body: { error_code: 'APIGW.0301' }
        }
      ],
      credentials: KEY_PAIR
    })

    await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })
})

describe('the deadline', () => {
  it('gives each attempt a third of the time, never more than is left', async () => {
    const { client, sent, clock } = setup({
      timeoutMs: 3000,
      steps: [{ hang: true }, { hang: true }, { hang: true }, { hang: true }]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    // 0-1000 the first attempt; a 500 ms wait; 1500-2500 the second; the
    // 500 ms left cannot hold a 1000 ms wait and an attempt.
    expect(sent.map(request => request.timeoutMs)).toEqual([1000, 1000])
    expect(sent.map(request => request.at - START)).toEqual([0, 1500])
    expect(clock.sleeps).toEqual([500])
    expect(clock.time - START).toBeLessThanOrEqual(3000)
    expect(error.failure.attempts).toBe(2)
    expect(error.message).toContain(
      'the time for the attempt ran out: no complete answer within 1 s'
    )
    expect(error.failure.stopReason).toBe(
      "the time ran out: 0.5 s of 'timeout' left, too little for another attempt"
    )
  })

  it('cuts the last attempt to what is left after a wait', async () => {
    const { client, sent } = setup({
      timeoutMs: 10_000,
      steps: [{ status: 429, headers: { 'Retry-After': '8' } }, { hang: true }]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent.map(request => request.timeoutMs)).toEqual([3334, 2000])
    expect(error.message).toContain(
      "the time ran out ('timeout' is 10.0 s) before an answer came"
    )
  })

  it("with 'retries' 0, gives the one attempt all the time", async () => {
    const { client, sent, clock } = setup({
      retries: 0,
      timeoutMs: 2000,
      steps: [{ hang: true }]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent.map(request => request.timeoutMs)).toEqual([2000])
    expect(clock.time - START).toBe(2000)
    expect(error.failure.problem).toBe(
      "the time ran out ('timeout' is 2.0 s) before an answer came"
    )
  })

  it('stops retrying when a slow failure used the time up', async () => {
    const { client, sent, clock } = setup({
      timeoutMs: 3000,
      steps: [{ status: 503, body: '', tookMs: 2800 }]
    })

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(error.failure.stopReason).toBe(
      "the time ran out: 0.2 s of 'timeout' left, too little for another attempt"
    )
  })

  it('does not start a call with too little time for an attempt', async () => {
    const clock = new FakeClock()
    const { client, sent } = setup({ clock, timeoutMs: 60_000, steps: [] })
    clock.time = START + 60_000 - 499

    const error = await failure(client.updateNotice(JOB_ID, UPDATE))

    expect(sent).toHaveLength(0)
    expect(error.failure.problem).toBe(
      "the time ran out ('timeout' is 60.0 s) before an answer came"
    )
  })

  it('starts a call with just enough time for an attempt', async () => {
    const clock = new FakeClock()
    const { client, sent } = setup({
      clock,
      timeoutMs: 60_000,
      steps: [SUCCESS]
    })
    clock.time = START + 60_000 - 500

    await client.updateNotice(JOB_ID, UPDATE)

    expect(sent.map(request => request.timeoutMs)).toEqual([500])
  })

  it('never lets waits and attempts together pass the deadline', async () => {
    const overruns: string[] = []
    for (const retries of [0, 1, 2, 3, 5, 10]) {
      for (const timeoutMs of [1000, 2500, 3000, 7000, 60_000]) {
        const clock = new FakeClock()
        clock.randoms.push(...Array.from({ length: 20 }, () => 0.999))
        const { client } = setup({
          clock,
          retries,
          timeoutMs,
          steps: Array.from({ length: 11 }, (): Step => ({ hang: true }))
        })

        await failure(client.updateNotice(JOB_ID, UPDATE))

        const used = clock.time - START
        if (used > timeoutMs) {
          overruns.push(`retries ${retries}, timeout ${timeoutMs}: ${used}`)
        }
      }
    }
    expect(overruns).toEqual([])
  })
})

describe('signing', () => {
  it('signs every attempt anew, with a fresh X-Sdk-Date', async () => {
    const { client, sent } = setup({
      credentials: KEY_PAIR,
      steps: [{ status: 503, body: '', tookMs: 1200 }, { hang: true }, SUCCESS]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    expect(sent).toHaveLength(3)
    const dates = sent.map(request => request.headers['X-Sdk-Date'])
    expect(dates).toEqual(sent.map(request => sdkDate(new Date(request.at))))
    expect(new Set(dates).size).toBe(3)
    const signatures = sent.map(
      request =>
        /Signature=([0-9a-f]{64})$/.exec(request.headers.Authorization)?.[1]
    )
    expect(new Set(signatures).size).toBe(3)
  })

  it('sends the same body on every attempt', async () => {
    const { client, sent } = setup({
      steps: [{ status: 502, body: '' }, SUCCESS]
    })

    await client.updateNotice(JOB_ID, UPDATE)

    expect(sent.map(request => request.body)).toEqual([
      JSON.stringify(UPDATE),
      JSON.stringify(UPDATE)
    ])
    expect(sent[1].url.href).toBe(
      `https://cloudbuild-ext.cn-north-4.myhuaweicloud.com/v3/jobs/notice/${JOB_ID}/update`
    )
  })
})
