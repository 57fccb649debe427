/** A custom data POST on order 555555, named `request` when given (REST Client's `# @name`). */
export const post = (name: string, request = "") =>
  `${request ? `# @name ${request}\n` : ""}POST https://integration.shopatron.com/api/v2/order/555555/customData\nContent-Type: application/json\n\n{"name": "${name}", "value": "v"}\n`;

/** A custom data PUT to a record of order 555555 (or of the order given). */
export const put = (name: string, record = "111111", order = "555555") =>
  `PUT https://integration.shopatron.com/api/v2/order/${order}/customData/${record}\nContent-Type: application/json\n\n{"name": "${name}", "value": "w"}\n`;

/** A custom data POST on item 7 of order 555555, named `request` when given. */
export const itemPost = (name: string, request = "") =>
  `${request ? `# @name ${request}\n` : ""}POST https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=555555\nContent-Type: application/json\n\n{"name": "${name}", "value": "v"}\n`;
