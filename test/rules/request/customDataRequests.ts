/** A custom data POST on order 555555, named `request` when given (REST Client's `# @name`). */
export const post = (name: string, request = "") =>
  `${request ? `# @name ${request}\n` : ""}POST https://integration.shopatron.com/api/v2/order/555555/customData\nContent-Type: application/json\n\n{"name": "${name}", "value": "v"}\n`;

/** A custom data PUT to a record of order 555555. */
export const put = (name: string, record = "111111") =>
  `PUT https://integration.shopatron.com/api/v2/order/555555/customData/${record}\nContent-Type: application/json\n\n{"name": "${name}", "value": "w"}\n`;
