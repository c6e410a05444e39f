/**
 * A local stand-in for CodeArts Build's notice API, answering the way the
 * real service and its API gateway do: X-Request-Id on every answer, token
 * and AK/SK checks (the signature is verified here independently of the
 * action's signer), 422 for an unknown build task, 404 APIGW.0101 for an
 * unknown path. Tests can queue odd answers (HTTP 200 with an error code,
 * HTML pages, hangs, dropped sockets, huge bodies) ahead of the normal ones.
 *
 * Plain JavaScript so that the demo and the CI workflow can start it with
 * nothing but Node: `node __tests__/support/fake-codearts.mjs [port]`.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'

export const JOB_ID = '0123456789abcdef0123456789abcdef'
export const TOKEN = 'fake-iam-token-MIIZ'
export const ACCESS_KEY = 'FAKEAKEXAMPLE0000001'
export const SECRET_KEY = 'fakeSecretKeyExample0000000000000000000SK'
export const PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9'

const EVENTS = [
  'buildJobSuccess',
  'buildJobFail',
  'deleteJob',
  'updateConfigJob',
  'forbiddenJob'
]
const NOTICE_TYPES = ['MESSAGE', 'MAIL', 'WECOM', 'DING_TALK', 'FEISHU']
const MAX_SKEW_MS = 15 * 60 * 1000

/**
 * @typedef {object} ScriptedAnswer
 * @property {number} [status] HTTP status (default 200)
 * @property {Record<string, string>} [headers]
 * @property {string | object} [body] an object is sent as JSON
 * @property {number} [delayMs] wait before answering
 * @property {'hang' | 'drop' | 'drip' | 'huge' | 'stall' | 'raw'} [behaviour]
 *   hang: never answer; drop: close the socket without an answer;
 *   drip: send headers, then a byte every 200 ms, forever;
 *   huge: a valid status line and a body of `bytes` bytes;
 *   stall: send the status and headers of `status`, then nothing, forever;
 *   raw: write `raw` to the socket as it is (no HTTP framing), then close
 * @property {number} [bytes] size of a huge body
 * @property {string} [raw] the bytes a raw answer sends
 */

/**
 * Starts the service on 127.0.0.1 on a free port (or the one given); over
 * HTTPS when `tls` holds a PEM key and certificate.
 * @param {{ port?: number, jobs?: string[], tokens?: string[],
 *   keys?: Record<string, string>, now?: () => number,
 *   tls?: { key: string, cert: string } }} [options]
 */
export async function startFakeCodeArts(options = {}) {
  const jobs = new Map()
  for (const id of options.jobs ?? [JOB_ID]) jobs.set(id, emptyNotices())
  const tokens = new Set(options.tokens ?? [TOKEN])
  const keys = new Map(
    Object.entries(options.keys ?? { [ACCESS_KEY]: SECRET_KEY })
  )
  const now = options.now ?? (() => Date.now())

  /** @type {ScriptedAnswer[]} */
  const queue = []
  /** Notice types whose updates are answered as success but not applied. */
  const ignored = new Set()
  /** Every request received, in order. */
  const requests = []
  const sockets = new Set()

  const handler = async (request, response) => {
    const body = await readBody(request)
    const record = {
      method: request.method,
      path: request.url,
      headers: request.headers,
      body,
      at: Date.now()
    }
    requests.push(record)
    response.setHeader('X-Request-Id', randomBytes(16).toString('hex'))

    const scripted = queue.shift()
    if (scripted) return answerScripted(scripted, request, response)

    const denied = authenticate(request, body, { tokens, keys, now })
    if (denied) return sendJson(response, 401, denied)
    route(request, body, response, jobs, ignored)
  }
  const server = options.tls
    ? createTlsServer(options.tls, handler)
    : createServer(handler)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise(resolve =>
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  )
  const { port } = server.address()

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    /** The notice settings the service holds for a job. */
    notices: id => jobs.get(id),
    /** Makes updates of a notice type succeed without taking effect. */
    ignoreUpdates: noticeType => ignored.add(noticeType),
    /** Queues answers that take precedence over the normal ones, in order. */
    script: (...answers) => queue.push(...answers),
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

function emptyNotices() {
  const notices = {}
  for (const type of NOTICE_TYPES) {
    notices[type] = {
      enable_map: Object.fromEntries(EVENTS.map(name => [name, false])),
      param_config: ''
    }
  }
  return notices
}

function route(request, body, response, jobs, ignored) {
  const url = new URL(request.url, 'http://127.0.0.1')
  const match = /^\/v3\/jobs\/notice\/([^/]+)\/(update|query)$/.exec(
    url.pathname
  )
  const wanted = match && (match[2] === 'update' ? 'POST' : 'GET')
  if (!match || request.method !== wanted) {
    return sendJson(response, 404, {
      error_code: 'APIGW.0101',
      error_msg:
        'The API does not exist or has not been published in the environment'
    })
  }

  const id = decodeURIComponent(match[1])
  if (!/^[0-9a-z]{32}$/.test(id)) {
    return sendJson(response, 400, {
      error_code: 'CB.00060201',
      error_msg: 'Invalid task ID'
    })
  }
  const notices = jobs.get(id)
  if (!notices) {
    return sendJson(response, 422, {
      error_code: 'DEVCB.00031006',
      error_msg: 'The build task does not exist'
    })
  }

  if (match[2] === 'query') {
    const result = Object.entries(notices).map(([type, notice]) => ({
      notice_type: type,
      enable_map: notice.enable_map,
      param_config: notice.param_config
    }))
    return sendJson(response, 200, { result, error: null, status: 'success' })
  }

  const problem = checkUpdate(body)
  if (problem) {
    return sendJson(response, 400, {
      error_code: 'CB.00060200',
      error_msg: problem
    })
  }
  const update = JSON.parse(body)
  const notice = ignored.has(update.notice_type)
    ? structuredClone(notices[update.notice_type])
    : notices[update.notice_type]
  for (const name of EVENTS) {
    notice.enable_map[name] = update.enabled_event_type_names.includes(name)
  }
  if (update.param_config !== undefined)
    notice.param_config = update.param_config
  sendJson(response, 200, {
    result: { job_id: id },
    error: null,
    status: 'success'
  })
}

function checkUpdate(body) {
  let update
  try {
    update = JSON.parse(body)
  } catch {
    return 'The request body is not valid JSON'
  }
  if (!NOTICE_TYPES.includes(update?.notice_type)) {
    return 'Invalid parameter: notice_type'
  }
  const names = update.enabled_event_type_names
  if (!Array.isArray(names) || names.some(name => !EVENTS.includes(name))) {
    return 'Invalid parameter: enabled_event_type_names'
  }
  if (
    update.param_config !== undefined &&
    typeof update.param_config !== 'string'
  ) {
    return 'Invalid parameter: param_config'
  }
  return undefined
}

/** The gateway's checks: a valid token, or a valid and fresh signature. */
function authenticate(request, body, { tokens, keys, now }) {
  const token = request.headers['x-auth-token']
  if (token !== undefined) {
    return tokens.has(token)
      ? undefined
      : { error_code: 'APIGW.0307', error_msg: 'The token must be updated' }
  }

  const refused = {
    error_code: 'APIGW.0301',
    error_msg:
      'Incorrect IAM authentication information: verify aksk signature fail'
  }
  const authorization =
    /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      request.headers.authorization ?? ''
    )
  if (!authorization) return refused
  const [, access, signedList, signature] = authorization
  const secret = keys.get(access)
  const signed = signedList.split(';')
  const date = request.headers['x-sdk-date'] ?? ''
  if (!secret || !signed.includes('host') || !signed.includes('x-sdk-date')) {
    return refused
  }
  if (Math.abs(parseSdkDate(date) - now()) > MAX_SKEW_MS) {
    return {
      ...refused,
      error_msg: 'Incorrect IAM authentication information: request expired'
    }
  }
  // Headers the client sends must be signed, or a proxy could change them.
  for (const name of ['x-project-id', 'x-security-token', 'content-type']) {
    if (request.headers[name] !== undefined && !signed.includes(name))
      return refused
  }

  const canonical = [
    request.method,
    canonicalPath(request.url),
    canonicalQuery(request.url),
    signed
      .map(name => `${name}:${String(request.headers[name] ?? '').trim()}\n`)
      .join(''),
    signedList,
    sha256(body)
  ].join('\n')
  const toSign = `SDK-HMAC-SHA256\n${date}\n${sha256(canonical)}`
  const expected = createHmac('sha256', secret).update(toSign).digest('hex')
  return expected === signature ? undefined : refused
}

