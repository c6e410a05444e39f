/**
 * One HTTP exchange against the local fake service: the time limit holds
 * whatever stage the server stalls in, the answer is bounded, redirects are
 * not followed, and no socket is left behind.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { createServer } from 'node:net'
import {
  createTransport,
  MAX_ANSWER_BYTES,
  TransportError,
  type HttpRequest
} from '../src/http/transport.js'
import { USER_AGENT, VERSION } from '../src/version.js'
import { startFakeCodeArts, TOKEN } from './support/fake-codearts.mjs'

type Fake = Awaited<ReturnType<typeof startFakeCodeArts>>
let fake: Fake
const send = createTransport(USER_AGENT)

beforeAll(async () => {
  fake = await startFakeCodeArts()
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
})

const PATH = '/v3/jobs/notice/0123456789abcdef0123456789abcdef/update'
const BODY = '{"notice_type":"MAIL","enabled_event_type_names":[]}'

function request(extra: Partial<HttpRequest> = {}): HttpRequest {
  return {
    method: 'POST',
    url: new URL(`${fake.url}${PATH}`),
    headers: {
      'Content-Type': 'application/json;charset=UTF-8',
      'X-Auth-Token': TOKEN
    },
    body: BODY,
    timeoutMs: 5000,
    ...extra
  }
}

/** Runs an attempt that must fail, with how long it took. */
async function failing(
  given: HttpRequest
): Promise<{ error: TransportError; ms: number }> {
  const started = Date.now()
  try {
    await send(given)
  } catch (error) {
    if (!(error instanceof TransportError)) throw error
    return { error, ms: Date.now() - started }
  }
  throw new Error('the attempt succeeded')
}

/**
 * TCP sockets open in this process, once closing ones have closed. The fake
 * runs here too, so a client socket left open keeps its server side open as
 * well, and the count never comes back down.
 */
async function openSockets(baseline: number): Promise<number> {
  const count = (): number =>
    process.getActiveResourcesInfo().filter(name => name === 'TCPSocketWrap')
      .length
  for (let tries = 0; tries < 40 && count() > baseline; tries++) {
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return count()
}

describe('an answer', () => {
  it('comes back whole, with the User-Agent and body sent', async () => {
    const answer = await send(request())

    expect(answer.status).toBe(200)
    expect(answer.truncated).toBe(false)
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'success' })
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/)
    expect(fake.requests).toHaveLength(1)
    const [received] = fake.requests
    expect(received.headers['user-agent']).toBe(
      `codearts-notice-action/${VERSION}`
    )
    expect(received.headers['content-length']).toBe(String(BODY.length))
    expect(received.headers['x-auth-token']).toBe(TOKEN)
    expect(received.body).toBe(BODY)
  })

  it('is a redirect left unfollowed', async () => {
    fake.script({
      status: 307,
      headers: { Location: `${fake.url}/elsewhere` }
    })
    const answer = await send(request())

    expect(answer.status).toBe(307)
    expect(answer.headers.location).toBe(`${fake.url}/elsewhere`)
    expect(fake.requests).toHaveLength(1)
  })

  it('is read up to MAX_ANSWER_BYTES and marked as cut', async () => {
    fake.script({ behaviour: 'huge', bytes: 8 * 1024 * 1024 })
    const answer = await send(request())

    expect(answer.status).toBe(200)
    expect(answer.truncated).toBe(true)
    expect(Buffer.byteLength(answer.body)).toBe(MAX_ANSWER_BYTES)
  })

  it('of exactly MAX_ANSWER_BYTES is not cut', async () => {
    fake.script({ behaviour: 'huge', bytes: MAX_ANSWER_BYTES })
    const answer = await send(request())

    expect(answer.truncated).toBe(false)
    expect(Buffer.byteLength(answer.body)).toBe(MAX_ANSWER_BYTES)
  })
})

describe('the time limit', () => {
  const timeoutMs = 600

  it.each([
    ['never answers', 'hang'],
    ['sends headers and then nothing', 'stall'],
    ['sends headers and then a byte every 200 ms', 'drip']
  ] as const)('ends an attempt whose server %s', async (_name, behaviour) => {
    const baseline = await openSockets(0)
    fake.script({ behaviour })
    const { error, ms } = await failing(request({ timeoutMs }))

    expect(error.timedOut).toBe(true)
    expect(error.code).toBe('ETIMEDOUT')
    expect(error.message).toBe('no complete answer within 0.6 s')
    // Timers may fire a little late, never early; the bound is generous.
    expect(ms).toBeGreaterThanOrEqual(timeoutMs - 20)
    expect(ms).toBeLessThan(timeoutMs + 3000)
    expect(await openSockets(baseline)).toBe(baseline)
  })
})

describe('a broken connection', () => {
  it('dropped without an answer is a reset, not a time-out', async () => {
    fake.script({ behaviour: 'drop' })
    const { error } = await failing(request())

    expect(error.timedOut).toBe(false)
    expect(error.code).toBe('ECONNRESET')
    expect(error.message).toBe(
      'the server closed the connection without answering (socket hang up)'
    )
  })

  it('refused is ECONNREFUSED', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const address = closed.address()
    const port = typeof address === 'object' && address ? address.port : 0
    await new Promise(resolve => closed.close(resolve))

    const { error } = await failing(
      request({ url: new URL(`http://127.0.0.1:${port}${PATH}`) })
    )

    expect(error.timedOut).toBe(false)
    expect(error.code).toBe('ECONNREFUSED')
    expect(error.message).toContain(`127.0.0.1:${port}`)
  })

  it('closed in the middle of the body is a reset', async () => {
    fake.script({
      behaviour: 'raw',
      raw: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"result": {"jo'
    })
    const { error } = await failing(request())

    expect(error.timedOut).toBe(false)
    expect(error.code).toBe('ECONNRESET')
    expect(error.message).toBe(
      'the server closed the connection in the middle of the answer'
    )
  })

  it('that is not HTTP at all is a parse error', async () => {
    fake.script({ behaviour: 'raw', raw: 'SSH-2.0-OpenSSH_9.6\r\n' })
    const { error } = await failing(request())

    expect(error.timedOut).toBe(false)
    expect(error.code).toMatch(/^HPE_/)
  })

  it('with headers beyond any sane size is a parse error', async () => {
    fake.script({
      behaviour: 'raw',
      raw: `HTTP/1.1 200 OK\r\nX-Junk: ${'a'.repeat(100_000)}\r\n\r\n{}`
    })
    const { error } = await failing(request())

    expect(error.code).toBe('HPE_HEADER_OVERFLOW')
  })
})

describe('after the answer', () => {
  it('leaves nothing to go off when the time limit passes later', async () => {
    const unhandled: unknown[] = []
    const record = (reason: unknown): void => {
      unhandled.push(reason)
    }
    process.on('unhandledRejection', record)
    try {
      const answer = await send(request({ timeoutMs: 200 }))
      expect(answer.status).toBe(200)

      // The attempt's time limit passes with no one waiting for it.
      await new Promise(resolve => setTimeout(resolve, 500))

      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', record)
    }
  })
})
