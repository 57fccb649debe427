/** A REST Client request line and head that send a Create Order body, the blank line included. */
export const createOrderLine = "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n";

/** The body of a one-request `.http` text as a Postman collection's raw body (a request that names its content type). */
export function asPostmanRawBody(http: string): string {
  const raw = http.slice(http.indexOf("\n\n") + 2);
  const request = { method: "POST", header: [{ key: "Content-Type", value: "application/json" }], url: "https://integration.shopatron.com/api/v2/createOrder/", body: { mode: "raw", raw } };
  return JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "create", request }] }, null, 2);
}
