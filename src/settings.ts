/**
 * Reads every input once, checks it, and returns one frozen settings object.
 * Nothing here sends a request, so every mistake in the workflow is reported
 * before a byte leaves the runner.
 */
import {
  currentBranch,
  matchBranchRule,
  parseBranchRules,
  type BranchRule
} from './branch-rules.js'
import { ENV, resolveCredentials, type Credentials } from './credentials.js'
import {
  DEFAULT_REGION,
  parseRegion,
  resolveEndpoint,
  type Endpoint
} from './endpoint.js'
import { InputError } from './input-error.js'
import {
  parseEvents,
  parseNoticeType,
  printable,
  type EventName,
  type NoticeType
} from './notice.js'

export interface Settings {
  readonly jobId: string
  readonly noticeType: NoticeType
  readonly plan: Plan
  readonly paramConfig?: string
  readonly credentials: Credentials
  readonly endpoint: Endpoint
  readonly timeoutSeconds: number
  readonly retries: number
  readonly failOnError: boolean
  readonly dryRun: boolean
  readonly verify: boolean
}

/** What the step will do once the branch rules have been applied. */
export type Plan =
  | {
      readonly action: 'update'
      readonly events: readonly EventName[]
      /** The branch rule's pattern as written, when a rule chose the events. */
      readonly matchedRule?: string
      /** The branch the rules were matched against, when there are rules. */
      readonly branch?: string
    }
  | { readonly action: 'skip'; readonly branch: string }

export type ReadInput = (name: string) => string
export type Environment = Readonly<Record<string, string | undefined>>

/** Inputs whose values must be masked before anything is logged. */
export const SECRET_INPUTS = [
  'token',
  'access_key',
  'secret_key',
  'security_token',
  'param_config'
] as const

/** Environment variables holding secrets the action may fall back to. */
export const SECRET_VARIABLES = [
  ENV.accessKey,
  ENV.secretKey,
  ENV.securityToken
] as const

const JOB_ID = /^[0-9a-z]{32}$/
const PROJECT_ID = /^[0-9a-f]{32}$/
// Printable ASCII without spaces: what a header value can carry unchanged.
const HEADER_SAFE = /^[\x21-\x7e]+$/
const MAX_PARAM_CONFIG = 64 * 1024
// A full ref such as refs/heads/… plus a branch name of git's longest.
const MAX_REF_LENGTH = 512

export function readSettings(read: ReadInput, env: Environment): Settings {
  const value = (name: string): string => read(name).trim()
  const variable = (name: string): string => (env[name] ?? '').trim()

  const jobId = parseJobId(value('job_id'))
  const noticeType = parseNoticeType(value('notice_type'))
  const plan = choosePlan(value('events'), read('branch_rules'), value, env)
  const paramConfig = parseParamConfig(value('param_config'))

  const credentials = resolveCredentials({
    inputs: {
      token: secret(value, 'token', 16 * 1024),
      accessKey: accessKeyId(value, 'access_key'),
      secretKey: secret(value, 'secret_key', 256),
      securityToken: secret(value, 'security_token', 16 * 1024)
    },
    environment: {
      accessKey: accessKeyId(variable, ENV.accessKey),
      secretKey: secret(variable, ENV.secretKey, 256),
      securityToken: secret(variable, ENV.securityToken, 16 * 1024)
    },
    projectId: parseProjectId(value, variable)
  })

  const regionInput = value('region')
  const region = regionInput
    ? parseRegion(regionInput, 'region')
    : variable(ENV.region)
      ? parseRegion(variable(ENV.region), ENV.region)
      : DEFAULT_REGION
  const endpoint = resolveEndpoint(value('endpoint'), region)

  const dryRun = parseBoolean(value('dry_run'), 'dry_run', false)
  if (credentials.kind === 'none' && !dryRun) {
    throw new InputError(
      'access_key',
      "no credentials were given; set 'access_key' and 'secret_key' " +
        "(or run huaweicloud/auth-action first), or 'token'"
    )
  }

  return Object.freeze({
    jobId,
    noticeType,
    plan,
    ...(paramConfig ? { paramConfig } : {}),
    credentials,
    endpoint,
    timeoutSeconds: parseWholeNumber(value('timeout'), 'timeout', 60, 1, 3600),
    retries: parseWholeNumber(value('retries'), 'retries', 3, 0, 10),
    failOnError: parseBoolean(value('fail_on_error'), 'fail_on_error', true),
    dryRun,
    verify: parseBoolean(value('verify'), 'verify', false)
  })
}

export function parseJobId(value: string): string {
  if (JOB_ID.test(value)) return value
  const problem =
    value === ''
      ? 'is empty'
      : value.length === 32
        ? `'${printable(value, 40)}' has characters other than 0-9 and a-z`
        : `'${printable(value, 40)}' has ${value.length} characters`
  throw new InputError(
    'job_id',
    `${problem}; expected the 32 characters [0-9a-z] at the end of the ` +
      'build task URL in CodeArts Build'
  )
}

