import { customDataPutName } from "../../rules/custom-data-put-name.js";
import { ruleTester } from "../support/ruleTester.js";

const existing = { name: "Example Data", value: "This is sample custom data." };
const update = { name: "Example Data", value: "This is new text for the sample custom data." };

ruleTester(customDataPutName, {
  valid: [
    { name: "the documents' PUT: same name, new value", payload: update, existing },
    { name: "the item data PUT likewise", kind: "orderItemCustomData", payload: update, existing },
    { name: "without the existing record (a POST): silent", payload: { ...update, name: "Other" } },
    { name: "an existing record without a name: nothing to compare", payload: update, existing: { value: "x" } },
    { name: "a body without a name is the schema's error", payload: { value: "x" }, existing },
  ],
  invalid: [
    {
      name: "a renamed record",
      payload: { ...update, name: "Example data" },
      existing,
      errors: [{ path: "/name", messageId: "renamed", messageIncludes: ['"Example data"', '"Example Data"'] }],
    },
    {
      name: "a renamed item record",
      kind: "orderItemCustomData",
      payload: { ...update, name: "finalSale" },
      existing,
      errors: [{ path: "/name", messageId: "renamed" }],
    },
  ],
});
