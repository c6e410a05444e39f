/**
 * What a step tells the workflow: its outputs and the job summary. Built
 * from plain data, so both can be checked without running anything.
 */
import { EVENT_NAMES, type EventName, type NoticeType } from './notice.js'

export type Status = 'success' | 'fail' | 'skipped' | 'dry-run'

export interface Outcome {
  readonly status: Status
  readonly jobId: string
  readonly noticeType?: NoticeType
  /** The events sent, or that would be sent. */
  readonly events: readonly EventName[]
  readonly result?: unknown
  readonly httpStatus?: number
  readonly errorCode?: string
  readonly errorMsg?: string
  readonly requestId?: string
  readonly matchedRule?: string
  /** The events that were on before, when they were read. */
  readonly previous?: readonly EventName[]
  /** The events on after the update, when read back. */
  readonly after?: readonly EventName[]
  readonly branch?: string
  readonly endpoint?: string
}

/** Every output, as strings; an unknown value is an empty string. */
export function outputsOf(outcome: Outcome): Record<string, string> {
  const changed =
    outcome.previous === undefined
      ? ''
      : String(!sameEvents(outcome.previous, outcome.events))
  return {
    status: outcome.status,
    job_id: outcome.jobId,
    result: outcome.result === undefined ? '' : JSON.stringify(outcome.result),
    http_status:
      outcome.httpStatus === undefined ? '' : String(outcome.httpStatus),
    error_code: outcome.errorCode ?? '',
    error_msg: outcome.errorMsg ?? '',
    request_id: outcome.requestId ?? '',
    events: outcome.events.join(','),
    matched_rule: outcome.matchedRule ?? '',
    previous: outcome.previous === undefined ? '' : outcome.previous.join(','),
    changed
  }
}

export function sameEvents(
  a: readonly EventName[],
  b: readonly EventName[]
): boolean {
  return a.length === b.length && a.every(name => b.includes(name))
}

const EVENT_LABELS: Record<EventName, string> = {
  buildJobSuccess: 'Build succeeded',
  buildJobFail: 'Build failed',
  deleteJob: 'Build task deleted',
  updateConfigJob: 'Configuration changed',
  forbiddenJob: 'Build task disabled'
}

const HEADLINES: Record<Status, string> = {
  success: '✅ Notice updated',
  fail: '❌ Notice not updated',
  skipped: '⏭️ Skipped: no branch rule matched',
  'dry-run': '🔍 Dry run: nothing was changed'
}

/** The job summary in Markdown: the job, the events before and after. */
export function summaryOf(outcome: Outcome): string {
  const facts: [string, string | undefined][] = [
    ['Build task', code(outcome.jobId)],
    ['Notice type', outcome.noticeType && code(outcome.noticeType)],
    ['Branch', outcome.branch && code(outcome.branch)],
    ['Branch rule', outcome.matchedRule && code(outcome.matchedRule)],
    ['Endpoint', outcome.endpoint],
    ['HTTP status', outcome.httpStatus?.toString()],
    ['error_code', outcome.errorCode && code(outcome.errorCode)],
    ['error_msg', outcome.errorMsg && escapeCell(outcome.errorMsg)],
    ['Request id', outcome.requestId && code(outcome.requestId)]
  ]
  const lines = [
    `### ${HEADLINES[outcome.status]}`,
    '',
    '| | |',
    '| --- | --- |'
  ]
  for (const [name, value] of facts) {
    if (value) lines.push(`| ${name} | ${value} |`)
  }

  if (outcome.status !== 'skipped') lines.push('', ...eventTable(outcome))
  return `${lines.join('\n')}\n`
}

function eventTable(outcome: Outcome): string[] {
  const columns: [string, readonly EventName[]][] = []
  if (outcome.previous) columns.push(['Before', outcome.previous])
  const wanted =
    outcome.status === 'success'
      ? 'After'
      : outcome.status === 'dry-run'
        ? 'Would be'
        : 'Requested'
  columns.push([wanted, outcome.after ?? outcome.events])

  const header = `| Event | ${columns.map(([name]) => name).join(' | ')} |`
  const rule = `| --- |${' --- |'.repeat(columns.length)}`
  const rows = EVENT_NAMES.map(
    event =>
      `| ${EVENT_LABELS[event]} (${code(event)}) | ` +
      `${columns.map(([, on]) => (on.includes(event) ? 'on' : 'off')).join(' | ')} |`
  )
  return [header, rule, ...rows]
}

function code(value: string): string {
  return `\`${value.replace(/`/g, "'")}\``
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
