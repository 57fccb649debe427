import { pick, seededRandom } from "./random.js";

const address = (random: () => number) => ({
  addressID: null,
  customerID: null,
  firstName: pick(random, ["Ana", "Bo", "Chen", "Dee"]),
  lastName: pick(random, ["Ito", "Lund", "Moss", "Ngo"]),
  addressLine1: `${Math.floor(random() * 9000) + 100} Elm Ln.`,
  addressLine2: null,
  addressLine3: null,
  phone: "111-222-3333",
  city: "San Luis Obispo",
  postalCode: "93405",
  state: "CA",
  countryCode: "US",
  latitude: null,
  longitude: null,
  fraudLock: false,
  active: true,
});

function item(random: () => number, index: number) {
  const cents = 100 + Math.floor(random() * 20000);
  const quantity = 1 + Math.floor(random() * 4);
  const taxCents = Math.floor((cents * quantity * Math.floor(random() * 20)) / 100);
  return {
    orderItemID: null,
    product: {
      partNumber: `PART-${index}-${Math.floor(random() * 1e6)}`,
      productID: null,
      availability: "Y",
      name: `Product ${index}`,
      retailPrice: (cents * 1.3) / 100,
      averageDealerMargin: 0.3,
      upc: null,
    },
    itemSpecifics: {
      externalItemID: `ext-${index}`,
      actualPrice: cents / 100,
      quantity,
      shipping: 1,
      shippingTax: 0.1,
      itemTaxOverride: taxCents / 100,
      customItemData: { serial: `SN${Math.floor(random() * 1e9)}`, warranty: "2 years", giftWrap: "no" },
      options: { size: pick(random, ["S", "M", "L"]), color: pick(random, ["black", "blue"]) },
    },
  };
}

/** A realistic Create Order body of `items` lines (custom data, payments, addresses). */
export function createOrderPayload(items: number, seed = 1): object {
  const random = seededRandom(seed);
  return {
    externalOrderID: `bench-${seed}-${items}`,
    manufacturerID: 1234,
    catalogID: 0,
    locale: "en-US",
    currency: "USD",
    customer: { customerID: null, firstName: "Test", lastName: "Customer", email: "t@example.com", password: null, phone1: "852-658-4578", phone2: null, accountCreated: null },
    orderItems: Array.from({ length: items }, (_, i) => item(random, i)),
    shippingMethod: { shippingType: "standard", shippingClass: "Standard" },
    shippingAddress: address(random),
    orderPayments: [
      {
        orderPaymentID: null,
        paymentMethod: { billingAddress: address(random), paymentType: "CC", cardIssuer: "VI", cardNumber: "411111111111111", cardSecurityCode: "111", cardExpiration: "12/2030", paymentClass: "CreditCard" },
        paymentMethodID: null,
        maxAmount: null,
        transactionID: "12123",
        authorizationID: "48484",
        paymentType: null,
        authAmount: 20,
      },
    ],
    customerIP: "88.152.11.125",
    orderID: null,
    shippingTax: 2,
    forceItemTaxOverride: true,
    optInRetailer: true,
    landingCode: "BenchLandingCode",
    customOrderData: { channelRef: `c-${seed}`, campaign: "winter" },
    allowSplit: false,
    orderGift: { recipient: "John Doe", message: "enjoy" },
    orderComment: null,
    sendEmail: true,
  };
}

/** A mix of payload kinds of typical size, as a fixture folder holds them. */
export function mixedPayload(index: number): object | string {
  const random = seededRandom(index + 1000);
  switch (index % 5) {
    case 0:
    case 1:
      return createOrderPayload(1 + Math.floor(random() * 4), index);
    case 2:
      return { ...createOrderPayload(2, index), orderStatus: "SHIPPED", assignedLocation: "00000055", useInventory: false };
    case 3:
      return { name: `key-${index}`, value: `value ${Math.floor(random() * 1e6)}` };
    default:
      return { orderID: String(100000 + index), shipmentID: String(200000 + index), perPage: "20" };
  }
}
