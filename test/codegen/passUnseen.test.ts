import { describe, expect, it } from "vitest";
import { listTail } from "../../codegen/listTail.js";

/**
 * Every validator hands `unseen` (the errors no finding shows: a rule turned off) to each it
 * calls, or a list below it would count them toward its limit of 1,000 problems again (found by
 * the schema check's budget audit). A call of a form passUnseen does not know fails codegen.
 */
describe("passUnseen", () => {
  const { passUnseen } = listTail({});

  it("adds unseen to every validator's head and to every call, as positionalPaths leaves them", () => {
    const code =
      'function validate2(data, instancePath=""){if(!(validate3(data.product, instancePath+"/product"))){}for(let i0=0; i0<len0; i0++){validate3(data0[i0], instancePath+"/orderItems/" + i0);}}' +
      'function validate3(data, instancePath=""){validate4(data, instancePath);}';
    expect(passUnseen(code)).toBe(
      'function validate2(data, instancePath="", unseen=undefined){if(!(validate3(data.product, instancePath+"/product", unseen))){}for(let i0=0; i0<len0; i0++){validate3(data0[i0], instancePath+"/orderItems/" + i0, unseen);}}' +
        'function validate3(data, instancePath="", unseen=undefined){validate4(data, instancePath, unseen);}',
    );
  });

  it("fails on a call it cannot hand unseen to", () => {
    expect(() => passUnseen('function validate2(data, instancePath=""){validate3(data.a.b, instancePath+"/a/b");}')).toThrow(/not one passUnseen knows/);
    expect(() => passUnseen("function validate2(data){}")).toThrow(/not one passUnseen knows/);
  });
});
