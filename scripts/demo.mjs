// Runs the bundled action once, as a workflow step would, against the local
// fake CodeArts Build service, and prints what the workflow would see: the
// log, the outputs and the job summary.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ACCESS_KEY,
  JOB_ID,
  SECRET_KEY,
  startFakeCodeArts
} from '../__tests__/support/fake-codearts.mjs'

const node24 = join('node_modules', 'node', 'bin', 'node')
const service = await startFakeCodeArts()
const folder = await mkdtemp(join(tmpdir(), 'codearts-demo-'))
const outputFile = join(folder, 'output')
const summaryFile = join(folder, 'summary')
await writeFile(outputFile, '')
await writeFile(summaryFile, '')

const inputs = {
  job_id: JOB_ID,
  notice_type: 'DING_TALK',
  branch_rules: 'main: all\nrelease/**: all\nfeature/*: failure',
  verify: 'true',
  endpoint: service.url,
  param_config:
    '{"webhook":"https://oapi.dingtalk.com/robot/send?access_token=demo"}'
}
const env = {
  PATH: process.env.PATH,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  GITHUB_HEAD_REF: 'feature/login',
  GITHUB_REF_NAME: '42/merge',
  // As huaweicloud/auth-action would have exported them.
  HUAWEI_CLOUD_ACCESS_KEY_ID: ACCESS_KEY,
  HUAWEI_CLOUD_SECRET_ACCESS_KEY: SECRET_KEY,
  ...Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.toUpperCase()}`,
      value
    ])
  )
}

// In a workflow, param_config would come from a secret: show it as one.
section(
  'The step',
  Object.entries(inputs)
    .map(([name, value]) =>
      name === 'param_config'
        ? `  ${name}: \${{ secrets.DINGTALK_PARAM_CONFIG }}`
        : `  ${name}: ${JSON.stringify(value)}`
    )
    .join('\n')
)
const exitCode = await new Promise(resolve => {
  execFile(node24, ['dist/index.js'], { env }, (error, stdout, stderr) => {
    section(
      'Log (::add-mask:: lines are hidden by the runner)',
      hideMasks(stdout + stderr)
    )
    resolve(error ? error.code : 0)
  })
})
section('Outputs', readOutputs(await readFile(outputFile, 'utf8')))
section('Job summary (Markdown)', await readFile(summaryFile, 'utf8'))
console.log(`Exit code: ${exitCode}`)

await rm(folder, { recursive: true, force: true })
await service.close()
process.exitCode = exitCode

function section(title, text) {
  console.log(`\n=== ${title} ===\n${text.trimEnd()}`)
}

// @actions/core writes each output as name<<DELIMITER, the value, DELIMITER.
function readOutputs(text) {
  const lines = []
  const pattern = /^([^<\n]+)<<(.+)\n([\s\S]*?)\n?\2$/gm
  for (const [, name, , value] of text.matchAll(pattern)) {
    lines.push(`  ${name}: ${value}`)
  }
  return lines.join('\n')
}

function hideMasks(text) {
  return text
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}
