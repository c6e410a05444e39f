/**
 * Stands in for @actions/exec inside dist/index.js, mapped here by
 * tsconfig.json `paths` like undici.ts.
 *
 * Why: @actions/core imports @actions/exec (and through it @actions/io) only
 * for core.platform.getDetails(), which runs lsb_release, sw_vers or
 * PowerShell to name the operating system. This action never asks, yet every
 * run loaded child_process and both packages: about 3 ms. Without them the
 * bundle holds no code that starts a process. core.platform's constants
 * (platform, arch, isLinux…) do not use it and still work.
 */
export async function getExecOutput(): Promise<never> {
  throw new Error(
    '@actions/exec is left out of this action, so ' +
      'core.platform.getDetails() is not available (see src/stubs/actions-exec.ts)'
  )
}
