/**
 * What each answer means: the one success shape, every failure shape the
 * service or a broken server sends, which failures are worth a retry, and
 * the hint a person gets for each.
 */
import { describe, expect, it } from '@jest/globals'
import { ApiError, hintFor } from '../src/codearts/api-error.js'
import { excerpt, judgeAnswer, requestIdOf } from '../src/codearts/answer.js'
import { MAX_ANSWER_BYTES, type HttpAnswer } from '../src/http/transport.js'

const SUCCESS = {
  result: { job_id: '0123456789abcdef0123456789abcdef' },
  error: null,
  status: 'success'
}

function answer(
  status: number,
  body: string | object,
  headers: Record<string, string> = {},
  truncated = false
): HttpAnswer {
  return {
    status,
    headers: { 'x-request-id': 'req-1', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    truncated
  }
}

describe('success', () => {
  it('is HTTP 200 with status success, no error_code and no error', () => {
    expect(judgeAnswer(answer(200, SUCCESS))).toEqual({
      ok: true,
      body: SUCCESS
    })
  })

  it.each([
    [{ ...SUCCESS, error: {} }],
    [{ ...SUCCESS, error: '' }],
    [{ status: 'success' }],
    [{ ...SUCCESS, result: JSON.stringify({ job_id: 'x' }) }]
  ])('takes the loose forms the service sends: %j', body => {
    expect(judgeAnswer(answer(200, body)).ok).toBe(true)
  })

  // 201 and 202 also mean the request was taken; the body decides.
  it.each([201, 202])('accepts HTTP %i with the success body', status => {
    expect(judgeAnswer(answer(status, SUCCESS)).ok).toBe(true)
  })
})

describe('failures', () => {
  it.each([
    [
      'an error_code with HTTP 200',
      answer(200, { error_code: 'CB.00060200', error_msg: 'Invalid' }),
      {
        problem: 'the service answered HTTP 200 with an error code',
        errorCode: 'CB.00060200',
        errorMsg: 'Invalid',
        retryable: false
      }
    ],
    [
      'status fail with HTTP 200',
      answer(200, { result: null, error: 'locked', status: 'fail' }),
      {
        problem: "the service answered HTTP 200 with status 'fail'",
        errorMsg: 'locked',
        retryable: false
      }
    ],
    [
      'no status at all',
      answer(200, { result: { job_id: 'x' } }),
      {
        problem: "the service answered HTTP 200 with status 'no status'",
        retryable: false
      }
    ],
    [
      'success with an error object',
      answer(200, { ...SUCCESS, error: { code: 'X.1', message: 'odd' } }),
      {
        problem: 'the service answered HTTP 200 with an error code',
        errorCode: 'X.1',
        errorMsg: 'odd',
        retryable: false
      }
    ],
    [
      'an empty 200',
      answer(200, ''),
      { problem: 'the answer has no body (HTTP 200)', retryable: false }
    ],
    [
      'a blank 200',
      answer(200, '  \r\n '),
      { problem: 'the answer has no body (HTTP 200)', retryable: false }
    ],
    [
      'truncated JSON',
      answer(200, '{"result": {"job_id": "0123'),
      {
        problem:
          'the answer is not JSON (HTTP 200): "{\\"result\\": {\\"job_id\\": \\"0123"',
        retryable: false
      }
    ],
    [
      'a JSON array',
      answer(200, '[{"status": "success"}]'),
      {
        problem:
          'the answer is JSON but not an object (HTTP 200): "[{\\"status\\": \\"success\\"}]"',
        retryable: false
      }
    ],
    [
      'a JSON string',
      answer(200, '"success"'),
      {
        problem:
          'the answer is JSON but not an object (HTTP 200): "\\"success\\""',
        retryable: false
      }
    ],
    [
      'an HTML page with HTTP 200',
      answer(200, '<html><body><h1>Login</h1>Please sign in</body></html>'),
      {
        problem: 'the answer is not JSON (HTTP 200): "Login Please sign in"',
        retryable: false
      }
    ],
    [
      'a body cut at the size limit',
      answer(200, ' '.repeat(MAX_ANSWER_BYTES), {}, true),
      {
        problem:
          'the answer is larger than the 1 MiB expected at most and was cut off (HTTP 200)',
        retryable: false
      }
    ],
    [
      'a redirect',
      answer(302, '', { location: 'https://elsewhere.example.com/x' }),
      {
        problem:
          'the service redirected (HTTP 302) to https://elsewhere.example.com/x; redirects are not followed',
        retryable: false
      }
    ],
    [
      'a redirect without a Location',
      answer(307, ''),
      {
        problem:
          'the service redirected (HTTP 307) to no Location; redirects are not followed',
        retryable: false
      }
    ],
    [
      'an undocumented 4xx',
      answer(418, { message: "I'm a teapot" }),
      { problem: 'the service answered HTTP 418', retryable: false }
    ],
    [
      'HTTP 299 with the success body',
      answer(299, SUCCESS),
      {
        problem:
          'the service answered HTTP 299, which the API does not use for success',
        retryable: false
      }
    ],
    [
      'HTTP 203 with the success body',
      answer(203, SUCCESS),
      {
        problem:
          'the service answered HTTP 203, which the API does not use for success',
        retryable: false
      }
    ],
    [
      'HTTP 204',
      answer(204, ''),
      { problem: 'the answer has no body (HTTP 204)', retryable: false }
    ]
  ])('%s is a clear failure', (_name, given, expected) => {
    expect(judgeAnswer(given)).toEqual({ ok: false, ...expected })
  })
})

describe('which failures are retried', () => {
  it.each([
    [429, { error_code: 'APIGW.0308', error_msg: 'throttled' }],
    [502, '<html><h1>502 Bad Gateway</h1></html>'],
    [503, ''],
    [504, { error_code: 'APIGW.0203', error_msg: 'timeout' }],
    [500, { error_code: 'CB.00060100', error_msg: 'network busy' }],
    [500, { error_code: 'CB.00060211', error_msg: 'too many requests' }],
    [500, { error_code: 'CB.00060101', error_msg: 'internal error' }],
    // The busy codes mean the same when the gateway says 200.
    [200, { error_code: 'CB.00060100', error_msg: 'network busy' }]
  ])('HTTP %i with %j is retried', (status, body) => {
    expect(judgeAnswer(answer(status, body))).toMatchObject({
      ok: false,
      retryable: true
    })
  })

  it.each([
    // Five bad signatures lock the key for five minutes.
    [
      401,
      { error_code: 'APIGW.0301', error_msg: 'verify aksk signature fail' }
    ],
    [401, { error_code: 'APIGW.0307', error_msg: 'token expired' }],
    // Even a busy code does not make an authentication failure retryable.
    [401, { error_code: 'CB.00060100', error_msg: 'network busy' }],
    [403, { error_code: 'APIGW.0306', error_msg: 'denied' }],
    [400, { error_code: 'CB.00060200', error_msg: 'invalid parameter' }],
    [404, { error_code: 'APIGW.0101', error_msg: 'no such API' }],
    [408, ''],
    [409, { error_code: 'X', error_msg: 'conflict' }],
    [422, { error_code: 'DEVCB.00031006', error_msg: 'no such task' }],
    [500, { error_code: 'CB.00060200', error_msg: 'invalid parameter' }],
    [500, { error_msg: 'no code' }],
    [500, '<html>Internal Server Error</html>'],
    [501, ''],
    [505, ''],
    [302, '']
  ])('HTTP %i with %j is not retried', (status, body) => {
    expect(judgeAnswer(answer(status, body))).toMatchObject({
      ok: false,
      retryable: false
    })
  })

  it('keeps Retry-After with a retryable failure only', () => {
    const retryAfter = { 'retry-after': '7' }
    expect(judgeAnswer(answer(429, '', retryAfter))).toMatchObject({
      retryable: true,
      retryAfter: '7'
    })
    expect(
      judgeAnswer(answer(503, { error_msg: 'down' }, retryAfter))
    ).toMatchObject({ retryable: true, retryAfter: '7' })
    expect(
      judgeAnswer(answer(200, { error_code: 'CB.00060211' }, retryAfter))
    ).toMatchObject({ retryable: true, retryAfter: '7' })
    expect(
      judgeAnswer(answer(401, { error_code: 'APIGW.0301' }, retryAfter))
    ).not.toHaveProperty('retryAfter')
  })

  it('retries a cut-off gateway page but not a cut-off 200', () => {
    const huge = ' '.repeat(10)
    expect(judgeAnswer(answer(503, huge, {}, true))).toMatchObject({
      retryable: true
    })
    expect(judgeAnswer(answer(200, huge, {}, true))).toMatchObject({
      retryable: false
    })
  })
})

describe('excerpt', () => {
  it('drops markup and keeps one line', () => {
    expect(excerpt('<html>\n<h1>Oops</h1>\n  <p>try\tlater</p></html>')).toBe(
      '"Oops try later"'
    )
  })

  it('cuts a long body at 200 characters', () => {
    const shown = JSON.parse(excerpt('x'.repeat(5000))) as string
    expect(shown).toBe(`${'x'.repeat(200)}…`)
  })
})

describe('requestIdOf', () => {
  it('reads X-Request-Id, the first of several', () => {
    expect(requestIdOf(answer(200, ''))).toBe('req-1')
    expect(
      requestIdOf({
        status: 200,
        headers: { 'x-request-id': ['a', 'b'] },
        body: '',
        truncated: false
      })
    ).toBe('a')
    expect(
      requestIdOf({ status: 200, headers: {}, body: '', truncated: false })
    ).toBeUndefined()
  })
})

describe('hintFor', () => {
  it.each([
    [401, 'APIGW.0301', 'access-key', 'lock the key for 5 minutes'],
    [401, 'APIGW.0307', 'token', 'IAM tokens last 24 hours'],
    [403, 'APIGW.0306', 'token', 'IAM user behind the credentials'],
    [400, 'CB.00060200', 'token', 'check `notice_type`, `events`'],
    [422, 'DEVCB.00031006', 'token', 'check `job_id`'],
    [404, 'APIGW.0101', 'token', 'the gateway has no such API here'],
    [302, undefined, 'token', 'not one that redirects'],
    [429, 'APIGW.0308', 'token', 'the service is busy'],
    [503, undefined, 'token', 'the service is busy'],
    [418, undefined, 'token', 'not one the API documents'],
    [299, undefined, 'token', 'not one the API documents'],
    [undefined, undefined, 'token', 'check that the runner can reach'],
    // The code wins over a status that hides it.
    [200, 'APIGW.0301', 'access-key', 'the signature was refused'],
    [200, 'CB.00060201', 'token', 'check `job_id`']
  ] as const)(
    'HTTP %s with %s (%s) points to %j',
    (status, code, auth, hint) => {
      expect(hintFor(status, code, auth)).toContain(hint)
    }
  )
})

describe('ApiError', () => {
  it('says what was tried, what came back and what to do', () => {
    const error = new ApiError({
      attempted: 'update the MAIL notice of job abc',
      method: 'POST',
      url: 'https://example.test/v3/jobs/notice/abc/update',
      httpStatus: 503,
      errorCode: 'CB.00060100',
      errorMsg: 'network busy',
      requestId: 'req-9',
      problem: 'the service answered HTTP 503',
      attempts: 4,
      stopReason: 'gave up after 4 attempts',
      hint: 'wait.'
    })

    expect(error.message).toBe(
      [
        'Could not update the MAIL notice of job abc: the service answered HTTP 503.',
        '  request: POST https://example.test/v3/jobs/notice/abc/update (4 attempts)',
        '  HTTP status: 503',
        '  error_code: CB.00060100',
        '  error_msg: network busy',
        '  request id: req-9',
        '  retries: gave up after 4 attempts',
        'What to do: wait.'
      ].join('\n')
    )
  })

  it('says when the answer had no request id, and skips what is unknown', () => {
    const error = new ApiError({
      attempted: 'read',
      method: 'GET',
      url: 'https://example.test/q',
      problem: 'no answer: connect ECONNREFUSED',
      attempts: 1,
      hint: 'check.'
    })

    expect(error.message).toBe(
      [
        'Could not read: no answer: connect ECONNREFUSED.',
        '  request: GET https://example.test/q',
        '  request id: (none in the answer)',
        'What to do: check.'
      ].join('\n')
    )
  })
})
