import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder, orderItem, orderPayment } from "../support/payloads.js";
import { binaryString } from "../support/binaryString.js";
import { schemaErrorPaths, withValueAt } from "../support/mutate.js";

const property = { seed: 20261123, numRuns: 100 };
const order = createOrder();
const errorsWith = (path: string, value: unknown) => schemaErrorPaths("createOrder", withValueAt(order, path, value));

/** A string field of lengths [min, max]: valid exactly inside, the error at the field. */
function lengthBoundary(path: string, min: number, max: number) {
  it(`${path}: ${min}–${max} characters`, () => {
    for (const [length, ok] of [[min - 1, false], [min, true], [max, true], [max + 1, false]] as const) {
      if (length < 0) continue;
      expect(errorsWith(path, "x".repeat(length)), `length ${length}`).toEqual(ok ? [] : [path]);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: max + 20 }), (length) => {
        const inside = length >= min && length <= max;
        expect(errorsWith(path, "é".repeat(length))).toEqual(inside ? [] : [path]);
      }),
      property,
    );
  });
}

/** A numeric field with a minimum: valid at and above it, an error below, at the field. */
function minimumBoundary(path: string, minimum: number, integer: boolean) {
  it(`${path}: ${integer ? "an integer" : "a number"} ≥ ${minimum}`, () => {
    expect(errorsWith(path, minimum)).toEqual([]);
    expect(errorsWith(path, minimum - 1)).toEqual([path]);
    if (integer) expect(errorsWith(path, minimum + 0.5)).toEqual([path]);
    else expect(errorsWith(path, minimum - 0.01)).toEqual([path]);
    expect(errorsWith(path, String(minimum + 1))).toEqual([path]);
    fc.assert(
      fc.property(integer ? fc.integer({ min: -1000, max: 1000 }) : fc.double({ min: -1000, max: 1000, noNaN: true }), (n) => {
        expect(errorsWith(path, n)).toEqual(n >= minimum ? [] : [path]);
      }),
      property,
    );
  });
}

