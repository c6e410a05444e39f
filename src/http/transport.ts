/**
 * One HTTP exchange with a hard time limit and a bounded answer. Retries,
 * signing and the meaning of answers live elsewhere.
 */
import { HttpClient } from '@actions/http-client'
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
      socketTimeout: request.timeoutMs
    })

    try {
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
    } catch (error) {
      throw asTransportError(error, signal, request.timeoutMs)
    } finally {
      client.dispose()
    }
  }
}

/** Lets Node abort the socket itself, whatever stage the exchange is in. */
function abortOn(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest(options: RequestOptions) {
      options.signal = signal
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
  timeoutMs: number
): TransportError {
  if (error instanceof TransportError) return error
  if (signal.aborted) {
    return new TransportError(
      `no complete answer within ${formatSeconds(timeoutMs)}`,
      'ETIMEDOUT',
      true
    )
  }
  const code = (error as NodeJS.ErrnoException)?.code
  const message = error instanceof Error ? error.message : String(error)
  return new TransportError(message, code, false)
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}
