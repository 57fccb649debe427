const orderData = "https://integration.shopatron.com/api/v2/order/555555/customData";

/** A custom data POST on order 555555 sending a body as written, named `request` when given (REST Client's `# @name`). */
export const postBody = (body: string, request = "") => `${request ? `# @name ${request}\n` : ""}POST ${orderData}\nContent-Type: application/json\n\n${body}\n`;

/** A custom data POST on order 555555, named `request` when given. */
export const post = (name: string, request = "") => postBody(`{"name": "${name}", "value": "v"}`, request);

/** A custom data PUT to a record of order 555555 (or of the order given). */
export const put = (name: string, record = "111111", order = "555555") =>
  `PUT https://integration.shopatron.com/api/v2/order/${order}/customData/${record}\nContent-Type: application/json\n\n{"name": "${name}", "value": "w"}\n`;

/** A custom data POST on item 7 of order 555555, named `request` when given. */
export const itemPost = (name: string, request = "") =>
  `${request ? `# @name ${request}\n` : ""}POST https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=555555\nContent-Type: application/json\n\n{"name": "${name}", "value": "v"}\n`;

/** A request of a Postman collection: its item name (a request name, as `# @name` is), method, URL and raw JSON body. */
export interface PostmanRequest {
  readonly name: string;
  readonly method: "POST" | "PUT";
  readonly url: string;
  readonly raw: string;
}

/** A Postman custom data POST on order 555555 sending a raw body as written. */
export const postmanPost = (raw: string, name = "create"): PostmanRequest => ({ name, method: "POST", url: orderData, raw });

/** A Postman custom data PUT sending a name, to a record of order 555555. */
export const postmanPut = (name: string, record = "111111"): PostmanRequest => ({ name: "edit", method: "PUT", url: `${orderData}/${record}`, raw: `{"name": "${name}", "value": "w"}` });

/** A Postman collection of the requests, in order, as Postman saves it (two-space indent): each raw body of language json. */
export const collection = (...requests: readonly PostmanRequest[]) =>
  JSON.stringify(
    {
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: requests.map(({ name, method, url, raw }) => ({ name, request: { method, url, body: { mode: "raw", raw, options: { raw: { language: "json" } } } } })),
    },
    null,
    2,
  );