describe("createOrder schema: SPEC §2 boundaries", () => {
  it("the documents' example, repaired, has no error at all", () => {
    expect(validate("createOrder", order).diagnostics).toEqual([]);
  });

  lengthBoundary("/externalOrderID", 1, 100);
  lengthBoundary("/cartID", 0, 512);
  lengthBoundary("/orderComment", 0, 1000);
  lengthBoundary("/landingCode", 10, 200);
  lengthBoundary("/orderPayments/0/paymentMethod/billingAddress/addressLine1", 0, 250);
  lengthBoundary("/orderPayments/0/paymentMethod/billingAddress/addressLine3", 0, 250);
  lengthBoundary("/orderGift/recipient", 0, 100);
  lengthBoundary("/orderGift/message", 0, 16384);

  minimumBoundary("/manufacturerID", 1, true);
  minimumBoundary("/catalogID", 0, true);
  minimumBoundary("/orderID", 1, true);
  minimumBoundary("/shippingTax", 0, false);
  minimumBoundary("/shippingTaxRate", 0, false);
  minimumBoundary("/orderItems/0/itemSpecifics/quantity", 1, true);

  it("catalogID -1 on the documents' example is an error at /catalogID, with the documented minimum and its constraint", () => {
    const result = validate("createOrder", withValueAt(order, "/catalogID", -1));
    expect(result.diagnostics).toEqual([
      {
        ruleId: "schema",
        messageId: "minimum",
        severity: "error",
        evidence: "stated",
        path: "/catalogID",
        message: expect.stringContaining("0 or more"),
        constraint: "definitions.json#/definitions/catalogID/minimum",
      },
    ]);
  });

  it("fraudTransactionID holds at most 200 characters", () => {
    const withFraud = (id: string) => createOrder({ fraudData: [{ fraudType: "KOUNT", fraudScore: 0, fraudTransactionID: id, fraudState: "REVIEW" }] });
    expect(schemaErrorPaths("createOrder", withFraud("x".repeat(200)))).toEqual([]);
    expect(schemaErrorPaths("createOrder", withFraud("x".repeat(201)))).toEqual(["/fraudData/0/fraudTransactionID"]);
  });

  it.each([
    "externalOrderID", "manufacturerID", "catalogID", "locale", "currency", "customer", "orderItems",
    "shippingMethod", "shippingAddress", "orderPayments", "customerIP", "sendEmail",
  ])("a missing %s points at where it belongs", (name) => {
    const result = validate("createOrder", withValueAt(order, `/${name}`, undefined));
    expect(result.diagnostics.filter((d) => d.ruleId === "schema")).toEqual([
      expect.objectContaining({ path: `/${name}`, message: expect.stringContaining(`${name} is required`) }),
    ]);
  });

  it("orderItems and orderPayments need at least one element", () => {
    expect(errorsWith("/orderItems", [])).toEqual(["/orderItems"]);
    expect(errorsWith("/orderPayments", [])).toEqual(["/orderPayments"]);
  });

  it("locale: the documented IETF list, and en-CA (\"while orders can be created in this locale\")", () => {
    const documented = ["en-US", "en-GB", "en-HL", "en-IN", "es-ES", "es-MX", "ko-KR", "de-DE", "el-GR", "fr-CA", "fr-FR", "it-IT", "ja-JP", "nl-NL", "nb-NO", "no-NO", "ru-RU", "sv-SE", "zh-cmn-CN", "zh-HANT", "zh-yue-CN"];
    for (const locale of [...documented, "en-CA"]) expect(errorsWith("/locale", locale), locale).toEqual([]);
    for (const locale of ["de", "en-AU", ""]) expect(errorsWith("/locale", locale), locale).toEqual(["/locale"]);
    // locale en-CA draws no finding (but in EUR without a currencyLocale: currency-locale-implied).
    expect(validate("createOrder", { ...order, locale: "en-CA" }).diagnostics).toEqual([]);
  });

  it("locale that is no string is said in the schema's words, as on an import; a missing orderPayments claims no minimum count", () => {
    for (const kind of ["createOrder", "importOrder"] as const) {
      const payload = kind === "createOrder" ? order : importOrder();
      expect(validate(kind, withValueAt(payload, "/locale", null)).diagnostics.filter((d) => d.path === "/locale").map((d) => d.message), kind).toEqual(['locale must be an IETF code string such as "en-US"']);
    }
    const { orderPayments: _payments, ...withoutPayments } = order;
    expect(validate("createOrder", withoutPayments).diagnostics.map((d) => d.message)).toEqual(["orderPayments is required (the order's payments)"]);
  });

  describe("locale in other letter case: the same IETF tag, a warning (whether the OMS compares exactly the document does not say)", () => {
    const findings = (locale: unknown) => validate("createOrder", withValueAt(order, "/locale", locale)).diagnostics;
    it.each([
      ["en-us", "en-US"],
      ["EN-US", "en-US"],
      ["zh-hant", "zh-HANT"],
      ["en-ca", "en-CA"],
    ])("%s is schema/locale-case's one warning, naming the listed spelling %s", (locale, listed) => {
      expect(findings(locale)).toEqual([
        {
          ruleId: "schema/locale-case",
          messageId: "enum",
          severity: "warning",
          evidence: "inferred",
          path: "/locale",
          constraint: "createOrder.json#/properties/locale/then/enum",
          message: expect.stringMatching(new RegExp(`case-insensitive .*does not say whether the OMS compares them exactly.*our reading: send the listed spelling; got "${locale}", listed as "${listed}"$`)),
        },
      ]);
    });
    const listMessage =
      'locale must be one of the documented IETF codes: en-US en-GB en-HL en-IN es-ES es-MX ko-KR de-DE el-GR fr-CA fr-FR it-IT ja-JP nl-NL nb-NO no-NO ru-RU sv-SE zh-cmn-CN zh-HANT zh-yue-CN (en-CA is taken too, though the currencyLocale note says of it: "while orders can be created in this locale, it will cause errors down the line such as blank packing slips")';
    /** The stated error's words for a locale no listed code spells: the list, then what was sent. */
    const listError = (got: string) => ({
      ruleId: "schema",
      messageId: "pattern",
      severity: "error",
      evidence: "stated",
      path: "/locale",
      constraint: "createOrder.json#/definitions/listedLocaleInAnyCase/pattern",
      message: `${listMessage}; ${got}`,
    });
    // A code written with an underscore or under a region's old name (en-UK: ICU's alias of GB) is told the listed code it is;
    // a real locale the list leaves out (en-AU, zh-Hant-TW) is told none, as if it were a slip for one (it is not en-US);
    // anything else, the nearest by a typo's edits, if one is near.
    it.each([
      ["xx-XX", 'got "xx-XX"'],
      ["", 'got ""'],
      ["en_US", 'got "en_US" (did you mean en-US?)'],
      ["EN_us", 'got "EN_us" (did you mean en-US?)'],
      [" en-US", 'got " en-US" (did you mean en-US?)'],
      ["en-UK", 'got "en-UK" (did you mean en-GB?)'],
      ["en_uk", 'got "en_uk" (did you mean en-GB?)'],
      ["en-AU", "got \"en-AU\", a locale (English (Australia)) that is not among Create Order's listed codes"],
      ["pt_BR", "got \"pt_BR\", a locale (Portuguese (Brazil)) that is not among Create Order's listed codes"],
      ["zh-Hant-TW", "got \"zh-Hant-TW\", a locale (Chinese (Traditional, Taiwan)) that is not among Create Order's listed codes"],
      ["en-ZZ", 'got "en-ZZ" (did you mean en-US?)'],
      // Found by the audit of the change above: ICU's DisplayNames throws on `und`, which getCanonicalLocales takes.
      ["und", 'got "und"'],
      ["und-US", 'got "und-US" (did you mean en-US?)'],
      // A variant, an extension or a private use part names no other locale of the list.
      ["en_US_POSIX", 'got "en_US_POSIX" (did you mean en-US?)'],
      ["en-US-u-ca-buddhist", 'got "en-US-u-ca-buddhist" (did you mean en-US?)'],
      ["en-US-x-foo", 'got "en-US-x-foo" (did you mean en-US?)'],
      // The documents' zh-cmn-CN and zh-yue-CN, in the form RFC 5646 prefers (ECMA-402 takes no extended language subtag).
      ["cmn-CN", 'got "cmn-CN" (did you mean zh-cmn-CN?)'],
      ["yue-CN", 'got "yue-CN" (did you mean zh-yue-CN?)'],
      // The documents' en-HL ("Hong Kong English") is no region ICU knows: the real tag, one letter from it, is told it; two letters off is another place.
      ["en-HK", "got \"en-HK\", a locale (English (Hong Kong SAR China)) that is not among Create Order's listed codes (did you mean en-HL, the documents' own code?)"],
      ["en-NZ", "got \"en-NZ\", a locale (English (New Zealand)) that is not among Create Order's listed codes"],
      // One region letter from en-HL is also another country's English (audit): only Hong Kong's tag is told it.
      ["en-IL", "got \"en-IL\", a locale (English (Israel)) that is not among Create Order's listed codes"],
      ["en-NL", "got \"en-NL\", a locale (English (Netherlands)) that is not among Create Order's listed codes"],
      ["en_hk", "got \"en_hk\", a locale (English (Hong Kong SAR China)) that is not among Create Order's listed codes (did you mean en-HL, the documents' own code?)"],
      // Codes for no script or place are named as no locale.
      ["en-Zzzz", 'got "en-Zzzz"'],
      ["fr_ca", 'got "fr_ca" (did you mean fr-CA?)'],
      ["jane.doe@example.com", 'got "[redacted]"'],
    ])("%j matches no listed code in any case: the stated error alone, quoting it (%s)", (locale, got) => {
      expect(findings(locale)).toEqual([listError(got)]);
    });
    it("any string no listed code spells in any case is quoted as JSON, with at most a listed code as the one meant", () => {
      const listed = new Set(["en-US", "en-GB", "en-HL", "en-IN", "es-ES", "es-MX", "ko-KR", "de-DE", "el-GR", "fr-CA", "fr-FR", "it-IT", "ja-JP", "nl-NL", "nb-NO", "no-NO", "ru-RU", "sv-SE", "zh-cmn-CN", "zh-HANT", "zh-yue-CN", "en-CA"]);
      const listedInAnyCase = new Set([...listed].map((code) => code.toLowerCase()));
      // A listed code with one character changed, added or dropped: the strings a suggestion is for.
      const slip = fc.tuple(fc.constantFrom(...listed), fc.nat(), fc.constantFrom("", "_", "-", " ", "x", "É"), fc.boolean())
        .map(([code, at, put, dropOne]) => { const i = at % (code.length + 1); return code.slice(0, i) + put + code.slice(dropOne ? i + 1 : i); });
      // Short enough to be quoted whole (a message cuts a quote at 60 characters), and no e-mail address or card number (redacted).
      const sent = fc.oneof(slip, binaryString({ maxLength: 24 })).filter((locale) => !listedInAnyCase.has(locale.toLowerCase()) && !locale.includes("@") && !/[0-9]/.test(locale) && JSON.stringify(locale).length < 60);
      fc.assert(
        fc.property(sent, (locale) => {
          const [finding, ...more] = findings(locale);
          expect(more).toEqual([]);
          expect(finding).toMatchObject({ ruleId: "schema", severity: "error", path: "/locale" });
          const message = finding!.message;
          const tail = message.slice(message.indexOf("; got "));
          const quoted = `; got ${JSON.stringify(locale)}`;
          expect(tail.startsWith(quoted), message).toBe(true);
          const meant = /^ \(did you mean (.+)\?\)$/.exec(tail.slice(quoted.length));
          const unlisted = /^, a locale \(.+\) that is not among Create Order's listed codes(?: \(did you mean en-HL, the documents' own code\?\))?$/.test(tail.slice(quoted.length));
          if (tail !== quoted) expect((meant !== null && listed.has(meant[1]!)) || unlisted, message).toBe(true);
        }),
        property,
      );
    });
    it("any tag built of BCP 47's parts (und, extensions, private use, variants, extended languages) is told in one finding, never a thrown error", () => {
      const part = fc.constantFrom("und", "en", "zh", "cmn", "i", "x", "u", "ca", "buddhist", "posix", "klingon", "Hant", "Zzzz", "Latn", "US", "HK", "HL", "ZZ", "XA", "419", "root", "");
      const tag = fc.tuple(fc.array(part, { minLength: 1, maxLength: 6 }), fc.constantFrom("-", "_")).map(([parts, join]) => parts.join(join));
      fc.assert(
        fc.property(tag, (locale) => {
          const found = findings(locale);
          expect(found.length).toBeLessThanOrEqual(1);
          for (const finding of found) expect(finding.path).toBe("/locale");
        }),
        property,
      );
    });
    it("any letter case of a listed code is valid as listed, one warning otherwise, never an error", () => {
      const listed = ["en-US", "en-GB", "en-HL", "en-IN", "es-ES", "es-MX", "ko-KR", "de-DE", "el-GR", "fr-CA", "fr-FR", "it-IT", "ja-JP", "nl-NL", "nb-NO", "no-NO", "ru-RU", "sv-SE", "zh-cmn-CN", "zh-HANT", "zh-yue-CN", "en-CA"];
      const spelt = fc.tuple(fc.constantFrom(...listed), fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }))
        .map(([code, upper]) => [code, [...code].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join("")] as const);
      fc.assert(
        fc.property(spelt, ([code, locale]) => {
          expect(findings(locale).map((d) => [d.ruleId, d.severity])).toEqual(locale === code ? [] : [["schema/locale-case", "warning"]]);
        }),
        property,
      );
    });
    it("turned off, it leaves the stated error as it was", () => {
      const off = { rules: { "schema/locale-case": "off" as const } };
      expect(validate("createOrder", withValueAt(order, "/locale", "en-us"), off).diagnostics).toEqual([]);
      expect(validate("createOrder", withValueAt(order, "/locale", "xx-XX"), off).diagnostics.map((d) => d.ruleId)).toEqual(["schema"]);
    });
  });

  it("currency: exactly the 35 documented codes", () => {
    const documented = "USD RUB UAH CAD MEX HUF GBP MXN IDR CHF EUR IRR NOK DKK KWD SEK SGD TWD HKD PLN QAR CNY RON SAR JPY ARS THB NZD BRL AED KRW HRK AUD INR CZK".split(" ");
    expect(documented).toHaveLength(35);
    for (const currency of documented) expect(errorsWith("/currency", currency), currency).toEqual([]);
    for (const currency of ["usd", "BTC", "XXX", ""]) expect(errorsWith("/currency", currency), currency).toEqual(["/currency"]);
  });

  it("customerIP: an IPv4 or IPv6 address on Create Order (\"The IP address of the customer\"; the documents' own fragment has a trailing dot)", () => {
    for (const ip of ["88.152.11.125", "0.0.0.0", "255.255.255.255", "2001:db8::1", "::1"]) expect(errorsWith("/customerIP", ip), ip).toEqual([]);
    for (const ip of ["0.1.2.3.", "256.1.1.1", "88.152.11", "localhost", "2001:db8:::1", ""]) expect(errorsWith("/customerIP", ip), ip).toEqual(["/customerIP"]);
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => {
        expect(errorsWith("/customerIP", ip)).toEqual([]);
      }),
      property,
    );
  });

  it("customerIP: the import keeps its document's \"(IPv4)\"", () => {
    const imported = importOrder();
    const importErrors = (ip: string) => schemaErrorPaths("importOrder", withValueAt(imported, "/customerIP", ip));
    expect(importErrors("88.152.11.125")).toEqual([]);
    expect(importErrors("2001:db8::1")).toEqual(["/customerIP"]);
    const [problem] = validate("importOrder", withValueAt(imported, "/customerIP", "2001:db8::1")).diagnostics.filter((d) => d.path === "/customerIP");
    expect(problem?.message).toContain("(IPv4)");
  });

  it("expectedDeliveryDate: a date-time", () => {
    expect(errorsWith("/expectedDeliveryDate", "2026-11-23T10:00:00Z")).toEqual([]);
    expect(errorsWith("/expectedDeliveryDate", "2026-11-23")).toEqual(["/expectedDeliveryDate"]);
    expect(errorsWith("/expectedDeliveryDate", "tomorrow")).toEqual(["/expectedDeliveryDate"]);
  });

  it("availability: the 12 documented codes", () => {
    for (const code of "Y N L M J P D I S G V F".split(" ")) {
      expect(schemaErrorPaths("createOrder", createOrder({ forceItemTaxOverride: false, orderItems: [orderItem({ availability: code })] })), code).toEqual([]);
    }
    for (const code of ["y", "X", "YES", ""]) {
      expect(errorsWith("/orderItems/0/product/availability", code), code).toEqual(["/orderItems/0/product/availability"]);
    }
  });

  it("paymentType, cardIssuer: the documented codes; a billing address is required", () => {
    for (const type of "CC EB LV TK VO NG CS PL PZ NO AD TD PP ST GC GT GX IM M1 M2 M3 VA".split(" ")) {
      expect(errorsWith("/orderPayments/0/paymentMethod/paymentType", type), type).toEqual([]);
    }
    expect(errorsWith("/orderPayments/0/paymentMethod/paymentType", "XX")).toEqual(["/orderPayments/0/paymentMethod/paymentType"]);
    for (const issuer of "AM LS BC MS CL MC CU ST DB SV DI SW DE VI DC VL JB".split(" ")) {
      expect(errorsWith("/orderPayments/0/paymentMethod/cardIssuer", issuer), issuer).toEqual([]);
    }
    expect(errorsWith("/orderPayments/0/paymentMethod/cardIssuer", "AX")).toEqual(["/orderPayments/0/paymentMethod/cardIssuer"]);
    expect(errorsWith("/orderPayments/0/paymentMethod/billingAddress", undefined)).toEqual(["/orderPayments/0/paymentMethod/billingAddress"]);
  });

  it("a no-operation subtype is any string to the schema (custom subtypes exist; a rule checks the list)", () => {
    const payment = orderPayment({ paymentType: "NO", noOperationType: "ZZ", cardNumber: "0000000000000123" });
    expect(schemaErrorPaths("createOrder", createOrder({ orderPayments: [payment] }))).toEqual([]);
  });

  it("accepts the fields real integrations send that the seeds do not list", () => {
    const real = createOrder({
      shippingMethod: { deliveryMethod: "SHIP_TO_HOME", shipType: "EXPRESS_1_DAY" },
      shippingAddress: { ...(order.shippingAddress as object), firstName: "Test", lastName: "Customer" },
      orderItems: [orderItem({ itemTaxOverride: 0.1, product: { offerPrice: 1, imageUrl: "https://example.com/p.jpg" } })],
      orderPayments: [orderPayment({}, { transactionID: "t-1", authorizationID: "a-1", authAmount: 20 })],
      fraudData: [{ fraudType: "EXTERNAL", fraudScore: 0, fraudTransactionID: "f-1", fraudState: "ACCEPTED" }],
      forceItemTaxOverride: true,
    });
    expect(validate("createOrder", real).diagnostics).toEqual([]);
  });

  it("accepts fields the documents do not describe (a lint warning, never a schema error)", () => {
    expect(schemaErrorPaths("createOrder", createOrder({ somethingNew: { nested: [1] } }))).toEqual([]);
  });
});

