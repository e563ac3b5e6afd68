// SPDX-License-Identifier: MIT
// A loopback stand-in for ClickHouse's HTTP interface, backed by chDB (the ClickHouse engine as a library), so the
// tests run the client's SQL on a current engine. Usage: node chdb-http.js [--password PW]
// Prints "listening PORT" once it accepts connections on 127.0.0.1 (an ephemeral port).
// It serves what the client uses: GET/POST /?query=... with the query (or its rest) in the body, param_NAME values
// (TSV-escaped, as the server reads them), the user and key as X-ClickHouse-User/-Key headers or basic auth, and
// errors as "Code: N. DB::Exception: ..." with HTTP 500 (516 for a wrong password), as ClickHouse answers them.
'use strict';

const http = require('http');
const path = require('path');
const os = require('os');

const cacheDir = process.env.UE_CHDB_DIR || path.join(os.homedir(), '.cache', 'usage-explorer', 'chdb');
let chdb;
try {
    chdb = require(path.join(cacheDir, 'node_modules', 'chdb'));
} catch (e) {
    process.stderr.write(`chdb is not installed in ${cacheDir} (run tests/support/clickhouse/install-engines.sh): ${e.message}\n`);
    process.exit(3);
}

const args = process.argv.slice(2);
const password = args.indexOf('--password') >= 0 ? args[args.indexOf('--password') + 1] : '';
const session = new chdb.Session();

// The server reads param_ values in the Escaped (TSV) form; chDB's queryBind escapes strings itself.
function tsvUnescape(text) {
    const map = { b: '\b', f: '\f', r: '\r', n: '\n', t: '\t', 0: '\0', a: '\x07', v: '\v' };
    return text.replace(/\\(.)/gs, (_, c) => (c in map ? map[c] : c));
}

function credentials(req, url) {
    let user = req.headers['x-clickhouse-user'] || url.searchParams.get('user') || 'default';
    let key = req.headers['x-clickhouse-key'] || url.searchParams.get('password') || '';
    const auth = req.headers.authorization || '';
    if (auth.startsWith('Basic ')) {
        const plain = Buffer.from(auth.slice(6), 'base64').toString('utf8');
        const colon = plain.indexOf(':');
        user = plain.slice(0, colon);
        key = plain.slice(colon + 1);
    }
    return { user, key };
}

function fail(res, status, code, text) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=UTF-8', 'X-ClickHouse-Exception-Code': String(code) });
    res.end(`Code: ${code}. DB::Exception: ${text}\n`);
}

const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const url = new URL(req.url, 'http://127.0.0.1');
        if (url.pathname === '/ping') {
            res.end('Ok.\n');
            return;
        }
        const { user, key } = credentials(req, url);
        if (user !== 'default' || key !== password) {
            fail(res, 516, 516, `${user}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`);
            return;
        }
        const body = Buffer.concat(chunks).toString('utf8');
        const sql = [url.searchParams.get('query') || '', body].filter((s) => s.length > 0).join('\n');
        const params = {};
        for (const [name, value] of url.searchParams) {
            if (name.startsWith('param_'))
                params[name.slice(6)] = tsvUnescape(value);
        }
        try {
            const out = session.queryBind(sql, params, 'TabSeparated');
            res.writeHead(200, { 'Content-Type': 'text/tab-separated-values; charset=UTF-8' });
            res.end(out);
        } catch (e) {
            const message = String(e.message).replace(/^Query failed: /, '');
            const m = /^Code: (\d+)\. DB::Exception: ([\s\S]*)$/.exec(message);
            if (m)
                fail(res, 500, Number(m[1]), m[2].trim());
            else
                fail(res, 500, 1001, message.trim());
        }
    });
});

server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => {
    server.close();
    session.close();
    process.exit(0);
});
