/**
 * A client for the CodeArts Build notice API. It knows nothing of GitHub
 * Actions: it takes settings and a logger, and answers with data or throws
 * ApiError.
 */
import type { Credentials } from '../credentials.js'
import { apiUrl } from '../endpoint.js'
import {
  TransportError,
  type HttpAnswer,
  type Send
} from '../http/transport.js'
import { EVENT_NAMES, type EventName, type NoticeType } from '../notice.js'
import { redactBody, redactHeaders } from '../redact.js'
import {
  attemptTimeoutMs,
  MIN_ATTEMPT_MS,
  parseRetryAfter,
  planWait,
  seconds,
  type Clock
} from '../retry.js'
import { signRequest } from '../signer.js'
import { ApiError, hintFor, type FailureDetails } from './api-error.js'
import { judgeAnswer, requestIdOf } from './answer.js'

/** The body of UpdateNotice, in the API's own field names. */
export interface UpdateNoticeBody {
  readonly notice_type: NoticeType
  readonly enabled_event_type_names: readonly EventName[]
  readonly param_config?: string
}

export interface UpdateNoticeResult {
  /** The answer's `result`, parsed when the service sent it as a string. */
  readonly result: unknown
  readonly jobId?: string
  readonly httpStatus: number
  readonly requestId?: string
}

/** One notice type's settings as ListNotice reports them. */
export interface NoticeSetting {
  readonly noticeType: string
  /** The known events that are on, in the order of EVENT_NAMES. */
  readonly enabled: readonly EventName[]
}

export interface PreparedRequest {
  readonly method: 'GET' | 'POST'
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
}

export interface Log {
  info(message: string): void
  debug(message: string): void
}

export interface ClientOptions {
  readonly endpoint: URL
  readonly credentials: Credentials
  readonly send: Send
  readonly clock: Clock
  readonly log: Log
  /** How many times a failed attempt is repeated. */
  readonly retries: number
  /** The whole time every call together may take, and when it ends. */
  readonly timeoutMs: number
  readonly deadline: number
  /** Values to cut out of anything logged from an answer. */
  readonly secrets: readonly string[]
}

/** A successful answer, reduced to what the operations read. */
interface Answered {
  readonly body: Readonly<Record<string, unknown>>
  readonly status: number
  readonly requestId?: string
}

type AttemptOutcome =
  | { readonly ok: true; readonly answered: Answered }
  | {
      readonly ok: false
      /** True when no answer came at all (refused, reset, timed out). */
      readonly unanswered: boolean
      readonly retryable: boolean
      /** Short, for the retry line in the log. */
      readonly reason: string
      readonly retryAfterMs?: number
      readonly details: FailureDetails
    }

interface Call {
  readonly attempted: string
  readonly method: 'GET' | 'POST'
  readonly path: string
  readonly body?: string
}

export class CodeArtsBuildClient {
  private readonly options: ClientOptions

  constructor(options: ClientOptions) {
    this.options = options
  }

  /** POST /v3/jobs/notice/{job_id}/update */
  async updateNotice(
    jobId: string,
    body: UpdateNoticeBody
  ): Promise<UpdateNoticeResult> {
    const answer = await this.call(this.updateCall(jobId, body))
    const result = looseJson(answer.body.result)
    const answeredId = isRecord(result) ? result.job_id : undefined
    return {
      result,
      ...(typeof answeredId === 'string' ? { jobId: answeredId } : {}),
      httpStatus: answer.status,
      requestId: answer.requestId
    }
  }

  /** GET /v3/jobs/notice/{job_id}/query */
  async listNotice(jobId: string): Promise<NoticeSetting[]> {
    const answer = await this.call({
      attempted: `read the notice settings of job ${jobId}`,
      method: 'GET',
      path: `/v3/jobs/notice/${encodeURIComponent(jobId)}/query`
    })
    return parseSettings(looseJson(answer.body.result))
  }

  /** The exact request updateNotice would send now, credentials included. */
  prepareUpdate(jobId: string, body: UpdateNoticeBody): PreparedRequest {
    return this.prepare(this.updateCall(jobId, body))
  }

  // Retrying an update is safe, and this is where that is decided: the body
  // is the complete list of events of one notice type (the others are
  // switched off), so sending it twice leaves the same state as sending it
  // once. A retry after an attempt whose fate is unknown (a time-out, a
  // dropped connection, a 5xx) therefore cannot do harm. A call that adds
  // or toggles something would need an idempotency key before call() could
  // repeat it.
  private updateCall(jobId: string, body: UpdateNoticeBody): Call {
    return {
      attempted: `update the ${body.notice_type} notice of job ${jobId}`,
      method: 'POST',
      path: `/v3/jobs/notice/${encodeURIComponent(jobId)}/update`,
      body: JSON.stringify(body)
    }
  }

  private prepare(call: Call): PreparedRequest {
    const { credentials, clock } = this.options
    const url = apiUrl(this.options.endpoint, call.path)
    const base = { 'Content-Type': 'application/json;charset=UTF-8' }
    const headers =
      credentials.kind === 'token'
        ? { ...base, 'X-Auth-Token': credentials.token }
        : credentials.kind === 'access-key'
          ? signRequest(
              {
                method: call.method,
                url,
                headers: base,
                body: call.body ?? ''
              },
              credentials.key,
              new Date(clock.now())
            )
          : base
    return {
      method: call.method,
      url,
      headers,
      ...(call.body !== undefined ? { body: call.body } : {})
    }
  }

