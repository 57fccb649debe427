// A serverless checkout function's cold start: import the package by its name, validate the
// documents' Create Order once, exit. Run by bench/coldStart.ts against `node -e 0`.
import { readFileSync } from "node:fs";
import { validate } from "oms-lint";

const body = JSON.parse(readFileSync(new URL("../examples/createOrder.json", import.meta.url), "utf8"));
if (!validate("createOrder", body).valid) process.exit(3);