function parseParamConfig(value: string): string {
  if (value.length > MAX_PARAM_CONFIG) {
    throw new InputError(
      'param_config',
      `is ${value.length} characters long; at most ${MAX_PARAM_CONFIG} are accepted`
    )
  }
  if (hasControlCharacters(value)) {
    throw new InputError(
      'param_config',
      'contains control characters; expected text such as a JSON object'
    )
  }
  return value
}

/** Checks a credential's form without ever echoing its value. */
function secret(
  value: (name: string) => string,
  name: string,
  maxLength: number
): string {
  const text = value(name)
  if (text === '') return ''
  if (text.length > maxLength) {
    throw new InputError(
      name,
      `is ${text.length} characters long; at most ${maxLength} are expected`
    )
  }
  if (!HEADER_SAFE.test(text)) {
    throw new InputError(
      name,
      'contains spaces, control or non-ASCII characters; expected the ' +
        'credential exactly as Huawei Cloud issued it'
    )
  }
  return text
}

/**
 * An access key id is letters and digits; anything else would also break
 * the `Access=…, SignedHeaders=…` syntax of the Authorization header.
 */
function accessKeyId(value: (name: string) => string, name: string): string {
  const text = secret(value, name, 128)
  if (text === '' || /^[A-Za-z0-9]+$/.test(text)) return text
  throw new InputError(
    name,
    'contains characters other than letters and digits; expected the ' +
      'access key id exactly as Huawei Cloud issued it'
  )
}

function parseProjectId(
  value: (name: string) => string,
  variable: (name: string) => string
): string {
  const [name, id] = value('project_id')
    ? ['project_id', value('project_id')]
    : [ENV.projectId, variable(ENV.projectId)]
  if (id === '' || PROJECT_ID.test(id)) return id
  throw new InputError(
    name,
    `'${printable(id, 40)}' is not a project id; expected 32 characters ` +
      '[0-9a-f], as shown under My Credentials > API Credentials'
  )
}

function choosePlan(
  eventsInput: string,
  rulesInput: string,
  value: (name: string) => string,
  env: Environment
): Plan {
  // Git refuses control characters in branch names, so a rule holding one
  // could never match.
  if (hasControlCharacters(rulesInput)) {
    throw new InputError('branch_rules', 'contains control characters')
  }
  checkRef(value('ref'))
  const rules: BranchRule[] =
    rulesInput.trim() === '' ? [] : parseBranchRules(rulesInput)
  const fallback =
    eventsInput === '' && rules.length > 0
      ? undefined
      : parseEvents(eventsInput)
  if (rules.length === 0) return { action: 'update', events: fallback ?? [] }

  const branch = currentBranch(value('ref'), env)
  const rule = branch === undefined ? undefined : matchBranchRule(rules, branch)
  const known = branch === undefined ? {} : { branch }
  if (rule) {
    return {
      action: 'update',
      events: rule.events,
      matchedRule: rule.pattern,
      ...known
    }
  }
  if (fallback) return { action: 'update', events: fallback, ...known }
  return { action: 'skip', branch: branch ?? '' }
}

/**
 * The `ref` input, checked whether or not branch rules use it: git allows
 * no spaces or control characters in a ref, and no component over 255 bytes.
 */
function checkRef(ref: string): void {
  if (/[\p{Cc}\s]/u.test(ref)) {
    throw new InputError(
      'ref',
      `'${printable(ref, 40)}' contains spaces or control characters; ` +
        'expected a branch or tag name such as main or refs/heads/main'
    )
  }
  if (ref.length > MAX_REF_LENGTH) {
    throw new InputError(
      'ref',
      `is ${ref.length} characters long; at most ${MAX_REF_LENGTH} are expected`
    )
  }
}

/** Control characters other than the tab and line breaks of multi-line text. */
function hasControlCharacters(value: string): boolean {
  return /\p{Cc}/u.test(value.replace(/[\t\r\n]/g, ''))
}

/** YAML 1.2 core schema booleans, as workflow authors write them. */
export function parseBoolean(
  value: string,
  name: string,
  fallback: boolean
): boolean {
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(
    name,
    `'${printable(value, 40)}' is not a boolean; expected true or false`
  )
}

export function parseWholeNumber(
  value: string,
  name: string,
  fallback: number,
  min: number,
  max: number
): number {
  if (value === '') return fallback
  const number = /^[0-9]{1,6}$/.test(value) ? Number(value) : NaN
  if (number >= min && number <= max) return number
  throw new InputError(
    name,
    `'${printable(value, 40)}' is not a whole number from ${min} to ${max}`
  )
}
