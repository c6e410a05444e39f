/**
 * The two things a step can do with a build task: update its notice (and
 * verify it when asked), or show what an update would send.
 */
import type {
  CodeArtsBuildClient,
  Log,
  NoticeSetting,
  PreparedRequest,
  UpdateNoticeBody
} from './codearts/client.js'
import type { EventName, NoticeType } from './notice.js'
import { redactBody, redactHeaders } from './redact.js'
import { sameEvents, type Outcome } from './report.js'

export interface StepContext {
  readonly client: CodeArtsBuildClient
  readonly log: Log
  readonly jobId: string
  readonly body: UpdateNoticeBody
  readonly secrets: readonly string[]
}

/** What the step found out; `failure` is set when it must not pass. */
export interface StepResult {
  readonly outcome: Partial<Outcome> & Pick<Outcome, 'status'>
  readonly failure?: string
}

export async function updateNotice(
  context: StepContext,
  verify: boolean
): Promise<StepResult> {
  const { client, log, jobId, body } = context
  const noticeType = body.notice_type
  const wanted = body.enabled_event_type_names

  const previous = verify
    ? enabledFor(await client.listNotice(jobId), noticeType)
    : undefined
  log.info(
    `Updating the ${noticeType} notice of job ${jobId}: ${onOff(wanted)}`
  )
  const answer = await client.updateNotice(jobId, body)
  log.info(
    `Updated (HTTP ${answer.httpStatus}, request id ${answer.requestId ?? '-'}).`
  )
  const outcome = {
    status: 'success' as const,
    jobId: answer.jobId ?? jobId,
    result: answer.result,
    httpStatus: answer.httpStatus,
    ...(answer.requestId ? { requestId: answer.requestId } : {}),
    ...(previous ? { previous } : {})
  }
  if (!verify) return { outcome }

  const after = enabledFor(await client.listNotice(jobId), noticeType)
  if (!sameEvents(after, wanted)) {
    return {
      outcome: { ...outcome, status: 'fail', after },
      failure:
        `The update of the ${noticeType} notice of job ${jobId} was accepted ` +
        `(request id ${answer.requestId ?? '-'}), but reading it back shows ` +
        `${onOff(after)} instead of ${onOff(wanted)}. Another change may have ` +
        'raced this one, or the service ignored part of it: run the step again, ' +
        'and check the build task in the console.'
    }
  }
  log.info(`Verified: the ${noticeType} notice reads back ${onOff(after)}.`)
  return { outcome: { ...outcome, after } }
}

export async function dryRun(
  context: StepContext,
  canRead: boolean
): Promise<StepResult> {
  const { client, log, jobId, body, secrets } = context
  log.info('Dry run: nothing is changed. The update would send:')
  log.info(describeRequest(client.prepareUpdate(jobId, body), secrets))

  if (!canRead) {
    log.info(
      'No credentials were given, so the current settings were not read.'
    )
    return { outcome: { status: 'dry-run' } }
  }
  const previous = enabledFor(await client.listNotice(jobId), body.notice_type)
  const wanted = body.enabled_event_type_names
  log.info(`Now on: ${list(previous)}`)
  log.info(
    `Would switch on: ${list(wanted.filter(e => !previous.includes(e)))}`
  )
  log.info(
    `Would switch off: ${list(previous.filter(e => !wanted.includes(e)))}`
  )
  return { outcome: { status: 'dry-run', previous } }
}

function describeRequest(
  request: PreparedRequest,
  secrets: readonly string[]
): string {
  const headers = Object.entries(redactHeaders(request.headers)).map(
    ([name, value]) => `  ${name}: ${value}`
  )
  const body =
    request.body === undefined
      ? []
      : ['', `  ${redactBody(request.body, secrets)}`]
  return [`  ${request.method} ${request.url.href}`, ...headers, ...body].join(
    '\n'
  )
}

/** The events on for one notice type; a type not listed has none on. */
function enabledFor(
  settings: readonly NoticeSetting[],
  noticeType: NoticeType
): EventName[] {
  const setting = settings.find(
    item => item.noticeType.toUpperCase() === noticeType
  )
  return setting ? [...setting.enabled] : []
}

function onOff(on: readonly EventName[]): string {
  return `on ${list(on)}`
}

function list(events: readonly EventName[]): string {
  return events.length === 0 ? '(none)' : events.join(', ')
}
