/** to-regex-range 5 ships no types: the one call oms-lint makes (glob/rangeExpression). */
declare module "to-regex-range" {
  export default function toRegexRange(min: number, max?: number): string;
}