  /**
   * Sends a call until it succeeds, fails for good, or runs out of attempts
   * or time. It repeats every call it is given, so only idempotent calls
   * may come here: a read, or an update as updateCall explains. Each attempt
   * is signed anew, as the gateway refuses a date 15 minutes old.
   */
  private async call(call: Call): Promise<Answered> {
    const { clock, log, retries, timeoutMs, deadline } = this.options

    for (let attempt = 1; ; attempt++) {
      const request = this.prepare(call)
      const failed = (details: FailureDetails): ApiError =>
        new ApiError({
          attempted: call.attempted,
          method: call.method,
          url: request.url.href,
          attempts: attempt,
          hint: hintFor(
            details.httpStatus,
            details.errorCode,
            this.options.credentials.kind
          ),
          ...details
        })

      // A call is not started with less than MIN_ATTEMPT_MS left; a retry
      // was planned only if the wait left that much, so there any time left
      // (the sleep may overrun by a few ms) is used.
      const remaining = deadline - clock.now()
      if (attempt === 1 ? remaining < MIN_ATTEMPT_MS : remaining <= 0) {
        throw failed({ problem: timeUp(timeoutMs) })
      }

      const outcome = await this.attempt(
        request,
        attempt,
        attemptTimeoutMs(timeoutMs, retries, remaining)
      )
      if (outcome.ok) return outcome.answered

      const left = deadline - clock.now()
      if (outcome.unanswered && left <= 0) {
        throw failed({ problem: timeUp(timeoutMs) })
      }
      if (!outcome.retryable) throw failed(outcome.details)
      const wait = planWait({
        retry: attempt,
        retries,
        retryAfterMs: outcome.retryAfterMs,
        remainingMs: left,
        random: clock.random()
      })
      if ('stop' in wait) {
        throw failed({ ...outcome.details, stopReason: wait.stop })
      }
      log.info(
        retryLine(attempt, retries, outcome.reason, wait.wait, wait.source)
      )
      await clock.sleep(wait.wait)
    }
  }

  /** Sends once and says what came of it; throws only on a defect. */
  private async attempt(
    request: PreparedRequest,
    attempt: number,
    timeoutMs: number
  ): Promise<AttemptOutcome> {
    this.logRequest(request, attempt)
    let answer: HttpAnswer
    try {
      answer = await this.options.send({ ...request, timeoutMs })
    } catch (error) {
      if (!(error instanceof TransportError)) throw error
      const problem = describeTransport(error)
      return {
        ok: false,
        unanswered: true,
        retryable: isRetryableTransport(error),
        reason: problem,
        details: { problem }
      }
    }

    const requestId = requestIdOf(answer)
    this.logAnswer(answer)
    const verdict = judgeAnswer(answer)
    if (verdict.ok) {
      return {
        ok: true,
        answered: { body: verdict.body, status: answer.status, requestId }
      }
    }
    return {
      ok: false,
      unanswered: false,
      retryable: verdict.retryable,
      reason: verdict.errorCode
        ? `HTTP ${answer.status} ${verdict.errorCode}`
        : `HTTP ${answer.status}`,
      retryAfterMs: parseRetryAfter(
        verdict.retryAfter,
        this.options.clock.now()
      ),
      details: {
        problem: verdict.problem,
        httpStatus: answer.status,
        ...(verdict.errorCode ? { errorCode: verdict.errorCode } : {}),
        ...(verdict.errorMsg ? { errorMsg: verdict.errorMsg } : {}),
        ...(requestId ? { requestId } : {})
      }
    }
  }

  private logRequest(request: PreparedRequest, attempt: number): void {
    const headers = JSON.stringify(redactHeaders(request.headers))
    const body =
      request.body === undefined
        ? ''
        : ` body ${redactBody(request.body, this.options.secrets)}`
    this.options.log.debug(
      `attempt ${attempt}: ${request.method} ${request.url.href} headers ${headers}${body}`
    )
  }

  private logAnswer(answer: HttpAnswer): void {
    this.options.log.debug(
      `answer: HTTP ${answer.status}, request id ${requestIdOf(answer) ?? '-'}, ` +
        `body ${redactBody(answer.body, this.options.secrets).slice(0, 2000)}`
    )
  }
}

// Connection trouble that a second attempt can cure. Name lookups failing
// for good (ENOTFOUND) and certificate errors are not among them.
const RETRYABLE_TRANSPORT_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH'
]

function isRetryableTransport(error: TransportError): boolean {
  return (
    error.timedOut ||
    RETRYABLE_TRANSPORT_CODES.includes(error.code ?? '') ||
    /socket hang up/i.test(error.message)
  )
}

function describeTransport(error: TransportError): string {
  if (error.timedOut) {
    return `the time for the attempt ran out: ${error.message}`
  }
  return `no answer: ${error.message}${error.code && !error.message.includes(error.code) ? ` (${error.code})` : ''}`
}

function timeUp(timeoutMs: number): string {
  return `the time ran out ('timeout' is ${seconds(timeoutMs)}) before an answer came`
}

function retryLine(
  attempt: number,
  retries: number,
  reason: string,
  waitMs: number,
  source: string
): string {
  return (
    `Attempt ${attempt} of ${retries + 1} failed (${reason}); ` +
    `retrying in ${seconds(waitMs)}` +
    (source === 'Retry-After' ? ' as Retry-After asks' : '')
  )
}

/** `result` is typed as a string in the API schemas but sent as an object. */
function looseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

function parseSettings(result: unknown): NoticeSetting[] {
  const items = Array.isArray(result) ? result : []
  return items.filter(isRecord).map(item => {
    const map = isRecord(item.enable_map) ? item.enable_map : {}
    return {
      noticeType: String(item.notice_type ?? ''),
      enabled: EVENT_NAMES.filter(
        name => map[name] === true || map[name] === 'true'
      )
    }
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
