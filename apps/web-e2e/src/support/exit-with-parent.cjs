// Preloaded into the server under test (node --require). The test runner holds the other end of
// our stdin pipe and never writes to it; when the runner dies without stopping us (SIGKILL, a
// crash, a killed CI step) the pipe closes and we exit, instead of holding the port and the
// temporary database for ever.
//
// Worker threads inherit --require (Node passes process.execArgv on), and a worker's process.stdin
// ends at once: without this guard every PDF render worker exited on start and the report hung.
if (require('node:worker_threads').isMainThread) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}