function canonicalPath(target) {
  const path = new URL(target, 'http://127.0.0.1').pathname
  const encoded = path
    .split('/')
    .map(part => encode(decodeURIComponent(part)))
    .join('/')
  return encoded.endsWith('/') ? encoded : `${encoded}/`
}

function canonicalQuery(target) {
  const pairs = [...new URL(target, 'http://127.0.0.1').searchParams]
  return pairs
    .map(([name, value]) => [encode(name), encode(value)])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
}

function encode(text) {
  return [...Buffer.from(text, 'utf8')]
    .map(byte => {
      const char = String.fromCharCode(byte)
      return /[A-Za-z0-9\-_.~]/.test(char)
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    })
    .join('')
}

function parseSdkDate(text) {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (!match) return NaN
  const [, y, mo, d, h, mi, s] = match.map(Number)
  return Date.UTC(y, mo - 1, d, h, mi, s)
}

function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

async function answerScripted(scripted, request, response) {
  if (scripted.delayMs)
    await new Promise(resolve => setTimeout(resolve, scripted.delayMs))
  switch (scripted.behaviour) {
    case 'hang':
      return
    case 'drop':
      return request.socket.destroy()
    case 'drip': {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      const timer = setInterval(() => response.write(' '), 200)
      response.on('close', () => clearInterval(timer))
      return
    }
    case 'stall':
      response.writeHead(scripted.status ?? 200, {
        'Content-Type': 'application/json'
      })
      return response.flushHeaders()
    case 'raw':
      return request.socket.end(scripted.raw ?? '')
    case 'huge': {
      response.writeHead(scripted.status ?? 200, {
        'Content-Type': 'application/json'
      })
      const chunk = Buffer.alloc(64 * 1024, ' ')
      let left = scripted.bytes ?? 8 * 1024 * 1024
      const pump = () => {
        while (left > 0) {
          left -= chunk.length
          if (!response.write(chunk)) return response.once('drain', pump)
        }
        response.end()
      }
      response.on('error', () => {})
      return pump()
    }
  }
  const status = scripted.status ?? 200
  const headers = scripted.headers ?? {}
  if (typeof scripted.body === 'string') {
    response.writeHead(status, { 'Content-Type': 'text/html', ...headers })
    return response.end(scripted.body)
  }
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  response.end(scripted.body === undefined ? '' : JSON.stringify(scripted.body))
}

function sendJson(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = []
    request.on('data', chunk => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

// Started directly: serve until stopped, and say where.
if (import.meta.url === `file://${process.argv[1]}`) {
  const service = await startFakeCodeArts({
    port: Number(process.argv[2] ?? 0)
  })
  console.log(service.url)
}
