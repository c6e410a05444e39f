// Runs the jest suites and closes with a plain "N passed, N failed" line,
// which CI's test counter reads (jest's own closing lines are not).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const folder = mkdtempSync(join(tmpdir(), 'jest-report-'))
const report = join(folder, 'report.json')
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--json',
    `--outputFile=${report}`,
    ...process.argv.slice(2)
  ],
  { stdio: 'inherit' }
)

let summary = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 }
try {
  summary = JSON.parse(readFileSync(report, 'utf8'))
} catch {
  console.error('jest wrote no report')
}
rmSync(folder, { recursive: true, force: true })

const skipped = summary.numPendingTests
  ? `, ${summary.numPendingTests} skipped`
  : ''
console.log(
  `${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped}`
)
process.exit(jest.status === 0 && summary.numPassedTests > 0 ? 0 : 1)
