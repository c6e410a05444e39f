// Measures what the action costs a workflow: the whole step (start Node 24,
// load dist/index.js, one POST, outputs and summary written) against the
// floor of the same POST from a bare Node script and from curl, all sent to
// the local fake service. The runner starts a fresh process for every job,
// so each run is a cold start, timed from spawn to exit.
//
//   npm run bench [-- --runs 20 --warmup 3 --access-key --bundle PATH...]
//
// Medians are printed, never asserted: timings belong in a report, not in a
// test that fails on a busy machine.
import { spawn } from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  ACCESS_KEY,
  JOB_ID,
  SECRET_KEY,
  TOKEN,
  startFakeCodeArts
} from '../__tests__/support/fake-codearts.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const NODE_24 = join(ROOT, 'node_modules', 'node', 'bin', 'node')
const NOTICE = {
  notice_type: 'MAIL',
  enabled_event_type_names: ['buildJobFail']
}

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    // Several bundles are timed in the same rounds, to compare build variants
    // under the same machine load.
    bundle: { type: 'string', multiple: true },
    // Sign with the key pair instead of sending the token.
    'access-key': { type: 'boolean', default: false }
  }
})
const runs = Number(options.runs)
const warmup = Number(options.warmup)
const bundles = (options.bundle ?? [join(ROOT, 'dist', 'index.js')]).map(path =>
  resolve(path)
)

const service = await startFakeCodeArts()
const folder = mkdtempSync(join(tmpdir(), 'codearts-bench-'))
try {
  const url = `${service.url}/v3/jobs/notice/${JOB_ID}/update`
  const body = JSON.stringify(NOTICE)
  const steps = bundles.map(bundle =>
    actionStep(folder, service.url, bundle, options['access-key'])
  )
  const references = [
    bareNode(folder, url, body, 'require'),
    bareNode(folder, url, body, 'import'),
    emptyNode(folder),
    curl(url, body)
  ]
  const contenders = [...steps, ...references]

  // Round-robin, so that a slow spell of the machine hits all alike.
  const times = contenders.map(() => [])
  for (let round = 0; round < warmup + runs; round++) {
    for (const [index, contender] of contenders.entries()) {
      const elapsed = await timed(contender)
      if (round >= warmup) times[index].push(elapsed)
    }
  }

  const medians = times.map(median)
  const floor = medians[steps.length]
  const version = (await output(NODE_24, ['--version'])).trim()
  const auth = options['access-key'] ? 'AK/SK signature' : 'token'
  console.log(
    `Node ${version}, ${auth}; median of ${runs} runs after ${warmup} ` +
      'warm-up, spawn to exit'
  )
  const rows = [
    ...bundles.map((bundle, index) => [
      `action step, ${shortName(bundle)}`,
      medians[index],
      `ratio ${(medians[index] / floor).toFixed(2)}  ` +
        `bundle ${bundleSize(bundle)}`
    ]),
    ...references.map((contender, index) => [
      contender.name,
      medians[steps.length + index],
      ''
    ])
  ]
  const width = Math.max(...rows.map(([name]) => name.length))
  for (const [name, ms, note] of rows) {
    const time = `${ms.toFixed(1).padStart(7)} ms`
    console.log(`  ${name.padEnd(width)} ${time}  ${note}`.trimEnd())
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
  await service.close()
}

/** The step as the runner runs it, with fresh output and summary files. */
function actionStep(folder, endpoint, bundle, signed) {
  const outputFile = join(folder, 'output')
  const summaryFile = join(folder, 'summary')
  const credentials = signed
    ? { INPUT_ACCESS_KEY: ACCESS_KEY, INPUT_SECRET_KEY: SECRET_KEY }
    : { INPUT_TOKEN: TOKEN }
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: folder,
    INPUT_JOB_ID: JOB_ID,
    INPUT_NOTICE_TYPE: NOTICE.notice_type,
    INPUT_EVENTS: 'failure',
    ...credentials,
    INPUT_ENDPOINT: endpoint,
    INPUT_RETRIES: '3',
    INPUT_TIMEOUT: '60'
  }
  return {
    name: `action step, ${bundle}`,
    prepare() {
      writeFileSync(outputFile, '')
      writeFileSync(summaryFile, '')
    },
    command: NODE_24,
    args: [bundle],
    env,
    check(result) {
      const outputs = readFileSync(outputFile, 'utf8')
      return result.code === 0 && /^status<<.+\nsuccess\n/m.test(outputs)
    }
  }
}

