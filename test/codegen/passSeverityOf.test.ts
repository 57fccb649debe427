import { describe, expect, it } from "vitest";
import { listTail } from "../../codegen/listTail.js";

/**
 * Every validator hands `severityOf` (the severity each error's finding will have, undefined for
 * none: a rule turned off) to each it calls, or a list below it would count the errors of a rule
 * turned off toward its limit of 1,000 problems again (found by the schema check's budget audit),
 * and stop or go on by their evidence, not their configured level. A call of a form
 * passSeverityOf does not know fails codegen.
 */
describe("passSeverityOf", () => {
  const { passSeverityOf } = listTail();

  it("adds severityOf to every validator's head and to every call, as positionalPaths leaves them", () => {
    const code =
      'function validate2(data, instancePath=""){if(!(validate3(data.product, instancePath+"/product"))){}for(let i0=0; i0<len0; i0++){validate3(data0[i0], instancePath+"/orderItems/" + i0);}}' +
      'function validate3(data, instancePath=""){validate4(data, instancePath);}';
    expect(passSeverityOf(code)).toBe(
      'function validate2(data, instancePath="", severityOf=undefined){if(!(validate3(data.product, instancePath+"/product", severityOf))){}for(let i0=0; i0<len0; i0++){validate3(data0[i0], instancePath+"/orderItems/" + i0, severityOf);}}' +
        'function validate3(data, instancePath="", severityOf=undefined){validate4(data, instancePath, severityOf);}',
    );
  });

  it("fails on a call it cannot hand severityOf to", () => {
    expect(() => passSeverityOf('function validate2(data, instancePath=""){validate3(data.a.b, instancePath+"/a/b");}')).toThrow(/not one passSeverityOf knows/);
    expect(() => passSeverityOf("function validate2(data){}")).toThrow(/not one passSeverityOf knows/);
  });
});
