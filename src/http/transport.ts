/**
 * One HTTP exchange with a hard time limit and a bounded answer. Retries,
 * signing and the meaning of answers live elsewhere.
 */
import { getProxyUrl, HttpClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { IncomingMessage, RequestOptions } from 'node:http'

export interface HttpRequest {
  readonly method: 'GET' | 'POST'
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
  /** The attempt is abandoned, answer or not, when this many ms have passed. */
  readonly timeoutMs: number
}

export interface HttpAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: string
  /** True when the answer was longer than MAX_ANSWER_BYTES and was cut. */
  readonly truncated: boolean
}

export type Send = (request: HttpRequest) => Promise<HttpAnswer>

/** Far more than any notice answer; a larger body is a broken or hostile server. */
export const MAX_ANSWER_BYTES = 1024 * 1024

const IDLE_TIMER_MARGIN_MS = 1000

/** A request that got no complete answer: refused, reset, or out of time. */
export class TransportError extends Error {
  readonly code?: string
  readonly timedOut: boolean

  constructor(message: string, code: string | undefined, timedOut: boolean) {
    super(message)
    this.name = 'TransportError'
    this.code = code
    this.timedOut = timedOut
  }
}

/**
 * Sends through http-client for its proxy support (HTTPS_PROXY, NO_PROXY).
 * Redirects are never followed: http-client would carry X-Auth-Token and the
 * signed headers on to whatever host the Location names.
 */
export function createTransport(userAgent: string): Send {
  return async request => {
    const signal = AbortSignal.timeout(request.timeoutMs)
    const client = new HttpClient(userAgent, [abortOn(signal)], {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: false,
      // The signal ends the attempt. http-client's own idle timer, were it
      // to fire first, would only half-close the socket and report a plain
      // error that reads as neither a time-out nor a connection problem.
      socketTimeout: request.timeoutMs + IDLE_TIMER_MARGIN_MS
    })

    const exchange = send(client, request, signal)
    // Once the attempt is abandoned its late outcome is of no interest.
    exchange.catch(() => {})
    try {
      // Aborting a request that has no socket yet (a proxy that never
      // answers the CONNECT) is silent until a socket comes, which may be
      // never: the race makes the deadline hold anyway.
      return await Promise.race([exchange, rejectOnAbort(signal)])
    } catch (error) {
      throw asTransportError(error, signal, request)
    } finally {
      client.dispose()
    }
  }
}

async function send(
  client: HttpClient,
  request: HttpRequest,
  signal: AbortSignal
): Promise<HttpAnswer> {
  const response = await client.request(
    request.method,
    request.url.href,
    request.body ?? null,
    { ...request.headers }
  )
  const { body, truncated } = await readBounded(response.message, signal)
  return {
    status: response.message.statusCode ?? 0,
    headers: response.message.headers,
    body,
    truncated
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason), {
      once: true
    })
  })
}

/** Lets Node abort the socket itself, whatever stage the exchange is in. */
function abortOn(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest(options: RequestOptions) {
      options.signal = signal
      // Through a proxy, the tunnel agent opens its CONNECT request with the
      // options it keeps in proxyOptions. With the signal among them, an
      // unanswered CONNECT is closed with the attempt instead of holding
      // the process open; without that agent, this does nothing.
      const agent = options.agent as
        { proxyOptions?: Record<string, unknown> } | undefined
      if (agent?.proxyOptions) {
        agent.proxyOptions = { ...agent.proxyOptions, signal }
      }
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => {
      throw new Error('not used')
    }
  }
}

async function readBounded(
  message: IncomingMessage,
  signal: AbortSignal
): Promise<{ body: string; truncated: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  let truncated = false

  for await (const chunk of message as AsyncIterable<Buffer>) {
    if (signal.aborted) break
    const room = MAX_ANSWER_BYTES - size
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room))
      truncated = true
      message.destroy()
      break
    }
    chunks.push(chunk)
    size += chunk.length
  }
  if (signal.aborted) throw signal.reason
  return { body: Buffer.concat(chunks).toString('utf8'), truncated }
}

function asTransportError(
  error: unknown,
  signal: AbortSignal,
  request: HttpRequest
): TransportError {
  if (error instanceof TransportError) return error
  if (signal.aborted) {
    return new TransportError(
      `no complete answer within ${formatSeconds(request.timeoutMs)}`,
      'ETIMEDOUT',
      true
    )
  }
  const code = (error as NodeJS.ErrnoException)?.code
  // Read duck-typed: an error from another realm is no `instanceof Error`.
  const text = (error as { message?: unknown })?.message
  const message = plainer(typeof text === 'string' ? text : String(error))
  return (
    proxyError(message, request.url) ?? new TransportError(message, code, false)
  )
}

/** Node's terse words for a connection the server closed, explained. */
function plainer(message: string): string {
  if (message === 'socket hang up') {
    return 'the server closed the connection without answering (socket hang up)'
  }
  if (message === 'aborted') {
    return 'the server closed the connection in the middle of the answer'
  }
  return message
}

/**
 * The proxy library reports every failed CONNECT as ECONNRESET, which reads
 * as a network blip. A proxy that refuses the tunnel (403, 407) will refuse
 * it again, so only its gateway errors (5xx) stay worth a retry.
 */
function proxyError(message: string, url: URL): TransportError | undefined {
  const refused =
    /tunneling socket could not be established, statusCode=(\d+)/.exec(message)
  const unreachable =
    /tunneling socket could not be established, cause=(.*)/.exec(message)
  if (!refused && !unreachable) return undefined

  const proxy = describeProxy(url)
  const target = `${url.hostname}:${url.port || 443}`
  if (refused) {
    const status = Number(refused[1])
    return new TransportError(
      `the proxy ${proxy} refused the tunnel to ${target} (HTTP ${status})`,
      status >= 500 ? 'ECONNRESET' : 'EPROXYREFUSED',
      false
    )
  }
  // The cause keeps the socket's code: ECONNREFUSED, ENOTFOUND…
  const cause = unreachable?.[1] ?? ''
  return new TransportError(
    `could not reach the proxy ${proxy}: ${cause}`,
    /\b(E[A-Z_]+)\b/.exec(cause)?.[1] ?? 'ECONNRESET',
    false
  )
}

/** The proxy's scheme, host and port, never its user name or password. */
function describeProxy(url: URL): string {
  try {
    const proxy = new URL(getProxyUrl(url.href))
    return `${proxy.protocol}//${proxy.host} (HTTPS_PROXY)`
  } catch {
    return '(HTTPS_PROXY)'
  }
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
