// Measures what the action costs a workflow: the whole step (start Node 24,
// load dist/index.js, one POST, outputs and summary written) against the
// floor of the same POST from a bare Node script and from curl, all sent to
// local fake services. The runner starts a fresh process for every job, so
// each run is a cold start, timed from spawn to exit.
//
// Between the step and the bare script sits scripts/toolkit-floor.ts, bundled
// here: the same POST through @actions/core and @actions/http-client with
// nothing else. It splits the action's cost over the floor into what the
// toolkit costs any action and what this action's own work adds.
//
// Both transports are timed in the same run. The action's real calls go to
// Huawei Cloud over https, so that is the figure a workflow pays; there the
// floor loads TLS too. Over http the floor loads no TLS while the action
// still does (http-client imports https at start-up), so that ratio shows
// the toolkit's fixed cost at its harshest. The https service has a
// self-signed certificate made with openssl for this run, trusted through
// NODE_EXTRA_CA_CERTS by the Node scripts and --cacert by curl.
//
//   npm run bench [-- --runs 20 --warmup 3 --access-key --bundle PATH...]
//
// Medians are printed, never asserted: timings belong in a report, not in a
// test that fails on a busy machine.
import { execFileSync, spawn } from 'node:child_process'
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
import { makeCertificate } from '../__tests__/support/self-signed.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const NODE_24 = join(ROOT, 'node_modules', 'node', 'bin', 'node')
const NCC = join(
  ROOT,
  'node_modules',
  '@vercel',
  'ncc',
  'dist',
  'ncc',
  'cli.js'
)
const NOTICE = {
  notice_type: 'MAIL',
  enabled_event_type_names: ['buildJobFail']
}
const BODY = JSON.stringify(NOTICE)

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
const signed = options['access-key']
const bundles = (options.bundle ?? [join(ROOT, 'dist', 'index.js')]).map(path =>
  resolve(path)
)

const folder = mkdtempSync(join(tmpdir(), 'codearts-bench-'))
let plain
let secure
try {
  const certificate = makeCertificate(folder, '127.0.0.1')
  const toolkitBundle = buildToolkitFloor()
  plain = await startFakeCodeArts()
  secure = await startFakeCodeArts({ tls: certificate.pem })
  const groups = [
    transportGroup('http', plain.url, {}, toolkitBundle),
    transportGroup('https', secure.url, certificate, toolkitBundle),
    { title: 'either transport', contenders: [emptyNode()] }
  ]
  await report(groups, await roundRobin(groups), toolkitBundle)
} finally {
  await plain?.close()
  await secure?.close()
  rmSync(folder, { recursive: true, force: true })
}

/**
 * Everything timed against one service: each bundle's step, the floor it is
 * divided by, and curl. The ESM variant of the floor only shows why the
 * floor uses require; it is the same trap over either transport, so it is
 * timed over http alone.
 */
function transportGroup(scheme, baseUrl, { caFile }, toolkitBundle) {
  const url = `${baseUrl}/v3/jobs/notice/${JOB_ID}/update`
  const trust = caFile ? { NODE_EXTRA_CA_CERTS: caFile } : {}
  const steps = bundles.map(bundle => actionStep(baseUrl, bundle, trust))
  const toolkit = toolkitFloor(url, toolkitBundle, trust)
  const floor = bareNode(scheme, url, 'require', trust)
  const trap = scheme === 'http' ? [bareNode(scheme, url, 'import', trust)] : []
  return {
    title: `over ${scheme}`,
    steps,
    floor,
    contenders: [...steps, toolkit, floor, ...trap, curl(url, caFile)]
  }
}

/** Bundles scripts/toolkit-floor.ts as `npm run build` bundles the action. */
function buildToolkitFloor() {
  const output = join(folder, 'toolkit-floor')
  execFileSync(
    process.execPath,
    [NCC, 'build', 'scripts/toolkit-floor.ts', '-o', output, '--quiet'],
    { cwd: ROOT, stdio: 'pipe' }
  )
  return join(output, 'index.js')
}

/** The environment every child gets: nothing of this shell's but PATH. */
function baseEnv(extra) {
  return { PATH: process.env.PATH ?? '', ...extra }
}

/** The step as the runner runs it, with fresh output and summary files. */
function actionStep(endpoint, bundle, trust) {
  const outputFile = join(folder, 'output')
  const summaryFile = join(folder, 'summary')
  const credentials = signed
    ? { INPUT_ACCESS_KEY: ACCESS_KEY, INPUT_SECRET_KEY: SECRET_KEY }
    : { INPUT_TOKEN: TOKEN }
  return {
    name: `action step, ${shortName(bundle)}`,
    bundle,
    prepare() {
      writeFileSync(outputFile, '')
      writeFileSync(summaryFile, '')
    },
    command: NODE_24,
    args: [bundle],
    env: baseEnv({
      ...trust,
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
    }),
    check(result) {
      const outputs = readFileSync(outputFile, 'utf8')
      return result.code === 0 && /^status<<.+\nsuccess\n/m.test(outputs)
    }
  }
}

