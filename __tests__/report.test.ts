import { describe, expect, it } from '@jest/globals'
import { outputsOf, summaryOf, type Outcome } from '../src/report.js'

const JOB = '0123456789abcdef0123456789abcdef'
const success: Outcome = {
  status: 'success',
  jobId: JOB,
  noticeType: 'MAIL',
  events: ['buildJobFail', 'deleteJob'],
  result: { job_id: JOB },
  httpStatus: 200,
  requestId: 'req-1'
}

describe('outputsOf', () => {
  it('sets every output, empty where unknown', () => {
    expect(outputsOf(success)).toEqual({
      status: 'success',
      job_id: JOB,
      result: `{"job_id":"${JOB}"}`,
      http_status: '200',
      error_code: '',
      error_msg: '',
      request_id: 'req-1',
      events: 'buildJobFail,deleteJob',
      matched_rule: '',
      previous: '',
      changed: ''
    })
  })

  it('tells whether the events changed once the previous ones are known', () => {
    expect(
      outputsOf({ ...success, previous: ['deleteJob', 'buildJobFail'] })
    ).toMatchObject({
      previous: 'deleteJob,buildJobFail',
      changed: 'false'
    })
    expect(outputsOf({ ...success, previous: [] })).toMatchObject({
      previous: '',
      changed: 'true'
    })
  })
})

describe('summaryOf', () => {
  it('shows every event, before and after', () => {
    const summary = summaryOf({ ...success, previous: ['buildJobSuccess'] })

    expect(summary).toContain('### ✅ Notice updated')
    expect(summary).toContain('| Event | Before | After |')
    expect(summary).toContain(
      '| Build succeeded (`buildJobSuccess`) | on | off |'
    )
    expect(summary).toContain('| Build failed (`buildJobFail`) | off | on |')
    expect(summary).toContain('| Build task deleted (`deleteJob`) | off | on |')
    expect(summary).toContain(
      '| Configuration changed (`updateConfigJob`) | off | off |'
    )
    expect(summary).toContain(
      '| Build task disabled (`forbiddenJob`) | off | off |'
    )
    expect(summary).toContain('| Request id | `req-1` |')
  })

  it('keeps a failure message from breaking the table', () => {
    const summary = summaryOf({
      ...success,
      status: 'fail',
      httpStatus: 400,
      errorCode: 'CB.00060200',
      errorMsg: 'bad | value\nsecond line'
    })

    expect(summary).toContain('### ❌ Notice not updated')
    expect(summary).toContain('| error_msg | bad \\| value second line |')
    expect(summary).toContain('| Event | Requested |')
  })

  it('has no event table when the step was skipped', () => {
    const summary = summaryOf({
      status: 'skipped',
      jobId: JOB,
      events: [],
      branch: 'wip'
    })
    expect(summary).toContain('Skipped')
    expect(summary).toContain('| Branch | `wip` |')
    expect(summary).not.toContain('| Event |')
  })
})