describe("importOrder schema", () => {
  const imported = importOrder();
  it("the documents' import example (manufacturerID repaired) has no schema error", () => {
    expect(schemaErrorPaths("importOrder", imported)).toEqual([]);
  });
  it("orderStatus is required and is SHIPPED, READY or CANCELLED", () => {
    for (const status of ["SHIPPED", "READY", "CANCELLED"]) expect(schemaErrorPaths("importOrder", importOrder({ orderStatus: status }))).toEqual([]);
    expect(schemaErrorPaths("importOrder", importOrder({ orderStatus: "CANCELED" }))).toEqual(["/orderStatus"]);
    expect(schemaErrorPaths("importOrder", withValueAt(imported, "/orderStatus", undefined))).toEqual(["/orderStatus"]);
  });
  it("assignedLocation is a string, useInventory a boolean, importedCreationDate a date-time", () => {
    expect(schemaErrorPaths("importOrder", importOrder({ assignedLocation: 55 }))).toEqual(["/assignedLocation"]);
    expect(schemaErrorPaths("importOrder", importOrder({ useInventory: "false" }))).toEqual(["/useInventory"]);
    expect(schemaErrorPaths("importOrder", importOrder({ importedCreationDate: "2020-01-01T00:00:00Z" }))).toEqual([]);
    expect(schemaErrorPaths("importOrder", importOrder({ importedCreationDate: "01/01/2020" }))).toEqual(["/importedCreationDate"]);
  });
  it("shares every createOrder constraint (catalogID, landingCode)", () => {
    expect(schemaErrorPaths("importOrder", importOrder({ catalogID: -1 }))).toEqual(["/catalogID"]);
    expect(schemaErrorPaths("importOrder", importOrder({ landingCode: "x".repeat(9) }))).toEqual(["/landingCode"]);
  });
  it("locale is a string in the import document (not the Create Order enum)", () => {
    expect(schemaErrorPaths("importOrder", importOrder({ locale: "en-CA" }))).toEqual([]);
    expect(schemaErrorPaths("importOrder", importOrder({ locale: 1 }))).toEqual(["/locale"]);
    // No list, so no value to quote against one: Create Order's message (and its "did you mean") is never said of an import.
    for (const locale of ["en_US", "en-UK", "xx-XX"]) expect(validate("importOrder", importOrder({ locale })).diagnostics.filter((d) => d.path === "/locale"), locale).toEqual([]);
  });
});