/**
 * The least a Node program can do for the same answer: node:http only,
 * reached through require. The same script importing node:http as an ES
 * module is timed too, to show a trap: on Node 24 that import builds the
 * module's namespace, which reads its lazy exports and so loads Node's own
 * fetch (undici), http2, zlib and worker_threads, some 40 ms that a floor
 * must not contain. The bundle reaches builtins through require too.
 */
function bareNode(folder, url, body, loader) {
  const script = join(folder, loader === 'require' ? 'floor.cjs' : 'floor.mjs')
  const load =
    loader === 'require'
      ? "const { request } = require('node:http')"
      : "import { request } from 'node:http'"
  writeFileSync(
    script,
    `${load}
const body = ${JSON.stringify(body)}
const call = request(${JSON.stringify(url)}, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json;charset=UTF-8',
    'X-Auth-Token': ${JSON.stringify(TOKEN)}
  }
}, response => {
  response.resume()
  response.on('end', () => process.exit(response.statusCode === 200 ? 0 : 1))
})
call.on('error', () => process.exit(2))
call.end(body)
`
  )
  return {
    name:
      loader === 'require'
        ? 'floor: bare Node POST (require)'
        : 'bare Node POST (ESM import)',
    command: NODE_24,
    args: [script],
    env: { PATH: process.env.PATH ?? '' },
    check: result => result.code === 0
  }
}

/** What starting Node costs by itself, whatever the script. */
function emptyNode(folder) {
  const script = join(folder, 'empty.cjs')
  writeFileSync(script, '')
  return {
    name: 'Node, empty script',
    command: NODE_24,
    args: [script],
    env: { PATH: process.env.PATH ?? '' },
    check: result => result.code === 0
  }
}

function curl(url, body) {
  return {
    name: 'curl POST',
    command: 'curl',
    args: [
      '--silent',
      '--output',
      '/dev/null',
      '--write-out',
      '%{http_code}',
      '--header',
      'Content-Type: application/json;charset=UTF-8',
      '--header',
      `X-Auth-Token: ${TOKEN}`,
      '--data',
      body,
      url
    ],
    env: { PATH: process.env.PATH ?? '' },
    check: result => result.code === 0 && result.stdout === '200'
  }
}

/** Milliseconds from spawn to exit; a failed run stops the benchmark. */
async function timed(contender) {
  contender.prepare?.()
  const started = process.hrtime.bigint()
  const result = await execute(contender.command, contender.args, contender.env)
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6
  if (!contender.check(result)) {
    throw new Error(
      `${contender.name} failed (exit ${result.code}):\n` +
        `${result.stdout}\n${result.stderr}`
    )
  }
  return elapsed
}

function execute(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', text => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', text => (stderr += text))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

async function output(command, args) {
  const { stdout } = await execute(command, args, {})
  return stdout
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

function shortName(bundle) {
  const path = relative(ROOT, bundle)
  return path.startsWith('..') ? bundle : path
}

/** The JavaScript the runner loads: the bundle and any chunk beside it. */
function bundleSize(bundle) {
  const folder = dirname(bundle)
  const files = readdirSync(folder).filter(name => name.endsWith('.js'))
  const bytes = files.reduce(
    (sum, name) => sum + statSync(join(folder, name)).size,
    0
  )
  return `${(bytes / 1024).toFixed(0)} KiB (${files.join(', ')})`
}
