import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(705);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(883);
/** The entry point the runner starts (action.yml: runs.main). */


try {
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();
}
catch (error) {
    // Only a defect gets here; still one line for the user, not a stack trace.
    (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1)(`Unexpected error: ${error instanceof Error ? error.message : error}`);
}
// Every attempt closes its sockets when its deadline passes, so the process
// normally ends by itself; should a library ever leave a handle open, the
// step still ends a second after its work is done.
setTimeout(() => process.exit(), 1000).unref();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __nccwpck_require__(705);
;// CONCATENATED MODULE: ./src/codearts/api-error.ts
/**
 * A call to CodeArts Build that did not succeed, with everything a person
 * needs to act on it: what was tried, what came back, and what to do next.
 */
class ApiError extends Error {
    failure;
    constructor(failure) {
        super(describe(failure));
        this.name = 'ApiError';
        this.failure = failure;
    }
}
function describe(failure) {
    const lines = [
        `Could not ${failure.attempted}: ${failure.problem}.`,
        `  request: ${failure.method} ${failure.url}` +
            (failure.attempts > 1 ? ` (${failure.attempts} attempts)` : '')
    ];
    if (failure.httpStatus !== undefined) {
        lines.push(`  HTTP status: ${failure.httpStatus}`);
    }
    if (failure.errorCode)
        lines.push(`  error_code: ${failure.errorCode}`);
    if (failure.errorMsg)
        lines.push(`  error_msg: ${failure.errorMsg}`);
    lines.push(`  request id: ${failure.requestId ?? '(none in the answer)'}`);
    if (failure.stopReason)
        lines.push(`  retries: ${failure.stopReason}`);
    lines.push(`What to do: ${failure.hint}`);
    return lines.join('\n');
}
/** The next step for a user, from the service's error code or the status. */
function hintFor(httpStatus, errorCode, auth) {
    // The service's code says more than the status, which may even be 200.
    const byCode = errorCode && CODE_STATUS[errorCode];
    const status = byCode || httpStatus;
    if (errorCode === 'APIGW.0101')
        return noSuchApiHint;
    if (status === undefined)
        return networkHint;
    if (status === 401)
        return auth === 'token' ? tokenHint : accessKeyHint;
    if (status === 403)
        return forbiddenHint;
    if (status === 404 || status === 422)
        return jobIdHint;
    if (status === 400)
        return badRequestHint;
    if (status >= 300 && status < 400)
        return redirectHint;
    if (status === 429 || status >= 500)
        return busyHint;
    return undocumentedHint;
}
/** The status each known error code stands for, whatever status came. */
const CODE_STATUS = {
    'CB.00060100': 500,
    'CB.00060211': 500,
    'CB.00060101': 500,
    'CB.00060200': 400,
    'CB.00060201': 404,
    'DEVCB.00031006': 422,
    'APIGW.0301': 401,
    'APIGW.0307': 401,
    'APIGW.0306': 403,
    'APIGW.0308': 429
};
const noSuchApiHint = 'the gateway has no such API here: check `endpoint` or `region`; the ' +
    'build task must live in the region the endpoint serves.';
const networkHint = 'check that the runner can reach the endpoint (network, proxy through ' +
    'HTTPS_PROXY, firewall); raise `timeout` or `retries` if the service is slow.';
const forbiddenHint = 'the IAM user behind the credentials needs rights on the CodeArts ' +
    'project that owns the build task (a project member allowed to edit ' +
    'build tasks) and an IAM policy that allows CodeArts Build.';
const badRequestHint = 'the service refused the request: check `notice_type`, `events` and ' +
    '`param_config` (it must be the JSON the channel expects).';
const redirectHint = 'set `endpoint` to the service URL itself, not one that redirects.';
const busyHint = 'the service is busy or failing; run the step again later, or raise ' +
    '`retries` and `timeout`. Give support the request id if it persists.';
const undocumentedHint = 'this answer is not one the API documents; check `endpoint`, and give ' +
    'Huawei Cloud support the request id.';
const jobIdHint = 'check `job_id`: the 32 characters at the end of the build task URL in ' +
    'CodeArts Build, in the region of `region` or `endpoint`.';
const tokenHint = 'the token is invalid or expired (IAM tokens last 24 hours), or was ' +
    'issued for another region or a global scope. Prefer `access_key` and ' +
    '`secret_key`, which do not expire.';
const accessKeyHint = 'the signature was refused: check that `access_key` and `secret_key` ' +
    'belong together and are active, that temporary keys come with their ' +
    '`security_token`, and that the runner clock is right (15 minutes of skew ' +
    'at most). Not retried: repeated bad signatures lock the key for 5 minutes.';

;// CONCATENATED MODULE: ./src/input-error.ts
/**
 * A problem with what the workflow gave the action, found before any request
 * is sent. The message names the input (or environment variable) and the
 * form it expects.
 */
class InputError extends Error {
    input;
    constructor(input, message) {
        // Input names are lower case; the variables they fall back to are not.
        const kind = /^[A-Z0-9_]+$/.test(input) ? 'Environment variable' : 'Input';
        super(`${kind} '${input}': ${message}`);
        this.name = 'InputError';
        this.input = input;
    }
}

;// CONCATENATED MODULE: ./src/notice.ts
/**
 * The vocabulary of CodeArts Build notices: notice types, event names and
 * the friendlier spellings users write for them.
 */

const NOTICE_TYPES = [
    'MESSAGE',
    'MAIL',
    'WECOM',
    'DING_TALK',
    'FEISHU'
];
/** In the order the console lists them: success, failure, deleted, config, disabled. */
const EVENT_NAMES = [
    'buildJobSuccess',
    'buildJobFail',
    'deleteJob',
    'updateConfigJob',
    'forbiddenJob'
];
// Another CodeArts service calls mail EMAIL, and DingTalk is widely spelled
// "dingding", so both are accepted rather than refused.
const NOTICE_TYPE_ALIASES = {
    email: 'MAIL',
    dingtalk: 'DING_TALK',
    dingding: 'DING_TALK',
    'wechat-work': 'WECOM',
    wechat_work: 'WECOM',
    lark: 'FEISHU'
};
const EVENT_ALIASES = {
    success: 'buildJobSuccess',
    failure: 'buildJobFail',
    fail: 'buildJobFail',
    delete: 'deleteJob',
    config: 'updateConfigJob',
    disable: 'forbiddenJob'
};
/** Accepts the API names and the aliases above, in any case. */
function parseNoticeType(value, input = 'notice_type') {
    const word = value.trim();
    const lower = word.toLowerCase();
    const named = NOTICE_TYPES.find(type => type.toLowerCase() === lower);
    const resolved = named ?? NOTICE_TYPE_ALIASES[lower];
    if (resolved)
        return resolved;
    const shown = word === '' ? 'is empty' : `'${printable(word)}' is not known`;
    throw new InputError(input, `${shown}; expected one of ${NOTICE_TYPES.join(', ')} ` +
        `(or email, dingtalk, dingding, wechat-work, wechat_work, lark)`);
}
/**
 * Parses a list of events separated by commas, spaces or new lines. `all` is
 * the five events and `none` the empty list; either must stand alone.
 * Duplicates are dropped; the result keeps the order of EVENT_NAMES.
 */
function parseEvents(value, input = 'events') {
    const words = value.split(/[\s,]+/).filter(word => word !== '');
    if (words.length === 0) {
        throw new InputError(input, `is empty; expected events separated by commas, e.g. 'success, failure', or 'all' or 'none'`);
    }
    const lowered = words.map(word => word.toLowerCase());
    for (const special of ['all', 'none']) {
        if (lowered.includes(special)) {
            if (words.length > 1) {
                throw new InputError(input, `'${special}' must stand alone, but ${words.length} words were given`);
            }
            return special === 'all' ? [...EVENT_NAMES] : [];
        }
    }
    const chosen = new Set();
    for (const word of words)
        chosen.add(parseEvent(word, input));
    return EVENT_NAMES.filter(name => chosen.has(name));
}
function parseEvent(word, input) {
    const lower = word.toLowerCase();
    const named = EVENT_NAMES.find(name => name.toLowerCase() === lower);
    const resolved = named ?? EVENT_ALIASES[lower];
    if (resolved)
        return resolved;
    throw new InputError(input, `'${printable(word)}' is not an event; expected any of ` +
        `${EVENT_NAMES.join(', ')}, or success, failure (fail), delete, ` +
        `config, disable, or 'all' or 'none' alone`);
}
/** Shows control characters visibly and keeps an echoed value short. */
function printable(value, limit = 60) {
    const escaped = JSON.stringify(value).slice(1, -1);
    return escaped.length > limit ? `${escaped.slice(0, limit)}…` : escaped;
}

