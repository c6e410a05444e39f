/**
 * Runs the committed bundle the way the GitHub runner does: Node 24, inputs
 * as INPUT_* variables, and existing GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, in a child process with a clean environment.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assertNoLeaks, secretsGiven } from './leak-check.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The runtime action.yml declares, installed by npm as the `node` package. */
export const NODE_24 = join(ROOT, 'node_modules', 'node', 'bin', 'node')
export const BUNDLE = join(ROOT, 'dist', 'index.js')

export interface ActionRun {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly durationMs: number
}

export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const folder = await mkdtemp(join(tmpdir(), 'codearts-action-'))
  const outputFile = join(folder, 'output')
  const summaryFile = join(folder, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')

  const inputVariables = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.toUpperCase()}`,
      value
    ])
  )
  const started = Date.now()
  try {
    const { exitCode, stdout, stderr } = await execute(NODE_24, [BUNDLE], {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: folder,
      ...inputVariables,
      ...env
    })
    const run = {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      durationMs: Date.now() - started
    }
    // Every run, in every test file, is checked for shown secrets.
    assertNoLeaks(shownBy(run), secretsGiven(inputs, env))
    return run
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

function execute(
  command: string,
  args: string[],
  env: Record<string, string>
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      command,
      args,
      { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error
          ? typeof error.code === 'number'
            ? error.code
            : -1
          : 0
        resolve({ exitCode: code, stdout, stderr })
      }
    )
  })
}

/** Reads the `name<<DELIMITER` blocks that @actions/core writes. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([^<]+)<<(.+)$/.exec(lines[index])
    if (!heredoc) continue
    const [, name, delimiter] = heredoc
    const end = lines.indexOf(delimiter, index + 1)
    outputs[name] = lines.slice(index + 1, end).join('\n')
    index = end
  }
  return outputs
}

/** Everything a user sees of a run: its log, summary and outputs. */
export function shownBy(run: ActionRun): string {
  return [visibleLog(run), run.summary, ...Object.values(run.outputs)].join(
    '\n'
  )
}

/** The lines a runner would show, without the ::add-mask:: commands. */
export function visibleLog(run: ActionRun): string {
  return `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}
