/** The action's version, as package.json gives it; a test keeps them equal. */
export const VERSION = '1.0.0'

export const USER_AGENT = `codearts-notice-action/${VERSION}`