;// CONCATENATED MODULE: ./src/endpoint.ts
/**
 * Where requests go: the CodeArts Build endpoint for a region, or an explicit
 * base URL, and the transport rules every endpoint must satisfy.
 */


const DEFAULT_REGION = 'cn-north-4';
/** The regions the official SDKs list for CodeArts Build. */
const KNOWN_REGIONS = [
    'cn-north-4',
    'cn-north-1',
    'cn-east-2',
    'cn-south-1',
    'cn-east-3',
    'cn-south-2',
    'cn-southwest-2',
    'ap-southeast-3',
    'sa-brazil-1',
    'la-north-2',
    'la-south-2',
    'tr-west-1'
];
// Two-letter area, one or more words, a number: cn-north-4, ap-southeast-3,
// cn-north-12, eu-west-101. Anything else cannot form a valid host name.
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-[0-9]{1,3}$/;
// The longest region id today has 14 characters; a host label allows 63.
const MAX_REGION_LENGTH = 32;
// Far above any real base URL; a longer value is a pasted mistake.
const MAX_ENDPOINT_LENGTH = 2048;
/** Checks the form of a region id; the input name is where it came from. */
function parseRegion(value, input) {
    const region = value.trim();
    if (REGION_PATTERN.test(region) && region.length <= MAX_REGION_LENGTH) {
        return region;
    }
    throw new InputError(input, `'${printable(region)}' is not a region id; expected lower-case words ` +
        `and a number, e.g. cn-north-4 or ap-southeast-3`);
}
/**
 * An explicit endpoint always wins; otherwise the region's public host. The
 * region has been checked by parseRegion before this point.
 */
function resolveEndpoint(endpoint, region) {
    if (endpoint.trim() !== '')
        return { url: parseEndpoint(endpoint) };
    const url = new URL(`https://cloudbuild-ext.${region}.myhuaweicloud.com`);
    if (KNOWN_REGIONS.includes(region))
        return { url };
    return {
        url,
        warning: `Region '${region}' is not known to have CodeArts Build; trying ` +
            `${url.origin}. Set 'endpoint' if the service lives elsewhere.`
    };
}
/**
 * Credentials travel in headers, so only https is allowed, except towards
 * this machine itself, where local test services run.
 */
function parseEndpoint(value) {
    const text = value.trim();
    const example = 'expected a base URL such as ' +
        'https://cloudbuild-ext.cn-north-4.myhuaweicloud.com';
    if (text.length > MAX_ENDPOINT_LENGTH) {
        throw new InputError('endpoint', `is ${text.length} characters long; at most ${MAX_ENDPOINT_LENGTH} ` +
            `are accepted (${example})`);
    }
    // The URL parser silently drops tabs and line breaks, which would turn a
    // mistyped value into a different host.
    if (/[\p{Cc}\s]/u.test(text)) {
        throw new InputError('endpoint', `'${printable(withoutUserInfo(text))}' contains spaces or control ` +
            `characters; ${example}`);
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new InputError('endpoint', `'${printable(withoutUserInfo(text))}' is not a URL; ${example}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('endpoint', `'${url.protocol}' URLs are not supported; https is required`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw new InputError('endpoint', `https is required; plain http is allowed only for localhost, ` +
            `127.0.0.0/8 and [::1], but the host is '${url.hostname}'`);
    }
    if (url.username || url.password) {
        throw new InputError('endpoint', 'must not contain a user name or password; give credentials through ' +
            "'access_key' and 'secret_key' or 'token'");
    }
    if (url.search || url.hash) {
        throw new InputError('endpoint', 'must be a base URL without a query or fragment');
    }
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
}
/** A password in a value that is not even a URL must not be echoed either. */
function withoutUserInfo(text) {
    return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}
function isLoopback(hostname) {
    if (hostname === 'localhost' || hostname === '[::1]')
        return true;
    // WHATWG URL has already normalised IPv4 forms such as 127.1.
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
/** Joins the base URL and an API path, keeping any path prefix of the base. */
function apiUrl(base, path) {
    const url = new URL(base.href);
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
    return url;
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(744);
;// CONCATENATED MODULE: ./src/http/transport.ts
/**
 * One HTTP exchange with a hard time limit and a bounded answer. Retries,
 * signing and the meaning of answers live elsewhere.
 */

/** Far more than any notice answer; a larger body is a broken or hostile server. */
const MAX_ANSWER_BYTES = 1024 * 1024;
const IDLE_TIMER_MARGIN_MS = 1000;
/** A request that got no complete answer: refused, reset, or out of time. */
class TransportError extends Error {
    code;
    timedOut;
    constructor(message, code, timedOut) {
        super(message);
        this.name = 'TransportError';
        this.code = code;
        this.timedOut = timedOut;
    }
}
/**
 * Sends through http-client for its proxy support (HTTPS_PROXY, NO_PROXY).
 * Redirects are never followed: http-client would carry X-Auth-Token and the
 * signed headers on to whatever host the Location names.
 */
function createTransport(userAgent) {
    return async (request) => {
        const signal = AbortSignal.timeout(request.timeoutMs);
        const client = new lib/* HttpClient */.Qq(userAgent, [abortOn(signal)], {
            allowRedirects: false,
            allowRetries: false,
            keepAlive: false,
            // The signal ends the attempt. http-client's own idle timer, were it
            // to fire first, would only half-close the socket and report a plain
            // error that reads as neither a time-out nor a connection problem.
            socketTimeout: request.timeoutMs + IDLE_TIMER_MARGIN_MS
        });
        const exchange = send(client, request, signal);
        // Once the attempt is abandoned its late outcome is of no interest.
        exchange.catch(() => { });
        try {
            // Aborting a request that has no socket yet (a proxy that never
            // answers the CONNECT) is silent until a socket comes, which may be
            // never: the race makes the deadline hold anyway.
            return await Promise.race([exchange, rejectOnAbort(signal)]);
        }
        catch (error) {
            throw asTransportError(error, signal, request);
        }
        finally {
            client.dispose();
        }
    };
}
async function send(client, request, signal) {
    const response = await client.request(request.method, request.url.href, request.body ?? null, { ...request.headers });
    const { body, truncated } = await readBounded(response.message, signal);
    return {
        status: response.message.statusCode ?? 0,
        headers: response.message.headers,
        body,
        truncated
    };
}
function rejectOnAbort(signal) {
    return new Promise((_, reject) => {
        if (signal.aborted)
            reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason), {
            once: true
        });
    });
}
/** Lets Node abort the socket itself, whatever stage the exchange is in. */
function abortOn(signal) {
    return {
        prepareRequest(options) {
            options.signal = signal;
            // Through a proxy, the tunnel agent opens its CONNECT request with the
            // options it keeps in proxyOptions. With the signal among them, an
            // unanswered CONNECT is closed with the attempt instead of holding
            // the process open; without that agent, this does nothing.
            const agent = options.agent;
            if (agent?.proxyOptions) {
                agent.proxyOptions = { ...agent.proxyOptions, signal };
            }
        },
        canHandleAuthentication: () => false,
        handleAuthentication: () => {
            throw new Error('not used');
        }
    };
}
async function readBounded(message, signal) {
    const chunks = [];
    let size = 0;
    let truncated = false;
    for await (const chunk of message) {
        if (signal.aborted)
            break;
        const room = MAX_ANSWER_BYTES - size;
        if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            truncated = true;
            message.destroy();
            break;
        }
        chunks.push(chunk);
        size += chunk.length;
    }
    if (signal.aborted)
        throw signal.reason;
    return { body: Buffer.concat(chunks).toString('utf8'), truncated };
}
function asTransportError(error, signal, request) {
    if (error instanceof TransportError)
        return error;
    if (signal.aborted) {
        return new TransportError(`no complete answer within ${formatSeconds(request.timeoutMs)}`, 'ETIMEDOUT', true);
    }
    const code = error?.code;
    // Read duck-typed: an error from another realm is no `instanceof Error`.
    const text = error?.message;
    const message = plainer(typeof text === 'string' ? text : String(error));
    return (proxyError(message, request.url) ?? new TransportError(message, code, false));
}
/** Node's terse words for a connection the server closed, explained. */
function plainer(message) {
    if (message === 'socket hang up') {
        return 'the server closed the connection without answering (socket hang up)';
    }
    if (message === 'aborted') {
        return 'the server closed the connection in the middle of the answer';
    }
    return message;
}
/**
 * The proxy library reports every failed CONNECT as ECONNRESET, which reads
 * as a network blip. A proxy that refuses the tunnel (403, 407) will refuse
 * it again, so only its gateway errors (5xx) stay worth a retry.
 */
function proxyError(message, url) {
    const refused = /tunneling socket could not be established, statusCode=(\d+)/.exec(message);
    const unreachable = /tunneling socket could not be established, cause=(.*)/.exec(message);
    if (!refused && !unreachable)
        return undefined;
    const proxy = describeProxy(url);
    const target = `${url.hostname}:${url.port || 443}`;
    if (refused) {
        const status = Number(refused[1]);
        return new TransportError(`the proxy ${proxy} refused the tunnel to ${target} (HTTP ${status})`, status >= 500 ? 'ECONNRESET' : 'EPROXYREFUSED', false);
    }
    // The cause keeps the socket's code: ECONNREFUSED, ENOTFOUND…
    const cause = unreachable?.[1] ?? '';
    return new TransportError(`could not reach the proxy ${proxy}: ${cause}`, /\b(E[A-Z_]+)\b/.exec(cause)?.[1] ?? 'ECONNRESET', false);
}
/** The proxy's scheme, host and port, never its user name or password. */
function describeProxy(url) {
    try {
        const proxy = new URL((0,lib/* getProxyUrl */.s_)(url.href));
        return `${proxy.protocol}//${proxy.host} (HTTPS_PROXY)`;
    }
    catch {
        return '(HTTPS_PROXY)';
    }
}
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/redact.ts
/**
 * Hides credentials in what the action prints: request headers, JSON bodies
 * (param_config holds webhook keys) and any text a server sent back.
 */
const HIDDEN = '***';
const SECRET_HEADERS = ['x-auth-token', 'x-security-token'];
/** A copy of the headers with credential values hidden. */
function redactHeaders(headers) {
    const copy = {};
    for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (SECRET_HEADERS.includes(lower))
            copy[name] = HIDDEN;
        else if (lower === 'authorization')
            copy[name] = redactAuthorization(value);
        else
            copy[name] = value;
    }
    return copy;
}
/** Keeps the scheme and the signed header names, which help debugging. */
function redactAuthorization(value) {
    const signed = /SignedHeaders=([^,\s]+)/.exec(value);
    const scheme = value.split(' ')[0];
    return signed
        ? `${scheme} Access=${HIDDEN}, SignedHeaders=${signed[1]}, Signature=${HIDDEN}`
        : HIDDEN;
}
/**
 * A JSON body with every param_config value hidden, at any depth. A body
 * that is not JSON is returned with the known secret values cut out.
 */
