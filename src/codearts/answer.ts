/**
 * What an answer from CodeArts Build means. The service reports failures in
 * several shapes (an error status, HTTP 200 with an error_code, HTTP 200 with
 * "status": "fail", a gateway's HTML page), so success is only ever the one
 * documented shape.
 */
import { MAX_ANSWER_BYTES, type HttpAnswer } from '../http/transport.js'

export type Verdict =
  | {
      readonly ok: true
      readonly body: Readonly<Record<string, unknown>>
    }
  | {
      readonly ok: false
      /** One sentence on what was wrong with the answer. */
      readonly problem: string
      readonly errorCode?: string
      readonly errorMsg?: string
      readonly retryable: boolean
      /** The Retry-After header, when a retryable answer carries one. */
      readonly retryAfter?: string
    }

// The service's own codes for load and internal trouble; the documentation
// asks callers to try again later.
const RETRYABLE_CODES = ['CB.00060100', 'CB.00060211', 'CB.00060101']
const RETRYABLE_STATUSES = [429, 502, 503, 504]
// The API documents 200. 201 and 202 also say the request was taken, so a
// gateway that starts using them does not turn a done update into a
// failure. Other 2xx carry no answer (204, 205), a proxy's rewrite (203) or
// part of one (206), or are not HTTP at all (299): a success body with them
// is not to be trusted.
const SUCCESS_STATUSES = [200, 201, 202]
const EXCERPT_LENGTH = 200

/**
 * Success is only HTTP 200 (or 201, 202) with a JSON object that has no
 * error_code, "status": "success" and an empty `error`; anything else is a
 * failure, retryable when the status or the service's code says the trouble
 * is passing.
 */
export function judgeAnswer(answer: HttpAnswer): Verdict {
  const { status } = answer
  const retryAfter = header(answer, 'retry-after')

  if (status >= 300 && status < 400) {
    const location = header(answer, 'location')
    return failure(
      `the service redirected (HTTP ${status}) to ${location ?? 'no Location'}; redirects are not followed`
    )
  }
  if (answer.truncated) {
    return failure(
      `the answer is larger than the ${MAX_ANSWER_BYTES / 1024 / 1024} MiB ` +
        `expected at most and was cut off (HTTP ${status})`,
      { retryable: isRetryableStatus(status), retryAfter }
    )
  }

  const body = parseObject(answer.body)
  if (body === undefined) {
    const what = isJson(answer.body) ? 'JSON but not an object' : 'not JSON'
    const problem =
      answer.body.trim() === ''
        ? `the answer has no body (HTTP ${status})`
        : `the answer is ${what} (HTTP ${status}): ${excerpt(answer.body)}`
    return failure(problem, {
      retryable: isRetryableStatus(status),
      retryAfter
    })
  }

  const errorCode = text(body.error_code) ?? text(nested(body.error, 'code'))
  const errorMsg =
    text(body.error_msg) ??
    text(body.error) ??
    text(nested(body.error, 'message')) ??
    text(nested(body.error, 'error_msg'))
  const details = {
    ...(errorCode ? { errorCode } : {}),
    ...(errorMsg ? { errorMsg } : {})
  }
  const retryable =
    isRetryableStatus(status) ||
    (status === 500 && RETRYABLE_CODES.includes(errorCode ?? ''))

  if (status < 200 || status >= 300) {
    return failure(`the service answered HTTP ${status}`, {
      ...details,
      retryable,
      retryAfter
    })
  }
  if (errorCode) {
    return failure(`the service answered HTTP ${status} with an error code`, {
      ...details,
      retryable: RETRYABLE_CODES.includes(errorCode),
      retryAfter
    })
  }
  if (!SUCCESS_STATUSES.includes(status)) {
    return failure(
      `the service answered HTTP ${status}, which the API does not use ` +
        'for success',
      details
    )
  }
  if (body.status !== 'success' || !isEmpty(body.error)) {
    const said = text(body.status) ?? 'no status'
    return failure(
      `the service answered HTTP ${status} with status '${said}'`,
      details
    )
  }
  return { ok: true, body }
}

function failure(
  problem: string,
  extra: {
    errorCode?: string
    errorMsg?: string
    retryable?: boolean
    retryAfter?: string
  } = {}
): Verdict {
  const { retryable = false, retryAfter, ...details } = extra
  return {
    ok: false,
    problem,
    ...details,
    retryable,
    ...(retryable && retryAfter !== undefined ? { retryAfter } : {})
  }
}

function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.includes(status)
}

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body)
    return isRecord(value) ? value : undefined
  } catch {
    return undefined
  }
}

function isJson(body: string): boolean {
  try {
    JSON.parse(body)
    return true
  } catch {
    return false
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nested(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true
  return isRecord(value) && Object.keys(value).length === 0
}

function header(answer: HttpAnswer, name: string): string | undefined {
  const value = answer.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** The start of a body, on one line, with markup tags dropped. */
export function excerpt(body: string): string {
  const flat = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const short =
    flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat
  return JSON.stringify(short)
}

/** The request id every answer carries; support asks for it. */
export function requestIdOf(answer: HttpAnswer): string | undefined {
  return header(answer, 'x-request-id')
}
