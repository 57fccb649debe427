/** The README's orders.http, its custom data part: a POST that creates "Gift message", then a PUT that sends "Gift mesage", a name the POST did not create. */
export const readmeCustomDataRequests = [
  "@oms = https://integration.shopatron.com/api/v2",
  "",
  "### Add a gift message",
  "POST {{oms}}/order/555555/customData",
  "Content-Type: application/json",
  "",
  '{"name": "Gift message", "value": "Happy birthday"}',
  "",
  "### Change its value (the name cannot change)",
  "PUT {{oms}}/order/555555/customData/111111",
  "Content-Type: application/json",
  "",
  '{"name": "Gift mesage", "value": "Happy birthday!"}',
  "",
].join("\n");
