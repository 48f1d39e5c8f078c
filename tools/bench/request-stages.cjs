// Preloaded into the API process bench:api times (NODE_OPTIONS=--require, api.bench.ts): splits each
// GraphQL request's time in the server into the statements' own time (from `pg` sending one to its
// answer) and what the API spends around them: before the first statement (HTTP, Express, Apollo,
// Nest, the token), between statements (mapping rows, pipes, service logic) and after the last one
// (GraphQL execution, JSON, the write). It also sums each statement's own time by its place in the
// request (`byPlace`: a benchmark case sends the same statements in the same order every time).
// GET /__bench/stages answers the sums since the last GET, before any of the app's middleware.
// A measurement aid for the benchmark only: the app never loads it.
const http = require('node:http');
const pg = require('pg');

const now = () => Number(process.hrtime.bigint()) / 1e6;
let current = null;
const noTime = () => ({ requests: 0, before: 0, sql: 0, between: 0, after: 0, byPlace: [] });
let sums = noTime();

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event !== 'request') return emit.apply(this, arguments);
  if (req.url === '/__bench/stages') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(sums));
    sums = noTime();
    return true;
  }
  if (req.url.startsWith('/graphql')) {
    const request = { start: now(), statements: [] };
    current = request;
    res.on('finish', () => {
      const end = now();
      const spans = request.statements;
      sums.requests++;
      if (!spans.length) return void (sums.before += end - request.start);
      sums.before += spans[0].sent - request.start;
      // Statements may overlap (Promise.all): the time with one in flight counts once.
      let busyUntil = spans[0].sent;
      spans.forEach((span, place) => {
        const sum = sums.byPlace[place] ?? (sums.byPlace[place] = { text: span.text, ms: 0 });
        sum.ms += span.answered - span.sent;
      });
      for (const span of spans) {
        if (span.sent > busyUntil) sums.between += span.sent - busyUntil;
        sums.sql += Math.max(0, span.answered - Math.max(span.sent, busyUntil));
        busyUntil = Math.max(busyUntil, span.answered);
      }
      sums.after += end - busyUntil;
    });
  }
  return emit.apply(this, arguments);
};

// Requests are timed one at a time (one kept-alive connection), so the statement belongs to `current`.
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config) {
  const sent = now();
  const result = query.apply(this, arguments);
  if (current && result && typeof result.then === 'function') {
    // The text by reference: folding it here would add work to the very request being timed.
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    const span = { sent, answered: 0, text };
    current.statements.push(span);
    const answered = () => void (span.answered = now());
    result.then(answered, answered);
  }
  return result;
};
