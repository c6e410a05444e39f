/**
 * The vocabulary of CodeArts Build notices: notice types, event names and
 * the friendlier spellings users write for them.
 */
import { InputError } from './input-error.js'

export const NOTICE_TYPES = [
  'MESSAGE',
  'MAIL',
  'WECOM',
  'DING_TALK',
  'FEISHU'
] as const
export type NoticeType = (typeof NOTICE_TYPES)[number]

/** In the order the console lists them: success, failure, deleted, config, disabled. */
export const EVENT_NAMES = [
  'buildJobSuccess',
  'buildJobFail',
  'deleteJob',
  'updateConfigJob',
  'forbiddenJob'
] as const
export type EventName = (typeof EVENT_NAMES)[number]

// Another CodeArts service calls mail EMAIL, and DingTalk is widely spelled
// "dingding", so both are accepted rather than refused.
const NOTICE_TYPE_ALIASES: Record<string, NoticeType> = {
  email: 'MAIL',
  dingtalk: 'DING_TALK',
  dingding: 'DING_TALK',
  'wechat-work': 'WECOM',
  wechat_work: 'WECOM',
  lark: 'FEISHU'
}

const EVENT_ALIASES: Record<string, EventName> = {
  success: 'buildJobSuccess',
  failure: 'buildJobFail',
  fail: 'buildJobFail',
  delete: 'deleteJob',
  config: 'updateConfigJob',
  disable: 'forbiddenJob'
}

/** Accepts the API names and the aliases above, in any case. */
export function parseNoticeType(
  value: string,
  input = 'notice_type'
): NoticeType {
  const word = value.trim()
  const lower = word.toLowerCase()
  const named = NOTICE_TYPES.find(type => type.toLowerCase() === lower)
  const resolved = named ?? NOTICE_TYPE_ALIASES[lower]
  if (resolved) return resolved

  const shown = word === '' ? 'is empty' : `'${printable(word)}' is not known`
  throw new InputError(
    input,
    `${shown}; expected one of ${NOTICE_TYPES.join(', ')} ` +
      `(or email, dingtalk, dingding, wechat-work, wechat_work, lark)`
  )
}

/**
 * Parses a list of events separated by commas, spaces or new lines. `all` is
 * the five events and `none` the empty list; either must stand alone.
 * Duplicates are dropped; the result keeps the order of EVENT_NAMES.
 */
export function parseEvents(value: string, input = 'events'): EventName[] {
  const words = value.split(/[\s,]+/).filter(word => word !== '')
  if (words.length === 0) {
    throw new InputError(
      input,
      `is empty; expected events separated by commas, e.g. 'success, failure', or 'all' or 'none'`
    )
  }

  const lowered = words.map(word => word.toLowerCase())
  for (const special of ['all', 'none']) {
    if (lowered.includes(special)) {
      if (words.length > 1) {
        throw new InputError(
          input,
          `'${special}' must stand alone, but ${words.length} words were given`
        )
      }
      return special === 'all' ? [...EVENT_NAMES] : []
    }
  }

  const chosen = new Set<EventName>()
  for (const word of words) chosen.add(parseEvent(word, input))
  return EVENT_NAMES.filter(name => chosen.has(name))
}

function parseEvent(word: string, input: string): EventName {
  const lower = word.toLowerCase()
  const named = EVENT_NAMES.find(name => name.toLowerCase() === lower)
  const resolved = named ?? EVENT_ALIASES[lower]
  if (resolved) return resolved

  throw new InputError(
    input,
    `'${printable(word)}' is not an event; expected any of ` +
      `${EVENT_NAMES.join(', ')}, or success, failure (fail), delete, ` +
      `config, disable, or 'all' or 'none' alone`
  )
}

/** Shows control characters visibly and keeps an echoed value short. */
export function printable(value: string, limit = 60): string {
  const escaped = JSON.stringify(value).slice(1, -1)
  return escaped.length > limit ? `${escaped.slice(0, limit)}…` : escaped
}
