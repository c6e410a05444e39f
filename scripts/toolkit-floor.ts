// The least an action built on the toolkit can do for the same answer, timed
// by `npm run bench` beside the action and the bare Node script: load
// @actions/core and @actions/http-client, send the POST, read the answer and
// set one output. No input checks, masking, retries, deadline, log lines or
// summary. The bench bundles it with ncc and this repository's tsconfig.json,
// so it loads exactly the toolkit modules that dist/index.js loads.
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'

const client = new HttpClient('toolkit-floor', [], {
  allowRedirects: false,
  allowRetries: false,
  keepAlive: false
})
const response = await client.post(
  core.getInput('url'),
  core.getInput('body'),
  {
    'Content-Type': 'application/json;charset=UTF-8',
    'X-Auth-Token': core.getInput('token')
  }
)
await response.readBody()
client.dispose()
core.setOutput(
  'status',
  response.message.statusCode === 200 ? 'success' : 'fail'
)