/** The same POST through the toolkit alone, with one output to check. */
function toolkitFloor(url, bundle, trust) {
  const outputFile = join(folder, 'toolkit-output')
  return {
    name: 'toolkit alone: core + http-client POST',
    bundle,
    prepare() {
      writeFileSync(outputFile, '')
    },
    command: NODE_24,
    args: [bundle],
    env: baseEnv({
      ...trust,
      GITHUB_OUTPUT: outputFile,
      INPUT_URL: url,
      INPUT_BODY: BODY,
      INPUT_TOKEN: TOKEN
    }),
    check(result) {
      const outputs = readFileSync(outputFile, 'utf8')
      return result.code === 0 && /^status<<.+\nsuccess\n/m.test(outputs)
    }
  }
}

/**
 * The least a Node program can do for the same answer: node:http or
 * node:https only, reached through require. The same script importing
 * node:http as an ES module is timed too, to show a trap: on Node 24 that
 * import builds the module's namespace, which reads its lazy exports and so
 * loads Node's own fetch (undici), http2, zlib and worker_threads, some
 * 40 ms that a floor must not contain. The bundle reaches builtins through
 * require too.
 */
function bareNode(scheme, url, loader, trust) {
  const script = join(
    folder,
    `floor-${scheme}.${loader === 'require' ? 'cjs' : 'mjs'}`
  )
  const load =
    loader === 'require'
      ? `const { request } = require('node:${scheme}')`
      : `import { request } from 'node:${scheme}'`
  writeFileSync(
    script,
    `${load}
const body = ${JSON.stringify(BODY)}
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
    env: baseEnv(trust),
    check: result => result.code === 0
  }
}

/** What starting Node costs by itself, whatever the script. */
function emptyNode() {
  const script = join(folder, 'empty.cjs')
  writeFileSync(script, '')
  return {
    name: 'Node, empty script',
    command: NODE_24,
    args: [script],
    env: baseEnv({}),
    check: result => result.code === 0
  }
}

function curl(url, caFile) {
  return {
    name: 'curl POST',
    command: 'curl',
    args: [
      '--silent',
      '--show-error',
      ...(caFile ? ['--cacert', caFile] : []),
      '--output',
      '/dev/null',
      '--write-out',
      '%{http_code}',
      '--header',
      'Content-Type: application/json;charset=UTF-8',
      '--header',
      `X-Auth-Token: ${TOKEN}`,
      '--data',
      BODY,
      url
    ],
    env: baseEnv({}),
    check: result => result.code === 0 && result.stdout === '200'
  }
}

/**
 * Every contender once per round, in turn, so that a slow spell of the
 * machine hits all alike; each round starts one place further on, so that
 * none is always first. Warm-up rounds are run but not kept. Returns each
 * contender's times in round order.
 */
async function roundRobin(groups) {
  const entries = groups.flatMap(({ title, contenders }) =>
    contenders.map(contender => ({ title, contender }))
  )
  const times = new Map(entries.map(({ contender }) => [contender, []]))
  for (let round = 0; round < warmup + runs; round++) {
    const start = round % entries.length
    for (const { title, contender } of [
      ...entries.slice(start),
      ...entries.slice(0, start)
    ]) {
      const elapsed = await timed(contender, title)
      if (round >= warmup) times.get(contender).push(elapsed)
    }
  }
  return times
}

/** Milliseconds from spawn to exit; a failed run stops the benchmark. */
async function timed(contender, where) {
  contender.prepare?.()
  const started = process.hrtime.bigint()
  const result = await execute(contender.command, contender.args, contender.env)
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6
  if (!contender.check(result)) {
    throw new Error(
      `${contender.name}, ${where}, failed (exit ${result.code}):\n` +
        `${result.stdout}\n${result.stderr}`
    )
  }
  return elapsed
}

/**
 * Medians per transport, and the ratio to the floor of every bundle timed:
 * each action bundle and the toolkit alone. Every bundle after the first
 * also shows its difference from the first: the median of the differences
 * within a round, steadier than a difference of medians because both runs of
 * a pair met the same machine load.
 */
async function report(groups, times, toolkitBundle) {
  const version = (await output(NODE_24, ['--version'])).trim()
  const auth = signed ? 'AK/SK signature' : 'token'
  console.log(
    `Node ${version}, ${auth}; median of ${runs} runs after ${warmup} ` +
      'warm-up, spawn to exit'
  )
  const width = Math.max(
    ...groups.flatMap(group => group.contenders.map(c => c.name.length))
  )
  for (const group of groups) {
    console.log(`${group.title}:`)
    for (const contender of group.contenders) {
      const ms = median(times.get(contender))
      const time = `${ms.toFixed(1).padStart(7)} ms`
      const note = contender.bundle ? stepNote(group, contender, times) : ''
      console.log(
        `  ${contender.name.padEnd(width)} ${time}  ${note}`.trimEnd()
      )
    }
  }
  console.log('bundles:')
  for (const bundle of bundles) {
    console.log(`  ${shortName(bundle)}: ${bundleSize(bundle)}`)
  }
  console.log(`  toolkit alone: ${bundleSize(toolkitBundle)}`)
}

function stepNote(group, step, times) {
  const ratio = median(times.get(step)) / median(times.get(group.floor))
  const [first] = group.steps
  if (step === first) return `ratio ${ratio.toFixed(2)}`
  const own = times.get(step)
  const delta = median(times.get(first).map((ms, round) => own[round] - ms))
  const sign = delta < 0 ? '-' : '+'
  return (
    `ratio ${ratio.toFixed(2)}  ` +
    `${sign}${Math.abs(delta).toFixed(1)} ms vs ${shortName(first.bundle)}`
  )
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
