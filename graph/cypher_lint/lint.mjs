// Run Neo4j's own Cypher parser and semantic analysis over statements.
//
// stdin: JSON {"schema": {...DbSchema...}, "statements": [{"name": "...", "query": "..."}]}
//        (a bare JSON list of {"name", "query"} objects or strings is accepted too)
// stdout: JSON [{"name": "...", "diagnostics": [{"severity": "error"|"warning"|..., "message",
//         "line", "column"}]}], one entry per statement, in input order.
//
// The schema tells the linter which labels, relationship types, property keys and
// parameters exist, so a misspelt one is reported; parameters not declared there are errors.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

const input = JSON.parse(await readStdin());
const statements = Array.isArray(input) ? input : input.statements;
const schema = { defaultLanguage: 'CYPHER 5', ...(Array.isArray(input) ? {} : input.schema ?? {}) };

const results = statements.map((entry, index) => {
  const { name, query } = typeof entry === 'string' ? { name: String(index), query: entry } : entry;
  // consoleCommandsEnabled: false, since the driver sends no `:param`-style console commands.
  const { diagnostics } = lintCypherQuery(query, schema, { consoleCommandsEnabled: false });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
