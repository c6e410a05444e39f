/**
 * The runner executes dist/, not src/: the committed bundle must be exactly
 * what the source builds to, or users get yesterday's action. The same build
 * reports which packages went into the bundle, so the licences shipped with
 * it and the packages left out on purpose are checked here too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NODE_24, ROOT } from './support/run-action.js'

interface StatsModule {
  readonly name: string
  readonly modules?: readonly StatsModule[]
}

let folder: string
let output: string
let bundled: string[]

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dist-check-'))
  output = join(folder, 'dist')
  const stats = join(folder, 'stats.json')
  // The arguments of `npm run build`, plus webpack's statistics, which are
  // written outside the output folder and leave the bundle unchanged.
  execFileSync(
    NODE_24,
    [
      join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'src/index.ts',
      '-o',
      output,
      '--license',
      'licenses.txt',
      '--stats-out',
      stats
    ],
    { cwd: ROOT, stdio: 'pipe' }
  )
  const { modules } = JSON.parse(readFileSync(stats, 'utf8')) as {
    modules: StatsModule[]
  }
  bundled = packagesIn(modules)
}, 120_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('dist/', () => {
  it('is exactly what the source builds to', () => {
    const committed = readdirSync(join(ROOT, 'dist')).sort()
    expect(readdirSync(output).sort()).toEqual(committed)
    for (const file of committed) {
      const fresh = readFileSync(join(output, file), 'utf8')
      const shipped = readFileSync(join(ROOT, 'dist', file), 'utf8')
      expect({ file, same: fresh === shipped }).toEqual({ file, same: true })
    }
  })

  it('carries the licence of every package bundled into it', () => {
    const licences = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    expect(bundled).toContain('@actions/core')

    for (const name of bundled) {
      const manifest = JSON.parse(
        readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')
      ) as { license?: string }
      // ncc's layout: the name, the licence's id, then its text.
      const entry = new RegExp(
        `(^|\\n)${escape(name)}\\n${escape(manifest.license ?? '')}\\n.+\\n`
      )
      expect({ name, listed: entry.test(licences) }).toEqual({
        name,
        listed: true
      })
    }
  })

  it('leaves out the packages that src/stubs stands in for', () => {
    // Loading them cost every run some 40 ms; see the stubs' headers.
    expect(bundled).not.toContain('undici')
    expect(bundled).not.toContain('@actions/exec')
    expect(bundled).not.toContain('@actions/io')
    const source = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8')
    expect(source).toContain('undici is left out of this action')
  })
})

/** Package names of the node_modules files among webpack's modules. */
function packagesIn(modules: readonly StatsModule[]): string[] {
  const names = new Set<string>()
  const visit = (list: readonly StatsModule[]): void => {
    for (const module of list) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module.name)
      if (match) names.add(match[1])
      visit(module.modules ?? [])
    }
  }
  visit(modules)
  return [...names].sort()
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