function redactBody(body, secrets) {
    try {
        return JSON.stringify(JSON.parse(body, hideParamConfig));
    }
    catch {
        return redactText(body, secrets);
    }
}
function hideParamConfig(key, value) {
    return key === 'param_config' && value !== '' && value != null
        ? HIDDEN
        : value;
}
/** Replaces every occurrence of each secret (and of each of its lines). */
function redactText(text, secrets) {
    let result = text;
    for (const secret of secretParts(secrets)) {
        result = result.split(secret).join(HIDDEN);
    }
    return result;
}
/**
 * The whole values and, for multi-line values, each longer line: the runner
 * masks line by line too. Longest first, so a part never splits a whole.
 */
function secretParts(secrets) {
    const parts = new Set();
    for (const secret of secrets) {
        if (secret.trim() === '')
            continue;
        parts.add(secret);
        for (const line of secret.split(/\r?\n/)) {
            if (line.trim().length >= MIN_MASKED_LINE)
                parts.add(line.trim());
        }
    }
    return [...parts].sort((a, b) => b.length - a.length);
}
// Shorter lines of a multi-line secret ("{", "}") carry nothing secret, and
// masking them would hide ordinary punctuation everywhere in the log.
const MIN_MASKED_LINE = 4;

;// CONCATENATED MODULE: ./src/retry.ts
/**
 * When to try again and how long to wait: exponential backoff with jitter,
 * Retry-After, and a deadline no wait may cross. Pure, with the clock passed
 * in, so the timing can be tested without waiting.
 */
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 15_000;
/**
 * The least time worth giving an attempt: a TLS handshake with a far region
 * alone can take half a second, so an attempt with less is bound to fail and
 * only hides the real reason behind a time-out. No call starts, and no retry
 * is planned, with less than this left before the deadline.
 */
const MIN_ATTEMPT_MS = 500;
/**
 * The wait before retry number `retry` (1 for the first retry): doubling from
 * one second up to fifteen, of which a random half is taken off so that many
 * runners failing together do not come back together.
 */
