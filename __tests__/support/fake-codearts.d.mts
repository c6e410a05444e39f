/** Types for the plain-JavaScript fake service. */
export const JOB_ID: string
export const TOKEN: string
export const ACCESS_KEY: string
export const SECRET_KEY: string
export const PROJECT_ID: string

export interface ScriptedAnswer {
  status?: number
  headers?: Record<string, string>
  body?: string | object
  delayMs?: number
  behaviour?: 'hang' | 'drop' | 'drip' | 'huge' | 'stall' | 'raw'
  bytes?: number
  raw?: string
}

export interface ReceivedRequest {
  method: string
  path: string
  headers: Record<string, string | undefined>
  body: string
  at: number
}

export interface Notice {
  enable_map: Record<string, boolean>
  param_config: string
}

export interface FakeCodeArts {
  url: string
  port: number
  requests: ReceivedRequest[]
  notices(id: string): Record<string, Notice>
  script(...answers: ScriptedAnswer[]): void
  ignoreUpdates(noticeType: string): void
  close(): Promise<void>
}

export function startFakeCodeArts(options?: {
  port?: number
  jobs?: string[]
  tokens?: string[]
  keys?: Record<string, string>
  now?: () => number
  tls?: { key: string; cert: string }
}): Promise<FakeCodeArts>
