import { describe, expect, it } from '@jest/globals'
import { EVENT_NAMES, parseEvents, parseNoticeType } from '../src/notice.js'

describe('parseNoticeType', () => {
  it.each([
    ['MESSAGE', 'MESSAGE'],
    ['mail', 'MAIL'],
    ['Email', 'MAIL'],
    ['EMAIL', 'MAIL'],
    ['wecom', 'WECOM'],
    ['wechat-work', 'WECOM'],
    ['WeChat_Work', 'WECOM'],
    ['ding_talk', 'DING_TALK'],
    ['DingTalk', 'DING_TALK'],
    ['DINGDING', 'DING_TALK'],
    ['feishu', 'FEISHU'],
    ['Lark', 'FEISHU'],
    ['  mail  ', 'MAIL']
  ])('reads %j as %s', (value, expected) => {
    expect(parseNoticeType(value)).toBe(expected)
  })

  it.each(['', 'SMS', 'ding talk', 'MAIL,WECOM', 'wechat'])(
    'refuses %j, listing the allowed values',
    value => {
      expect(() => parseNoticeType(value)).toThrow(
        /^Input 'notice_type': .*expected one of MESSAGE, MAIL, WECOM, DING_TALK, FEISHU/
      )
    }
  )
})

describe('parseEvents', () => {
  it.each([
    ['success', ['buildJobSuccess']],
    ['failure', ['buildJobFail']],
    ['FAIL', ['buildJobFail']],
    ['buildjobfail, DELETE', ['buildJobFail', 'deleteJob']],
    ['config disable', ['updateConfigJob', 'forbiddenJob']],
    [
      'disable\nsuccess\r\nfailure',
      ['buildJobSuccess', 'buildJobFail', 'forbiddenJob']
    ],
    ['failure, fail, buildJobFail', ['buildJobFail']],
    [',success,,', ['buildJobSuccess']],
    ['all', [...EVENT_NAMES]],
    [' ALL ', [...EVENT_NAMES]],
    ['none', []],
    ['None', []]
  ])('reads %j as %j', (value, expected) => {
    expect(parseEvents(value)).toEqual(expected)
  })

  it.each([
    ['', "Input 'events': is empty"],
    [' , ', "Input 'events': is empty"],
    ['success, exploded', "'exploded' is not an event"],
    ['all, success', "'all' must stand alone"],
    ['none failure', "'none' must stand alone"],
    ['succes', "'succes' is not an event; expected any of buildJobSuccess"]
  ])('refuses %j', (value, message) => {
    expect(() => parseEvents(value)).toThrow(message)
  })

  it('names the input it was given', () => {
    expect(() => parseEvents('x', 'branch_rules')).toThrow(
      "Input 'branch_rules'"
    )
  })
})