function backoffMs(retry, random) {
    const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
/** Retry-After as seconds or as an HTTP date; undefined when unusable. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^[0-9]{1,9}$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    if (Number.isNaN(date) || !/[a-z]/i.test(text))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * How long one attempt may take. The first few attempts get an equal share
 * of the whole timeout (a third at most, MIN_ATTEMPT_MS at least), so that
 * one hanging attempt leaves room for another; no attempt gets more than
 * what is left.
 */
function attemptTimeoutMs(timeoutMs, retries, remainingMs) {
    const share = Math.max(MIN_ATTEMPT_MS, Math.ceil(timeoutMs / Math.min(retries + 1, 3)));
    return Math.max(0, Math.min(share, remainingMs));
}
/**
 * Decides the wait before retry number `retry` (1 for the first), or why
 * there is none. A retry is planned only when the wait still leaves
 * MIN_ATTEMPT_MS for the attempt itself, so no wait ever reaches the deadline.
 */
function planWait(options) {
    const { retry, retries, retryAfterMs, remainingMs } = options;
    if (retry > retries) {
        return {
            stop: retries === 0
                ? "not retried ('retries' is 0)"
                : `gave up after ${retries + 1} attempts`
        };
    }
    if (retryAfterMs !== undefined) {
        if (retryAfterMs + MIN_ATTEMPT_MS > remainingMs) {
            return {
                stop: `the service asked to wait ${seconds(retryAfterMs)} (Retry-After), ` +
                    `but only ${seconds(Math.max(0, remainingMs))} of 'timeout' is left`
            };
        }
        return { wait: retryAfterMs, source: 'Retry-After' };
    }
    const wait = backoffMs(retry, options.random);
    if (wait + MIN_ATTEMPT_MS > remainingMs) {
        return {
            stop: `the time ran out: ${seconds(Math.max(0, remainingMs))} of ` +
                "'timeout' left, too little for another attempt"
        };
    }
    return { wait, source: 'backoff' };
}
/** A duration for people: one decimal, in seconds. */
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/signer.ts
/**
 * AK/SK request signing for the Huawei Cloud API gateway (SDK-HMAC-SHA256).
 *
 * Written by hand rather than taken from the official SDK core, because that
 * package brings axios, lodash, moment and log4js into the bundle for what
 * is a few hashes over a canonical text. Only node:crypto is used.
 */


const ALGORITHM = 'SDK-HMAC-SHA256';
// Headers the signer sets itself: a caller's copy would be sent twice or
// would contradict the signature.
const SIGNER_OWNED = ['host', 'x-sdk-date', 'authorization'];
/**
 * Percent-encodes every UTF-8 byte except A-Z a-z 0-9 - _ . ~, with
 * upper-case hex, as the gateway does for paths and query parts.
 */
function percentEncode(text) {
    // encodeURIComponent leaves ! ' ( ) * alone; the gateway encodes them.
    return encodeURIComponent(text).replace(/[!'()*]/g, character => '%' + character.charCodeAt(0).toString(16).toUpperCase());
}
/**
 * The path as the gateway canonicalises it: each segment decoded and
 * re-encoded, ending in '/'.
 */
function canonicalUri(url) {
    // WHATWG URL has already encoded some characters and not others; decoding
    // first gives the text the gateway sees once it has decoded the path.
    const path = url.pathname
        .split('/')
        .map(segment => percentEncode(decodeEscapes(segment)))
        .join('/');
    return path.endsWith('/') ? path : `${path}/`;
}
/**
 * The query as `name=value` pairs, encoded and joined by '&'; '' when there
 * is none.
 */
function canonicalQuery(url) {
    // Sorted on the decoded text, as the official signers do: encoding first
    // would move '%'-escaped characters ahead of letters and digits.
    return [...url.searchParams]
        .sort(([nameA, valueA], [nameB, valueB]) => byCodePoint(nameA, nameB) || byCodePoint(valueA, valueB))
        .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
        .join('&');
}
/**
 * The signed headers as `name:value` lines, names lower-cased and sorted,
 * values trimmed; every line ends in '\n'.
 */
function canonicalHeaders(headers) {
    return normalisedHeaders(headers)
        .map(([name, value]) => `${name}:${value}\n`)
        .join('');
}
/** The lower-cased, sorted names of the signed headers, joined by ';'. */
function signedHeaderNames(headers) {
    return normalisedHeaders(headers)
        .map(([name]) => name)
        .join(';');
}
/**
 * The canonical request, signing exactly the headers the request carries:
 * method, URI, query, headers, header names and body hash, one per line.
 */
function canonicalRequest(request) {
    return [
        request.method,
        canonicalUri(request.url),
        canonicalQuery(request.url),
        canonicalHeaders(request.headers),
        signedHeaderNames(request.headers),
        sha256Hex(request.body)
    ].join('\n');
}
/** The text the HMAC is computed over, for a date in X-Sdk-Date form. */
function stringToSign(date, canonical) {
    return [ALGORITHM, date, sha256Hex(canonical)].join('\n');
}
/**
 * The Authorization header value for a request whose headers are exactly
 * the ones to sign, with `date` the X-Sdk-Date value among them. Adds
 * nothing: `signRequest` is the function for sending a request.
 */
function authorization(request, key, date) {
    const text = stringToSign(date, canonicalRequest(request));
    const signature = (0,external_node_crypto_namespaceObject.createHmac)('sha256', key.secretKey)
        .update(text, 'utf8')
        .digest('hex');
    const parts = [
        `Access=${key.accessKey}`,
        `SignedHeaders=${signedHeaderNames(request.headers)}`,
        `Signature=${signature}`
    ];
    return `${ALGORITHM} ${parts.join(', ')}`;
}
/**
 * Returns the complete set of headers to send: the given ones plus Host,
 * X-Sdk-Date, X-Project-Id / X-Security-Token when given, and
 * Authorization. All but Authorization are signed.
 */
function signRequest(request, key, now) {
    const date = sdkDate(now);
    const headers = {
        ...withoutNames(request.headers, namesTheKeySets(key)),
        Host: request.url.host,
        'X-Sdk-Date': date,
        ...credentialHeaders(key)
    };
    return {
        ...headers,
        Authorization: authorization({ ...request, headers }, key, date)
    };
}
/** Formats a date as X-Sdk-Date wants it: YYYYMMDDTHHMMSSZ in UTC. */
function sdkDate(now) {
    // 2019-11-15T03:36:55.123Z -> 20191115T033655Z
    return now.toISOString().replace(/[-:]|\.\d{3}/g, '');
}
function credentialHeaders(key) {
    const headers = {};
    if (key.projectId)
        headers['X-Project-Id'] = key.projectId;
    if (key.securityToken)
        headers['X-Security-Token'] = key.securityToken;
    return headers;
}
function namesTheKeySets(key) {
    const names = [...SIGNER_OWNED];
    if (key.projectId)
        names.push('x-project-id');
    if (key.securityToken)
        names.push('x-security-token');
    return names;
}
function withoutNames(headers, lowerCaseNames) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !lowerCaseNames.includes(name.toLowerCase())));
}
function normalisedHeaders(headers) {
    const entries = Object.entries(headers).map(([name, value]) => [name.toLowerCase(), trimOws(value)]);
    refuseDuplicates(entries.map(([name]) => name));
    return entries.sort(([a], [b]) => byCodePoint(a, b));
}
// Two spellings of one header would be sent as two fields, and no single
// canonical line could describe them.
function refuseDuplicates(lowerCaseNames) {
    const seen = new Set();
    for (const name of lowerCaseNames) {
        if (seen.has(name)) {
            throw new Error(`Header '${name}' is given more than once`);
        }
        seen.add(name);
    }
}
// HTTP strips spaces and tabs around a field value before the gateway sees
// it, so those, and only those, must not be signed.
function trimOws(value) {
    return value.replace(/^[ \t]+|[ \t]+$/g, '');
}
// Decodes run by run so that one stray '%', which WHATWG URL leaves as it
// is, does not stop the valid escapes around it from being decoded; the
// stray '%' itself stays a literal and is signed as %25.
function decodeEscapes(segment) {
    return segment.replace(/(?:%[0-9A-Fa-f]{2})+/g, run => {
        try {
            return decodeURIComponent(run);
        }
        catch {
            return run;
        }
    });
}
// UTF-8 byte order is code point order, unlike JavaScript's default
// comparison of UTF-16 units, which puts emoji before U+E000-U+FFFF.
function byCodePoint(a, b) {
    return external_node_buffer_namespaceObject.Buffer.compare(external_node_buffer_namespaceObject.Buffer.from(a, 'utf8'), external_node_buffer_namespaceObject.Buffer.from(b, 'utf8'));
}
function sha256Hex(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./src/codearts/answer.ts
/**
 * What an answer from CodeArts Build means. The service reports failures in
 * several shapes (an error status, HTTP 200 with an error_code, HTTP 200 with
 * "status": "fail", a gateway's HTML page), so success is only ever the one
 * documented shape.
 */

// The service's own codes for load and internal trouble; the documentation
// asks callers to try again later.
const RETRYABLE_CODES = ['CB.00060100', 'CB.00060211', 'CB.00060101'];
const RETRYABLE_STATUSES = [429, 502, 503, 504];
// The API documents 200. 201 and 202 also say the request was taken, so a
// gateway that starts using them does not turn a done update into a
// failure. Other 2xx carry no answer (204, 205), a proxy's rewrite (203) or
// part of one (206), or are not HTTP at all (299): a success body with them
// is not to be trusted.
const SUCCESS_STATUSES = [200, 201, 202];
const EXCERPT_LENGTH = 200;
/**
 * Success is only HTTP 200 (or 201, 202) with a JSON object that has no
 * error_code, "status": "success" and an empty `error`; anything else is a
 * failure, retryable when the status or the service's code says the trouble
 * is passing.
 */
function judgeAnswer(answer) {
    const { status } = answer;
    const retryAfter = header(answer, 'retry-after');
    if (status >= 300 && status < 400) {
        const location = header(answer, 'location');
        return failure(`the service redirected (HTTP ${status}) to ${location ?? 'no Location'}; redirects are not followed`);
    }
    if (answer.truncated) {
        return failure(`the answer is larger than the ${MAX_ANSWER_BYTES / 1024 / 1024} MiB ` +
            `expected at most and was cut off (HTTP ${status})`, { retryable: isRetryableStatus(status), retryAfter });
    }
    const body = parseObject(answer.body);
    if (body === undefined) {
        const what = isJson(answer.body) ? 'JSON but not an object' : 'not JSON';
        const problem = answer.body.trim() === ''
            ? `the answer has no body (HTTP ${status})`
            : `the answer is ${what} (HTTP ${status}): ${excerpt(answer.body)}`;
        return failure(problem, {
            retryable: isRetryableStatus(status),
            retryAfter
        });
    }
    const errorCode = answer_text(body.error_code) ?? answer_text(nested(body.error, 'code'));
    const errorMsg = answer_text(body.error_msg) ??
        answer_text(body.error) ??
        answer_text(nested(body.error, 'message')) ??
        answer_text(nested(body.error, 'error_msg'));
    const details = {
        ...(errorCode ? { errorCode } : {}),
        ...(errorMsg ? { errorMsg } : {})
    };
    const retryable = isRetryableStatus(status) ||
        (status === 500 && RETRYABLE_CODES.includes(errorCode ?? ''));
    if (status < 200 || status >= 300) {
        return failure(`the service answered HTTP ${status}`, {
            ...details,
            retryable,
            retryAfter
        });
    }
    if (errorCode) {
        return failure(`the service answered HTTP ${status} with an error code`, {
            ...details,
            retryable: RETRYABLE_CODES.includes(errorCode),
            retryAfter
        });
    }
    if (!SUCCESS_STATUSES.includes(status)) {
        return failure(`the service answered HTTP ${status}, which the API does not use ` +
            'for success', details);
    }
    if (body.status !== 'success' || !isEmpty(body.error)) {
        const said = answer_text(body.status) ?? 'no status';
        return failure(`the service answered HTTP ${status} with status '${said}'`, details);
    }
    return { ok: true, body };
}
function failure(problem, extra = {}) {
    const { retryable = false, retryAfter, ...details } = extra;
    return {
        ok: false,
        problem,
        ...details,
        retryable,
        ...(retryable && retryAfter !== undefined ? { retryAfter } : {})
    };
}
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.includes(status);
}
function parseObject(body) {
    try {
        const value = JSON.parse(body);
        return isRecord(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function isJson(body) {
    try {
        JSON.parse(body);
        return true;
    }
    catch {
        return false;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function nested(value, key) {
    return isRecord(value) ? value[key] : undefined;
}
function answer_text(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return value.trim();
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
function isEmpty(value) {
    if (value === undefined || value === null || value === '')
        return true;
    return isRecord(value) && Object.keys(value).length === 0;
}
function header(answer, name) {
    const value = answer.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The start of a body, on one line, with markup tags dropped. */
function excerpt(body) {
    const flat = body
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const short = flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
    return JSON.stringify(short);
}
/** The request id every answer carries; support asks for it. */
function requestIdOf(answer) {
    return header(answer, 'x-request-id');
}

;// CONCATENATED MODULE: ./src/codearts/client.ts








class CodeArtsBuildClient {
    options;
    constructor(options) {
        this.options = options;
    }
    /** POST /v3/jobs/notice/{job_id}/update */
    async updateNotice(jobId, body) {
        const answer = await this.call(this.updateCall(jobId, body));
        const result = looseJson(answer.body.result);
        const answeredId = client_isRecord(result) ? result.job_id : undefined;
        return {
            result,
            ...(typeof answeredId === 'string' ? { jobId: answeredId } : {}),
            httpStatus: answer.status,
            requestId: answer.requestId
        };
    }
    /** GET /v3/jobs/notice/{job_id}/query */
    async listNotice(jobId) {
        const answer = await this.call({
            attempted: `read the notice settings of job ${jobId}`,
            method: 'GET',
            path: `/v3/jobs/notice/${encodeURIComponent(jobId)}/query`
        });
        return parseSettings(looseJson(answer.body.result));
    }
    /** The exact request updateNotice would send now, credentials included. */
    prepareUpdate(jobId, body) {
        return this.prepare(this.updateCall(jobId, body));
    }
    // Retrying an update is safe, and this is where that is decided: the body
    // is the complete list of events of one notice type (the others are
    // switched off), so sending it twice leaves the same state as sending it
    // once. A retry after an attempt whose fate is unknown (a time-out, a
    // dropped connection, a 5xx) therefore cannot do harm. A call that adds
    // or toggles something would need an idempotency key before call() could
    // repeat it.
    updateCall(jobId, body) {
        return {
            attempted: `update the ${body.notice_type} notice of job ${jobId}`,
            method: 'POST',
            path: `/v3/jobs/notice/${encodeURIComponent(jobId)}/update`,
            body: JSON.stringify(body)
        };
    }
    prepare(call) {
        const { credentials, clock } = this.options;
        const url = apiUrl(this.options.endpoint, call.path);
        const base = { 'Content-Type': 'application/json;charset=UTF-8' };
        const headers = credentials.kind === 'token'
            ? { ...base, 'X-Auth-Token': credentials.token }
            : credentials.kind === 'access-key'
                ? signRequest({
                    method: call.method,
                    url,
                    headers: base,
                    body: call.body ?? ''
                }, credentials.key, new Date(clock.now()))
                : base;
        return {
            method: call.method,
            url,
            headers,
            ...(call.body !== undefined ? { body: call.body } : {})
        };
    }
    /**
     * Sends a call until it succeeds, fails for good, or runs out of attempts
     * or time. It repeats every call it is given, so only idempotent calls
     * may come here: a read, or an update as updateCall explains. Each attempt
     * is signed anew, as the gateway refuses a date 15 minutes old.
     */
    async call(call) {
        const { clock, log, retries, timeoutMs, deadline } = this.options;
        for (let attempt = 1;; attempt++) {
            const request = this.prepare(call);
            const failed = (details) => new ApiError({
                attempted: call.attempted,
                method: call.method,
                url: request.url.href,
                attempts: attempt,
                hint: hintFor(details.httpStatus, details.errorCode, this.options.credentials.kind),
                ...details
            });
            // A call is not started with less than MIN_ATTEMPT_MS left; a retry
            // was planned only if the wait left that much, so there any time left
            // (the sleep may overrun by a few ms) is used.
            const remaining = deadline - clock.now();
            if (attempt === 1 ? remaining < MIN_ATTEMPT_MS : remaining <= 0) {
                throw failed({ problem: timeUp(timeoutMs) });
            }
            const outcome = await this.attempt(request, attempt, attemptTimeoutMs(timeoutMs, retries, remaining));
            if (outcome.ok)
                return outcome.answered;
            const left = deadline - clock.now();
            if (outcome.unanswered && left <= 0) {
                throw failed({ problem: timeUp(timeoutMs) });
            }
            if (!outcome.retryable)
                throw failed(outcome.details);
            const wait = planWait({
                retry: attempt,
                retries,
                retryAfterMs: outcome.retryAfterMs,
                remainingMs: left,
                random: clock.random()
            });
            if ('stop' in wait) {
                throw failed({ ...outcome.details, stopReason: wait.stop });
            }
            log.info(retryLine(attempt, retries, outcome.reason, wait.wait, wait.source));
            await clock.sleep(wait.wait);
        }
    }
    /** Sends once and says what came of it; throws only on a defect. */
    async attempt(request, attempt, timeoutMs) {
        this.logRequest(request, attempt);
        let answer;
        try {
            answer = await this.options.send({ ...request, timeoutMs });
        }
        catch (error) {
            if (!(error instanceof TransportError))
                throw error;
            const problem = describeTransport(error);
            return {
                ok: false,
                unanswered: true,
                retryable: isRetryableTransport(error),
                reason: problem,
                details: { problem }
            };
        }
        const requestId = requestIdOf(answer);
        this.logAnswer(answer);
        const verdict = judgeAnswer(answer);
        if (verdict.ok) {
            return {
                ok: true,
                answered: { body: verdict.body, status: answer.status, requestId }
            };
        }
        return {
            ok: false,
            unanswered: false,
            retryable: verdict.retryable,
            reason: verdict.errorCode
                ? `HTTP ${answer.status} ${verdict.errorCode}`
                : `HTTP ${answer.status}`,
            retryAfterMs: parseRetryAfter(verdict.retryAfter, this.options.clock.now()),
            details: {
                problem: verdict.problem,
                httpStatus: answer.status,
                ...(verdict.errorCode ? { errorCode: verdict.errorCode } : {}),
                ...(verdict.errorMsg ? { errorMsg: verdict.errorMsg } : {}),
                ...(requestId ? { requestId } : {})
            }
        };
    }
    logRequest(request, attempt) {
        const headers = JSON.stringify(redactHeaders(request.headers));
        const body = request.body === undefined
            ? ''
            : ` body ${redactBody(request.body, this.options.secrets)}`;
        this.options.log.debug(`attempt ${attempt}: ${request.method} ${request.url.href} headers ${headers}${body}`);
    }
    logAnswer(answer) {
        this.options.log.debug(`answer: HTTP ${answer.status}, request id ${requestIdOf(answer) ?? '-'}, ` +
            `body ${redactBody(answer.body, this.options.secrets).slice(0, 2000)}`);
    }
}
// Connection trouble that a second attempt can cure. Name lookups failing
// for good (ENOTFOUND) and certificate errors are not among them.
const RETRYABLE_TRANSPORT_CODES = [
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH'
];
function isRetryableTransport(error) {
    return (error.timedOut ||
        RETRYABLE_TRANSPORT_CODES.includes(error.code ?? '') ||
        /socket hang up/i.test(error.message));
}
function describeTransport(error) {
    if (error.timedOut) {
        return `the time for the attempt ran out: ${error.message}`;
    }
    return `no answer: ${error.message}${error.code && !error.message.includes(error.code) ? ` (${error.code})` : ''}`;
}
function timeUp(timeoutMs) {
    return `the time ran out ('timeout' is ${seconds(timeoutMs)}) before an answer came`;
}
function retryLine(attempt, retries, reason, waitMs, source) {
    return (`Attempt ${attempt} of ${retries + 1} failed (${reason}); ` +
        `retrying in ${seconds(waitMs)}` +
        (source === 'Retry-After' ? ' as Retry-After asks' : ''));
}
/** `result` is typed as a string in the API schemas but sent as an object. */
function looseJson(value) {
    if (typeof value !== 'string')
        return value;
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}
function parseSettings(result) {
    const items = Array.isArray(result) ? result : [];
    return items.filter(client_isRecord).map(item => {
        const map = client_isRecord(item.enable_map) ? item.enable_map : {};
        return {
            noticeType: String(item.notice_type ?? ''),
            enabled: EVENT_NAMES.filter(name => map[name] === true || map[name] === 'true')
        };
    });
}
function client_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/report.ts
/**
 * What a step tells the workflow: its outputs and the job summary. Built
 * from plain data, so both can be checked without running anything.
 */

/** Every output, as strings; an unknown value is an empty string. */
function outputsOf(outcome) {
    const changed = outcome.previous === undefined
        ? ''
        : String(!sameEvents(outcome.previous, outcome.events));
    return {
        status: outcome.status,
        job_id: outcome.jobId,
        result: outcome.result === undefined ? '' : JSON.stringify(outcome.result),
        http_status: outcome.httpStatus === undefined ? '' : String(outcome.httpStatus),
        error_code: outcome.errorCode ?? '',
        error_msg: outcome.errorMsg ?? '',
        request_id: outcome.requestId ?? '',
        events: outcome.events.join(','),
        matched_rule: outcome.matchedRule ?? '',
        previous: outcome.previous === undefined ? '' : outcome.previous.join(','),
        changed
    };
}
function sameEvents(a, b) {
    return a.length === b.length && a.every(name => b.includes(name));
}
const EVENT_LABELS = {
    buildJobSuccess: 'Build succeeded',
    buildJobFail: 'Build failed',
    deleteJob: 'Build task deleted',
    updateConfigJob: 'Configuration changed',
    forbiddenJob: 'Build task disabled'
};
const HEADLINES = {
    success: '✅ Notice updated',
    fail: '❌ Notice not updated',
    skipped: '⏭️ Skipped: no branch rule matched',
    'dry-run': '🔍 Dry run: nothing was changed'
};
/** The job summary in Markdown: the job, the events before and after. */
function summaryOf(outcome) {
    const facts = [
        ['Build task', code(outcome.jobId)],
        ['Notice type', outcome.noticeType && code(outcome.noticeType)],
        ['Branch', outcome.branch && code(outcome.branch)],
        ['Branch rule', outcome.matchedRule && code(outcome.matchedRule)],
        ['Endpoint', outcome.endpoint],
        ['HTTP status', outcome.httpStatus?.toString()],
        ['error_code', outcome.errorCode && code(outcome.errorCode)],
        ['error_msg', outcome.errorMsg && escapeCell(outcome.errorMsg)],
        ['Request id', outcome.requestId && code(outcome.requestId)]
    ];
    const lines = [
        `### ${HEADLINES[outcome.status]}`,
        '',
        '| | |',
        '| --- | --- |'
    ];
    for (const [name, value] of facts) {
        if (value)
            lines.push(`| ${name} | ${value} |`);
    }
    if (outcome.status !== 'skipped')
        lines.push('', ...eventTable(outcome));
    return `${lines.join('\n')}\n`;
}
function eventTable(outcome) {
    const columns = [];
    if (outcome.previous)
        columns.push(['Before', outcome.previous]);
    const wanted = outcome.status === 'success'
        ? 'After'
        : outcome.status === 'dry-run'
            ? 'Would be'
            : 'Requested';
    columns.push([wanted, outcome.after ?? outcome.events]);
    const header = `| Event | ${columns.map(([name]) => name).join(' | ')} |`;
    const rule = `| --- |${' --- |'.repeat(columns.length)}`;
    const rows = EVENT_NAMES.map(event => `| ${EVENT_LABELS[event]} (${code(event)}) | ` +
        `${columns.map(([, on]) => (on.includes(event) ? 'on' : 'off')).join(' | ')} |`);
    return [header, rule, ...rows];
}
function code(value) {
    return `\`${value.replace(/`/g, "'")}\``;
}
function escapeCell(value) {
    return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/branch-rules.ts
/**
 * Per-branch choice of notice events: the `branch_rules` input, the globs it
 * holds and the branch a run belongs to.
 */



const INPUT = 'branch_rules';
const FORM = `each line reads PATTERN: EVENTS, e.g. 'release/**: failure'`;
// Only `*`, `**`, `?` and `[...]` are meant to be special; every option that
// would give another character a meaning is turned off.
const GLOB_OPTIONS = Object.freeze({
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
});
// Git refuses whitespace, '\' and ':' in branch names, so a pattern holding
// one could never match: far more likely the line is mistyped. POSIX classes
// such as '[:digit:]' are the one legitimate place for a colon.
const IMPOSSIBLE_CHARACTER = /[\s\\:]/;
const POSIX_CLASS = /\[:[a-z]+:\]/g;
// Even with braces and extglobs off, picomatch reads '(...)' as a regular
// expression group and '{n}' as a repeat; all of them may occur in a branch
// name, so they are made literal.
const REGEX_ONLY_CHARACTERS = /[(){}|]/g;
const matchers = new WeakMap();
/**
 * Parses `branch_rules`: one `PATTERN: EVENTS` rule a line, `EVENTS` as in
 * the `events` input. Blank lines and lines starting with `#` are skipped,
 * so a pattern cannot start with `#` (write `[#]` instead). Each glob is
 * compiled here, so a bad one fails before any request is sent.
 *
 * @throws InputError naming `branch_rules` and the line of the first problem.
 */
function parseBranchRules(text) {
    const rules = [];
    text.split(/\r\n|\r|\n/).forEach((raw, index) => {
        const content = raw.trim();
        if (content === '' || content.startsWith('#'))
            return;
        rules.push(parseRule(content, index + 1));
    });
    return rules;
}
/**
 * The first rule whose pattern matches the whole branch name, if any. An
 * empty branch name matches nothing.
 */
function matchBranchRule(rules, branch) {
    if (branch === '')
        return undefined;
    return rules.find(rule => matcherFor(rule)(branch));
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
function currentBranch(refInput, env) {
    const explicit = nonEmpty(refInput)?.replace(/^refs\/(heads|tags)\//, '');
    return (nonEmpty(explicit) ??
        nonEmpty(env.GITHUB_HEAD_REF) ??
        nonEmpty(env.GITHUB_REF_NAME));
}
function parseRule(content, line) {
    // Events never contain a colon, so the last one always separates them
    // from the pattern, even when the pattern holds a class like [[:digit:]].
    const colon = content.lastIndexOf(':');
    if (colon === -1) {
        throw malformed(line, `no ':' in '${printable(content)}'`);
    }
    const pattern = content.slice(0, colon).trim();
    const matcher = compile(pattern, line);
    const events = parseRuleEvents(content.slice(colon + 1), line);
    // Frozen so that the pattern cannot drift from the matcher kept for it.
    const rule = Object.freeze({ pattern, events, line });
    matchers.set(rule, matcher);
    return rule;
}
function parseRuleEvents(value, line) {
    if (value.trim() === '') {
        throw malformed(line, `nothing after ':'; name the events, or 'none'`);
    }
    try {
        return parseEvents(value, INPUT);
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        throw malformed(line, withoutInputName(error));
    }
}
function compile(pattern, line) {
    if (pattern === '') {
        throw malformed(line, `no pattern before ':'; '**' matches every branch`);
    }
    const shown = printable(pattern);
    if (pattern.startsWith('!')) {
        throw malformed(line, `'${shown}' starts with '!', which does not negate here; the first ` +
            `matching rule wins, so put the exception on an earlier line`);
    }
    const impossible = IMPOSSIBLE_CHARACTER.exec(pattern.replace(POSIX_CLASS, ''));
    if (impossible) {
        throw malformed(line, `'${shown}' contains '${printable(impossible[0])}', ` +
            `which no branch name can`);
    }
    try {
        const glob = pattern.replace(REGEX_ONLY_CHARACTERS, '\\$&');
        return picomatch_default()(glob, GLOB_OPTIONS);
    }
    catch (error) {
        // picomatch's advice to escape with '\' does not apply: see above.
        const message = error instanceof Error ? error.message : String(error);
        const reason = message.split(' - ')[0];
        throw malformed(line, `'${shown}' is not a valid pattern: ${reason}`);
    }
}
function matcherFor(rule) {
    let matcher = matchers.get(rule);
    if (!matcher) {
        // A rule built by hand rather than parsed: compile it on first use.
        matcher = compile(rule.pattern, rule.line);
        matchers.set(rule, matcher);
    }
    return matcher;
}
function malformed(line, problem) {
    return new InputError(INPUT, `line ${line}: ${problem} (${FORM})`);
}
// parseEvents names the input itself; the line number goes in between.
function withoutInputName(error) {
    const prefix = new InputError(error.input, '').message;
    return error.message.startsWith(prefix)
        ? error.message.slice(prefix.length)
        : error.message;
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}

;// CONCATENATED MODULE: ./src/credentials.ts
/**
 * Which credentials sign the requests: an IAM token, or an access key pair
 * from the inputs or from the variables huaweicloud/auth-action exports.
 */

/** The variables huaweicloud/auth-action exports for later steps. */
const ENV = {
    accessKey: 'HUAWEI_CLOUD_ACCESS_KEY_ID',
    secretKey: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
    securityToken: 'HUAWEI_CLOUD_SECURITY_TOKEN',
    projectId: 'HUAWEI_CLOUD_PROJECT_ID',
    region: 'HUAWEI_CLOUD_REGION'
};
/**
 * Explicit inputs win over the environment, and a key pair always comes
 * whole from one place, so that a key from one account is never signed with
 * the secret of another.
 */
function resolveCredentials(sources) {
    const { inputs, environment } = sources;
    if (inputs.token && inputs.accessKey) {
        throw new InputError('token', "cannot be combined with 'access_key'; give either a token or a key pair");
    }
    if (inputs.token) {
        if (inputs.secretKey || inputs.securityToken) {
            const other = inputs.secretKey ? 'secret_key' : 'security_token';
            throw new InputError('token', `cannot be combined with '${other}'; give either a token or a key pair`);
        }
        return { kind: 'token', token: inputs.token };
    }
    if (inputs.accessKey || inputs.secretKey) {
        requireBoth(inputs.accessKey, inputs.secretKey, 'access_key', 'secret_key');
        return accessKey(inputs, sources.projectId, 'inputs');
    }
    if (inputs.securityToken) {
        throw new InputError('security_token', "belongs to a key pair; give 'access_key' and 'secret_key' with it");
    }
    if (environment.accessKey || environment.secretKey) {
        requireBoth(environment.accessKey, environment.secretKey, ENV.accessKey, ENV.secretKey);
        return accessKey(environment, sources.projectId, 'environment');
    }
    return { kind: 'none' };
}
function requireBoth(accessKeyValue, secretKeyValue, accessKeyName, secretKeyName) {
    const missing = accessKeyValue ? secretKeyName : accessKeyName;
    const present = accessKeyValue ? accessKeyName : secretKeyName;
    if (!accessKeyValue || !secretKeyValue) {
        throw new InputError(missing, `is missing, but '${present}' is given; an access key pair needs both`);
    }
}
function accessKey(values, projectId, source) {
    return {
        kind: 'access-key',
        source,
        key: {
            accessKey: values.accessKey,
            secretKey: values.secretKey,
            ...(values.securityToken ? { securityToken: values.securityToken } : {}),
            ...(projectId ? { projectId } : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Reads every input once, checks it, and returns one frozen settings object.
 * Nothing here sends a request, so every mistake in the workflow is reported
 * before a byte leaves the runner.
 */





/** Inputs whose values must be masked before anything is logged. */
const SECRET_INPUTS = [
    'token',
    'access_key',
    'secret_key',
    'security_token',
    'param_config'
];
/** Environment variables holding secrets the action may fall back to. */
const SECRET_VARIABLES = [
    ENV.accessKey,
    ENV.secretKey,
    ENV.securityToken
];
const JOB_ID = /^[0-9a-z]{32}$/;
const PROJECT_ID = /^[0-9a-f]{32}$/;
// Printable ASCII without spaces: what a header value can carry unchanged.
const HEADER_SAFE = /^[\x21-\x7e]+$/;
const MAX_PARAM_CONFIG = 64 * 1024;
// A full ref such as refs/heads/… plus a branch name of git's longest.
const MAX_REF_LENGTH = 512;
function readSettings(read, env) {
    const value = (name) => read(name).trim();
    const variable = (name) => (env[name] ?? '').trim();
    const jobId = parseJobId(value('job_id'));
    const noticeType = parseNoticeType(value('notice_type'));
    const plan = choosePlan(value('events'), read('branch_rules'), value, env);
    const paramConfig = parseParamConfig(value('param_config'));
    const credentials = resolveCredentials({
        inputs: {
            token: secret(value, 'token', 16 * 1024),
            accessKey: accessKeyId(value, 'access_key'),
            secretKey: secret(value, 'secret_key', 256),
            securityToken: secret(value, 'security_token', 16 * 1024)
        },
        environment: {
            accessKey: accessKeyId(variable, ENV.accessKey),
            secretKey: secret(variable, ENV.secretKey, 256),
            securityToken: secret(variable, ENV.securityToken, 16 * 1024)
        },
        projectId: parseProjectId(value, variable)
    });
    const regionInput = value('region');
    const region = regionInput
        ? parseRegion(regionInput, 'region')
        : variable(ENV.region)
            ? parseRegion(variable(ENV.region), ENV.region)
            : DEFAULT_REGION;
    const endpoint = resolveEndpoint(value('endpoint'), region);
    const dryRun = parseBoolean(value('dry_run'), 'dry_run', false);
    if (credentials.kind === 'none' && !dryRun) {
        throw new InputError('access_key', "no credentials were given; set 'access_key' and 'secret_key' " +
            "(or run huaweicloud/auth-action first), or 'token'");
    }
    return Object.freeze({
        jobId,
        noticeType,
        plan,
        ...(paramConfig ? { paramConfig } : {}),
        credentials,
        endpoint,
        timeoutSeconds: parseWholeNumber(value('timeout'), 'timeout', 60, 1, 3600),
        retries: parseWholeNumber(value('retries'), 'retries', 3, 0, 10),
        failOnError: parseBoolean(value('fail_on_error'), 'fail_on_error', true),
        dryRun,
        verify: parseBoolean(value('verify'), 'verify', false)
    });
}
function parseJobId(value) {
    if (JOB_ID.test(value))
        return value;
    const problem = value === ''
        ? 'is empty'
        : value.length === 32
            ? `'${printable(value, 40)}' has characters other than 0-9 and a-z`
            : `'${printable(value, 40)}' has ${value.length} characters`;
    throw new InputError('job_id', `${problem}; expected the 32 characters [0-9a-z] at the end of the ` +
        'build task URL in CodeArts Build');
}
function parseParamConfig(value) {
    if (value.length > MAX_PARAM_CONFIG) {
        throw new InputError('param_config', `is ${value.length} characters long; at most ${MAX_PARAM_CONFIG} are accepted`);
    }
    if (hasControlCharacters(value)) {
        throw new InputError('param_config', 'contains control characters; expected text such as a JSON object');
    }
    return value;
}
/** Checks a credential's form without ever echoing its value. */
function secret(value, name, maxLength) {
    const text = value(name);
    if (text === '')
        return '';
    if (text.length > maxLength) {
        throw new InputError(name, `is ${text.length} characters long; at most ${maxLength} are expected`);
    }
    if (!HEADER_SAFE.test(text)) {
        throw new InputError(name, 'contains spaces, control or non-ASCII characters; expected the ' +
            'credential exactly as Huawei Cloud issued it');
    }
    return text;
}
/**
 * An access key id is letters and digits; anything else would also break
 * the `Access=…, SignedHeaders=…` syntax of the Authorization header.
 */
function accessKeyId(value, name) {
    const text = secret(value, name, 128);
    if (text === '' || /^[A-Za-z0-9]+$/.test(text))
        return text;
    throw new InputError(name, 'contains characters other than letters and digits; expected the ' +
        'access key id exactly as Huawei Cloud issued it');
}
function parseProjectId(value, variable) {
    const [name, id] = value('project_id')
        ? ['project_id', value('project_id')]
        : [ENV.projectId, variable(ENV.projectId)];
    if (id === '' || PROJECT_ID.test(id))
        return id;
    throw new InputError(name, `'${printable(id, 40)}' is not a project id; expected 32 characters ` +
        '[0-9a-f], as shown under My Credentials > API Credentials');
}
function choosePlan(eventsInput, rulesInput, value, env) {
    // Git refuses control characters in branch names, so a rule holding one
    // could never match.
    if (hasControlCharacters(rulesInput)) {
        throw new InputError('branch_rules', 'contains control characters');
    }
    checkRef(value('ref'));
    const rules = rulesInput.trim() === '' ? [] : parseBranchRules(rulesInput);
    const fallback = eventsInput === '' && rules.length > 0
        ? undefined
        : parseEvents(eventsInput);
    if (rules.length === 0)
        return { action: 'update', events: fallback ?? [] };
    const branch = currentBranch(value('ref'), env);
    const rule = branch === undefined ? undefined : matchBranchRule(rules, branch);
    const known = branch === undefined ? {} : { branch };
    if (rule) {
        return {
            action: 'update',
            events: rule.events,
            matchedRule: rule.pattern,
            ...known
        };
    }
    if (fallback)
        return { action: 'update', events: fallback, ...known };
    return { action: 'skip', branch: branch ?? '' };
}
/**
 * The `ref` input, checked whether or not branch rules use it: git allows
 * no spaces or control characters in a ref, and no component over 255 bytes.
 */
function checkRef(ref) {
    if (/[\p{Cc}\s]/u.test(ref)) {
        throw new InputError('ref', `'${printable(ref, 40)}' contains spaces or control characters; ` +
            'expected a branch or tag name such as main or refs/heads/main');
    }
    if (ref.length > MAX_REF_LENGTH) {
        throw new InputError('ref', `is ${ref.length} characters long; at most ${MAX_REF_LENGTH} are expected`);
    }
}
/** Control characters other than the tab and line breaks of multi-line text. */
function hasControlCharacters(value) {
    return /\p{Cc}/u.test(value.replace(/[\t\r\n]/g, ''));
}
/** YAML 1.2 core schema booleans, as workflow authors write them. */
function parseBoolean(value, name, fallback) {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(name, `'${printable(value, 40)}' is not a boolean; expected true or false`);
}
function parseWholeNumber(value, name, fallback, min, max) {
    if (value === '')
        return fallback;
    const number = /^[0-9]{1,6}$/.test(value) ? Number(value) : NaN;
    if (number >= min && number <= max)
        return number;
    throw new InputError(name, `'${printable(value, 40)}' is not a whole number from ${min} to ${max}`);
}

;// CONCATENATED MODULE: ./src/steps.ts


async function updateNotice(context, verify) {
    const { client, log, jobId, body } = context;
    const noticeType = body.notice_type;
    const wanted = body.enabled_event_type_names;
    const previous = verify
        ? enabledFor(await client.listNotice(jobId), noticeType)
        : undefined;
    log.info(`Updating the ${noticeType} notice of job ${jobId}: ${onOff(wanted)}`);
    const answer = await client.updateNotice(jobId, body);
    log.info(`Updated (HTTP ${answer.httpStatus}, request id ${answer.requestId ?? '-'}).`);
    const outcome = {
        status: 'success',
        jobId: answer.jobId ?? jobId,
        result: answer.result,
        httpStatus: answer.httpStatus,
        ...(answer.requestId ? { requestId: answer.requestId } : {}),
        ...(previous ? { previous } : {})
    };
    if (!verify)
        return { outcome };
    const after = enabledFor(await client.listNotice(jobId), noticeType);
    if (!sameEvents(after, wanted)) {
        return {
            outcome: { ...outcome, status: 'fail', after },
            failure: `The update of the ${noticeType} notice of job ${jobId} was accepted ` +
                `(request id ${answer.requestId ?? '-'}), but reading it back shows ` +
                `${onOff(after)} instead of ${onOff(wanted)}. Another change may have ` +
                'raced this one, or the service ignored part of it: run the step again, ' +
                'and check the build task in the console.'
        };
    }
    log.info(`Verified: the ${noticeType} notice reads back ${onOff(after)}.`);
    return { outcome: { ...outcome, after } };
}
async function dryRun(context, canRead) {
    const { client, log, jobId, body, secrets } = context;
    log.info('Dry run: nothing is changed. The update would send:');
    log.info(describeRequest(client.prepareUpdate(jobId, body), secrets));
    if (!canRead) {
        log.info('No credentials were given, so the current settings were not read.');
        return { outcome: { status: 'dry-run' } };
    }
    const previous = enabledFor(await client.listNotice(jobId), body.notice_type);
    const wanted = body.enabled_event_type_names;
    log.info(`Now on: ${list(previous)}`);
    log.info(`Would switch on: ${list(wanted.filter(e => !previous.includes(e)))}`);
    log.info(`Would switch off: ${list(previous.filter(e => !wanted.includes(e)))}`);
    return { outcome: { status: 'dry-run', previous } };
}
function describeRequest(request, secrets) {
    const headers = Object.entries(redactHeaders(request.headers)).map(([name, value]) => `  ${name}: ${value}`);
    const body = request.body === undefined
        ? []
        : ['', `  ${redactBody(request.body, secrets)}`];
    return [`  ${request.method} ${request.url.href}`, ...headers, ...body].join('\n');
}
/** The events on for one notice type; a type not listed has none on. */
function enabledFor(settings, noticeType) {
    const setting = settings.find(item => item.noticeType.toUpperCase() === noticeType);
    return setting ? [...setting.enabled] : [];
}
function onOff(on) {
    return `on ${list(on)}`;
}
function list(events) {
    return events.length === 0 ? '(none)' : events.join(', ');
}

;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, as package.json gives it; a test keeps them equal. */
const VERSION = '1.0.0';
const USER_AGENT = `codearts-notice-action/${VERSION}`;

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The step from start to end: mask secrets, read the settings, call the
 * service, report. The work itself lives in other modules; this one wires
 * them to the runner.
 */










async function run(clock = systemClock) {
    const startedAt = clock.now();
    const secrets = maskSecrets();
    let settings;
    try {
        settings = readSettings(name => core/* getInput */.V4(name), process.env);
    }
    catch (error) {
        // A mistake in the workflow fails the step whatever fail_on_error says:
        // it will not go away on the next run.
        await report({ status: 'fail', jobId: core/* getInput */.V4('job_id'), events: [] });
        core/* setFailed */.C1(messageOf(error));
        return;
    }
    logSettings(settings);
    const { plan } = settings;
    if (plan.action === 'skip') {
        const branch = plan.branch || '(unknown)';
        core/* notice */.lm(`No branch rule matches branch '${branch}' and 'events' is empty, ` +
            'so the notice settings were left as they are.');
        await report({
            status: 'skipped',
            jobId: settings.jobId,
            events: [],
            branch
        });
        return;
    }
    const timeoutMs = settings.timeoutSeconds * 1000;
    const log = { info: core/* info */.pq, debug: core/* debug */.Yz };
    const client = new CodeArtsBuildClient({
        endpoint: settings.endpoint.url,
        credentials: settings.credentials,
        send: createTransport(USER_AGENT),
        clock,
        log,
        retries: settings.retries,
        timeoutMs,
        deadline: startedAt + timeoutMs,
        secrets
    });
    const context = {
        client,
        log,
        jobId: settings.jobId,
        secrets,
        body: {
            notice_type: settings.noticeType,
            enabled_event_type_names: plan.events,
            ...(settings.paramConfig ? { param_config: settings.paramConfig } : {})
        }
    };
    const result = await attempt(() => settings.dryRun
        ? dryRun(context, settings.credentials.kind !== 'none')
        : updateNotice(context, settings.verify));
    await report({
        jobId: settings.jobId,
        noticeType: settings.noticeType,
        events: plan.events,
        endpoint: settings.endpoint.url.origin,
        ...(plan.matchedRule ? { matchedRule: plan.matchedRule } : {}),
        ...(plan.branch ? { branch: plan.branch } : {}),
        ...result.outcome,
        ...(result.outcome.errorMsg
            ? { errorMsg: redactText(result.outcome.errorMsg, secrets) }
            : {})
    });
    if (result.failure === undefined)
        return;
    const message = redactText(result.failure, secrets);
    if (settings.failOnError)
        core/* setFailed */.C1(message);
    else
        core/* warning */.$e(`${message}\n(fail_on_error is false, so the step passes.)`);
}
/** Turns a failed call into a result, so outputs are set on failure too. */
async function attempt(step) {
    try {
        return await step();
    }
    catch (error) {
        if (!(error instanceof ApiError))
            throw error;
        const { failure } = error;
        return {
            outcome: {
                status: 'fail',
                httpStatus: failure.httpStatus,
                errorCode: failure.errorCode,
                errorMsg: failure.errorMsg,
                requestId: failure.requestId
            },
            failure: error.message
        };
    }
}
/**
 * Registers every secret with the runner before anything is logged, whether
 * or not it will be used: a value given by mistake must not leak either.
 */
function maskSecrets() {
    const values = [
        ...SECRET_INPUTS.map(name => core/* getInput */.V4(name, { trimWhitespace: false })),
        ...SECRET_VARIABLES.map(name => process.env[name] ?? '')
    ];
    const parts = secretParts(values.flatMap(value => [value, value.trim()]));
    for (const part of parts)
        core/* setSecret */.Pq(part);
    return parts;
}
function logSettings(settings) {
    const { endpoint, credentials, plan } = settings;
    if (endpoint.warning)
        core/* warning */.$e(endpoint.warning);
    core/* info */.pq(`Endpoint: ${endpoint.url.href}`);
    if (plan.action === 'update' && plan.matchedRule) {
        core/* info */.pq(`Branch rule '${plan.matchedRule}' chose the events.`);
    }
    core/* debug */.Yz(`settings: job_id=${settings.jobId} notice_type=${settings.noticeType} ` +
        `credentials=${credentials.kind}` +
        (credentials.kind === 'access-key'
            ? ` (from ${credentials.source})`
            : '') +
        ` timeout=${settings.timeoutSeconds}s retries=${settings.retries} ` +
        `fail_on_error=${settings.failOnError} dry_run=${settings.dryRun} ` +
        `verify=${settings.verify} param_config=${settings.paramConfig ? 'given' : 'empty'}`);
}
async function report(outcome) {
    for (const [name, value] of Object.entries(outputsOf(outcome))) {
        core/* setOutput */.uH(name, value);
    }
    // Outside a runner (a local run) there is no summary file to write to.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(summaryOf(outcome)).write();
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(744);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  s_: () => (/* binding */ lib_getProxyUrl)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/stubs/undici.ts
/**
 * Stands in for undici inside dist/index.js. tsconfig.json `paths` maps the
 * name `undici` here, and ncc applies that mapping to every import it
 * bundles, those inside node_modules included.
 *
 * Why: @actions/http-client imports undici at load time for one method,
 * getAgentDispatcher(), which hands a ProxyAgent to fetch-based clients.
 * This action sends through HttpClient.request(), whose proxy support
 * (HTTPS_PROXY, NO_PROXY) is built on the tunnel package and stays intact.
 * undici was four fifths of the bundle (900 KB), and loading it cost every
 * run about 40 ms of a 135 ms step.
 *
 * jest ignores `paths`: tests that load the source get the real undici.
 */
class ProxyAgent {
    constructor() {
        throw new Error('undici is left out of this action, so HttpClient.getAgentDispatcher() ' +
            'is not available; use HttpClient.request(), which supports proxies ' +
            'through the tunnel package (see src/stubs/undici.ts)');
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
