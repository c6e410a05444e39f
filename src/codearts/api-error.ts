/**
 * A call to CodeArts Build that did not succeed, with everything a person
 * needs to act on it: what was tried, what came back, and what to do next.
 */

export interface ApiFailure {
  /** What the call was for, e.g. "update the MAIL notice of job 0a1b…". */
  readonly attempted: string
  readonly method: string
  readonly url: string
  readonly httpStatus?: number
  readonly errorCode?: string
  readonly errorMsg?: string
  readonly requestId?: string
  /** One sentence on what went wrong. */
  readonly problem: string
  readonly attempts: number
  /** Why the retries ended, when there were any to make. */
  readonly stopReason?: string
  readonly hint: string
}

/** What one failed attempt tells; the client adds what the call was. */
export type FailureDetails = Pick<ApiFailure, 'problem'> &
  Partial<
    Pick<
      ApiFailure,
      'httpStatus' | 'errorCode' | 'errorMsg' | 'requestId' | 'stopReason'
    >
  >

export class ApiError extends Error {
  readonly failure: ApiFailure

  constructor(failure: ApiFailure) {
    super(describe(failure))
    this.name = 'ApiError'
    this.failure = failure
  }
}

function describe(failure: ApiFailure): string {
  const lines = [
    `Could not ${failure.attempted}: ${failure.problem}.`,
    `  request: ${failure.method} ${failure.url}` +
      (failure.attempts > 1 ? ` (${failure.attempts} attempts)` : '')
  ]
  if (failure.httpStatus !== undefined) {
    lines.push(`  HTTP status: ${failure.httpStatus}`)
  }
  if (failure.errorCode) lines.push(`  error_code: ${failure.errorCode}`)
  if (failure.errorMsg) lines.push(`  error_msg: ${failure.errorMsg}`)
  lines.push(`  request id: ${failure.requestId ?? '(none in the answer)'}`)
  if (failure.stopReason) lines.push(`  retries: ${failure.stopReason}`)
  lines.push(`What to do: ${failure.hint}`)
  return lines.join('\n')
}

export type AuthKind = 'token' | 'access-key' | 'none'

/** The next step for a user, from the service's error code or the status. */
export function hintFor(
  httpStatus: number | undefined,
  errorCode: string | undefined,
  auth: AuthKind
): string {
  // The service's code says more than the status, which may even be 200.
  const byCode = errorCode && CODE_STATUS[errorCode]
  const status = byCode || httpStatus
  if (errorCode === 'APIGW.0101') return noSuchApiHint
  if (status === undefined) return networkHint
  if (status === 401) return auth === 'token' ? tokenHint : accessKeyHint
  if (status === 403) return forbiddenHint
  if (status === 404 || status === 422) return jobIdHint
  if (status === 400) return badRequestHint
  if (status >= 300 && status < 400) return redirectHint
  if (status === 429 || status >= 500) return busyHint
  return undocumentedHint
}

/** The status each known error code stands for, whatever status came. */
const CODE_STATUS: Record<string, number> = {
  'CB.00060100': 500,
  'CB.00060211': 500,
  'CB.00060101': 500,
  'CB.00060200': 400,
  'CB.00060201': 404,
  'DEVCB.00031006': 422,
  'APIGW.0301': 401,
  'APIGW.0307': 401,
  'APIGW.0306': 403,
  'APIGW.0308': 429
}

const noSuchApiHint =
  'the gateway has no such API here: check `endpoint` or `region`; the ' +
  'build task must live in the region the endpoint serves.'

const networkHint =
  'check that the runner can reach the endpoint (network, proxy through ' +
  'HTTPS_PROXY, firewall); raise `timeout` or `retries` if the service is slow.'

const forbiddenHint =
  'the IAM user behind the credentials needs rights on the CodeArts ' +
  'project that owns the build task (a project member allowed to edit ' +
  'build tasks) and an IAM policy that allows CodeArts Build.'

const badRequestHint =
  'the service refused the request: check `notice_type`, `events` and ' +
  '`param_config` (it must be the JSON the channel expects).'

const redirectHint =
  'set `endpoint` to the service URL itself, not one that redirects.'

const busyHint =
  'the service is busy or failing; run the step again later, or raise ' +
  '`retries` and `timeout`. Give support the request id if it persists.'

const undocumentedHint =
  'this answer is not one the API documents; check `endpoint`, and give ' +
  'Huawei Cloud support the request id.'

const jobIdHint =
  'check `job_id`: the 32 characters at the end of the build task URL in ' +
  'CodeArts Build, in the region of `region` or `endpoint`.'

const tokenHint =
  'the token is invalid or expired (IAM tokens last 24 hours), or was ' +
  'issued for another region or a global scope. Prefer `access_key` and ' +
  '`secret_key`, which do not expire.'

const accessKeyHint =
  'the signature was refused: check that `access_key` and `secret_key` ' +
  'belong together and are active, that temporary keys come with their ' +
  '`security_token`, and that the runner clock is right (15 minutes of skew ' +
  'at most). Not retried: repeated bad signatures lock the key for 5 minutes.'
