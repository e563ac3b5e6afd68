// SPDX-License-Identifier: MIT
// The DuckDB side of the benchmark: per-user totals of one dump, as an analyst would compute them with DuckDB.
// Usage: node bench/duckdb-aggregate.mjs FORMAT FILE | --version
// DuckDB runs as its users would run it: the reader's default settings (threads, maximum_object_size,
// max_line_size, ...) with the columns named; no record of these dumps comes near its limits.
// Prints one JSON array per user: [user_id, count, prompt_tokens, completion_tokens, cost_nanos], then on stderr
// "query-seconds S" (the time of the query alone, without starting node and DuckDB).
// Costs are summed as integer nano-USD (round(cost * 1e9) per row), so they compare exactly.

import { DuckDBInstance } from '@duckdb/node-api';
import { openSync, readSync, closeSync } from 'node:fs';

const [format, file] = process.argv.slice(2);
if (format === '--version') {
    const instance = await DuckDBInstance.create(':memory:');
    const rows = (await (await instance.connect()).runAndReadAll('SELECT version()')).getRows();
    console.log(String(rows[0][0]));
    process.exit(0);
}
if (!format || !file) {
    console.error('usage: duckdb-aggregate.mjs FORMAT FILE');
    process.exit(2);
}

const lit = (s) => `'${s.replaceAll("'", "''")}'`;
const f = lit(file);

// The header line of a CSV file (after decompression when DuckDB would decompress it itself we do not peek:
// compressed CSV inputs use the fixed column lists below).
function csvHeader(columnsIfCompressed) {
    if (/\.(gz|zst)$/.test(file))
        return columnsIfCompressed;
    const fd = openSync(file, 'r');
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    closeSync(fd);
    const line = buf.subarray(0, n).toString('utf8').split(/\r?\n/)[0];
    return line.split(',').map((c) => c.replace(/^"|"$/g, ''));
}

function csvColumns(names, types) {
    return '{' + names.map((n) => `${lit(n)}: ${lit(types[n] ?? 'VARCHAR')}`).join(', ') + '}';
}

const exportCsvColumns = ['response_id', 'response_created_at', 'response_status', 'request_created_at',
    'request_body', 'request_properties', 'request_user_id', 'model', 'prompt_tokens', 'completion_tokens',
    'latency', 'cost'];
const webCsvColumns = ['_type', 'id', 'schema', 'preview', 'model', 'raw', 'heliconeMetadata'];
const clickhouseCsvColumns = ['response_id', 'response_created_at', 'latency', 'status', 'completion_tokens',
    'prompt_tokens', 'model', 'request_id', 'request_created_at', 'user_id', 'organization_id', 'threat',
    'time_to_first_token', 'provider', 'target_url', 'country_code', 'cache_enabled', 'properties', 'scores',
    'request_body', 'response_body', 'assets', 'prompt_cache_write_tokens', 'prompt_cache_read_tokens',
    'reasoning_tokens', 'cost', 'prompt_id', 'prompt_version', 'cache_reference_id', 'request_referrer',
    'storage_location', 'size_bytes', 'updated_at'];

// Each format: a FROM clause and the expressions of user, prompt, completion and cost (nanos).
function source() {
    const usd = (e) => `round(${e} * 1e9)::BIGINT`;
    switch (format) {
    case 'helicone-jsonl':
    case 'helicone-json': {
        const cols = "{request_user_id: 'VARCHAR', prompt_tokens: 'BIGINT', completion_tokens: 'BIGINT', cost: 'DOUBLE'}";
        const from = format === 'helicone-json'
            ? `read_json(${f}, format = 'array', columns = ${cols})`
            : `read_ndjson(${f}, columns = ${cols})`;
        return { from, user: 'request_user_id', prompt: 'prompt_tokens', completion: 'completion_tokens',
                 cost: usd('cost') };
    }
    case 'web-jsonl':
        return {
            from: `read_ndjson(${f}, columns = {heliconeMetadata: 'STRUCT("user" VARCHAR, promptTokens BIGINT, `
                + `completionTokens BIGINT, cost DOUBLE)'})`,
            user: 'heliconeMetadata."user"', prompt: 'heliconeMetadata.promptTokens',
            completion: 'heliconeMetadata.completionTokens', cost: usd('heliconeMetadata.cost'),
        };
    case 'clickhouse-jsonl':
        return {
            from: `read_ndjson(${f}, columns = {user_id: 'VARCHAR', prompt_tokens: 'BIGINT', `
                + `completion_tokens: 'BIGINT', cost: 'UBIGINT'})`,
            user: 'user_id', prompt: 'prompt_tokens', completion: 'completion_tokens', cost: 'cost',
        };
    case 'export-csv': {
        const names = csvHeader(exportCsvColumns);
        const types = { prompt_tokens: 'BIGINT', completion_tokens: 'BIGINT', cost: 'DOUBLE' };
        return {
            from: `read_csv(${f}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', `
                + `columns = ${csvColumns(names, types)})`,
            user: 'request_user_id', prompt: 'prompt_tokens', completion: 'completion_tokens', cost: usd('cost'),
        };
    }
    case 'web-csv': {
        const names = csvHeader(webCsvColumns);
        const m = (k) => `json_extract_string(heliconeMetadata, '$.${k}')`;
        return {
            from: `read_csv(${f}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', `
                + `new_line = '\\r\\n', columns = ${csvColumns(names, {})})`,
            user: m('user'), prompt: `${m('promptTokens')}::BIGINT`, completion: `${m('completionTokens')}::BIGINT`,
            cost: usd(`${m('cost')}::DOUBLE`),
        };
    }
    case 'clickhouse-csv': {
        const names = csvHeader(clickhouseCsvColumns);
        const types = { prompt_tokens: 'BIGINT', completion_tokens: 'BIGINT', cost: 'UBIGINT' };
        return {
            from: `read_csv(${f}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', `
                + `nullstr = '\\N', columns = ${csvColumns(names, types)})`,
            user: 'user_id', prompt: 'prompt_tokens', completion: 'completion_tokens', cost: 'cost',
        };
    }
    default:
        return null;
    }
}

const s = source();
if (!s) {
    console.error(`duckdb-aggregate: unknown format ${format}`);
    process.exit(2);
}
// A missing user id and the empty one are one group, as in ClickHouse (user_id '').
const sql = `SELECT coalesce(${s.user}, '') AS u, count(*)::BIGINT AS n,
    coalesce(sum(${s.prompt}), 0)::BIGINT AS p, coalesce(sum(${s.completion}), 0)::BIGINT AS c,
    coalesce(sum(${s.cost}), 0)::BIGINT AS cost
  FROM ${s.from} GROUP BY 1`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const started = process.hrtime.bigint();
let rows;
try {
    const reader = await connection.runAndReadAll(sql);
    rows = reader.getRows();
} catch (e) {
    console.error(`duckdb-aggregate: ${e.message}`);
    process.exit(1);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const out = rows.map((r) => JSON.stringify([r[0], String(r[1]), String(r[2]), String(r[3]), String(r[4])]));
process.stdout.write(out.join('\n') + '\n');
console.error(`query-seconds ${seconds.toFixed(4)}`);
