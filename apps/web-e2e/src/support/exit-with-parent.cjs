// Preloaded into the server under test (node --require). The test runner holds the other end of
// our stdin pipe and never writes to it; when the runner dies without stopping us (SIGKILL, a
// crash, a killed CI step) the pipe closes and we exit, instead of holding the port and the
// temporary database for ever.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
