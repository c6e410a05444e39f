/**
 * Per-branch choice of notice events: the `branch_rules` input, the globs it
 * holds and the branch a run belongs to.
 */
import picomatch from 'picomatch'

import { InputError } from './input-error.js'
import { parseEvents, printable, type EventName } from './notice.js'

const INPUT = 'branch_rules'
const FORM = `each line reads PATTERN: EVENTS, e.g. 'release/**: failure'`

/**
 * One line of `branch_rules`. Plain data: the compiled glob is kept out of
 * sight, keyed by the rule object, so a rule compares and prints as written.
 */
export interface BranchRule {
  /** The glob as written, trimmed. */
  pattern: string
  /** Empty when the line says `none`: the notice type is switched off. */
  events: EventName[]
  /** Counted from 1 over every line, blank lines and comments included. */
  line: number
}

type Matcher = (branch: string) => boolean

// Only `*`, `**`, `?` and `[...]` are meant to be special; every option that
// would give another character a meaning is turned off.
const GLOB_OPTIONS: picomatch.PicomatchOptions = Object.freeze({
  // Branch names are split on '/' alone, whatever the runner's OS.
  windows: false,
  // Git refuses a name part starting with '.', so this changes nothing for
  // real branches; it keeps '*' and '?' free of a dotfile exception.
  dot: true,
  // Git branch names are case-sensitive.
  nocase: false,
  // '{a,b}' and '@(a|b)' are not part of branch filters as workflow authors
  // know them, and git allows '{', '(', '@', '+' and '|' in branch names.
  // Escaping '(' and '{' below already keeps them literal; the options say
  // so too, so that neither safeguard depends on the other.
  nobrace: true,
  noextglob: true,
  // Without this, '+' after a class such as '[0-9]' repeats it, as in a
  // regular expression, while '+' anywhere else is literal.
  regex: false,
  // A leading '!' is refused before picomatch sees it; this keeps it literal
  // should that check ever go.
  nonegate: true,
  // Makes '[!a-z]' a negated class as in shells (otherwise it is a class
  // holding '!'), and keeps '[[:digit:]]' and friends.
  posix: true,
  // '[' cannot occur in a branch name, so an unclosed class is a typo.
  strictBrackets: true,
  // Otherwise an invalid class such as '[z-a]' silently matches nothing.
  debug: true
})

// Git refuses whitespace, '\' and ':' in branch names, so a pattern holding
// one could never match: far more likely the line is mistyped. POSIX classes
// such as '[:digit:]' are the one legitimate place for a colon.
const IMPOSSIBLE_CHARACTER = /[\s\\:]/
const POSIX_CLASS = /\[:[a-z]+:\]/g

// Even with braces and extglobs off, picomatch reads '(...)' as a regular
// expression group and '{n}' as a repeat; all of them may occur in a branch
// name, so they are made literal.
const REGEX_ONLY_CHARACTERS = /[(){}|]/g

const matchers = new WeakMap<BranchRule, Matcher>()

/**
 * Parses `branch_rules`: one `PATTERN: EVENTS` rule a line, `EVENTS` as in
 * the `events` input. Blank lines and lines starting with `#` are skipped,
 * so a pattern cannot start with `#` (write `[#]` instead). Each glob is
 * compiled here, so a bad one fails before any request is sent.
 *
 * @throws InputError naming `branch_rules` and the line of the first problem.
 */
export function parseBranchRules(text: string): BranchRule[] {
  const rules: BranchRule[] = []

  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const content = raw.trim()
    if (content === '' || content.startsWith('#')) return
    rules.push(parseRule(content, index + 1))
  })

  return rules
}

/**
 * The first rule whose pattern matches the whole branch name, if any. An
 * empty branch name matches nothing.
 */
export function matchBranchRule(
  rules: readonly BranchRule[],
  branch: string
): BranchRule | undefined {
  if (branch === '') return undefined
  return rules.find(rule => matcherFor(rule)(branch))
}

/**
 * The branch or tag name the run is for: the `ref` input when given;
 * otherwise the pull request's head branch (`GITHUB_HEAD_REF`), since
 * `GITHUB_REF_NAME` there is the merge ref such as `12/merge`; otherwise
 * `GITHUB_REF_NAME`, which is the branch or tag pushed. A variable that is
 * set but empty counts as unset, as the runner sets `GITHUB_HEAD_REF` to ''
 * outside pull requests. A full ref such as `${{ github.ref }}` given as
 * `ref` loses its `refs/heads/` or `refs/tags/` prefix, so that it matches
 * the same rules as the short name the runner provides.
 */
export function currentBranch(
  refInput: string,
  env: Record<string, string | undefined>
): string | undefined {
  const explicit = nonEmpty(refInput)?.replace(/^refs\/(heads|tags)\//, '')
  return (
    nonEmpty(explicit) ??
    nonEmpty(env.GITHUB_HEAD_REF) ??
    nonEmpty(env.GITHUB_REF_NAME)
  )
}

function parseRule(content: string, line: number): BranchRule {
  // Events never contain a colon, so the last one always separates them
  // from the pattern, even when the pattern holds a class like [[:digit:]].
  const colon = content.lastIndexOf(':')
  if (colon === -1) {
    throw malformed(line, `no ':' in '${printable(content)}'`)
  }

  const pattern = content.slice(0, colon).trim()
  const matcher = compile(pattern, line)
  const events = parseRuleEvents(content.slice(colon + 1), line)

  // Frozen so that the pattern cannot drift from the matcher kept for it.
  const rule: BranchRule = Object.freeze({ pattern, events, line })
  matchers.set(rule, matcher)
  return rule
}

function parseRuleEvents(value: string, line: number): EventName[] {
  if (value.trim() === '') {
    throw malformed(line, `nothing after ':'; name the events, or 'none'`)
  }

  try {
    return parseEvents(value, INPUT)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw malformed(line, withoutInputName(error))
  }
}

function compile(pattern: string, line: number): Matcher {
  if (pattern === '') {
    throw malformed(line, `no pattern before ':'; '**' matches every branch`)
  }

  const shown = printable(pattern)
  if (pattern.startsWith('!')) {
    throw malformed(
      line,
      `'${shown}' starts with '!', which does not negate here; the first ` +
        `matching rule wins, so put the exception on an earlier line`
    )
  }

  const impossible = IMPOSSIBLE_CHARACTER.exec(pattern.replace(POSIX_CLASS, ''))
  if (impossible) {
    throw malformed(
      line,
      `'${shown}' contains '${printable(impossible[0])}', ` +
        `which no branch name can`
    )
  }

  try {
    const glob = pattern.replace(REGEX_ONLY_CHARACTERS, '\\$&')
    return picomatch(glob, GLOB_OPTIONS)
  } catch (error) {
    // picomatch's advice to escape with '\' does not apply: see above.
    const message = error instanceof Error ? error.message : String(error)
    const reason = message.split(' - ')[0]
    throw malformed(line, `'${shown}' is not a valid pattern: ${reason}`)
  }
}

function matcherFor(rule: BranchRule): Matcher {
  let matcher = matchers.get(rule)
  if (!matcher) {
    // A rule built by hand rather than parsed: compile it on first use.
    matcher = compile(rule.pattern, rule.line)
    matchers.set(rule, matcher)
  }
  return matcher
}

function malformed(line: number, problem: string): InputError {
  return new InputError(INPUT, `line ${line}: ${problem} (${FORM})`)
}

// parseEvents names the input itself; the line number goes in between.
function withoutInputName(error: InputError): string {
  const prefix = new InputError(error.input, '').message
  return error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}
