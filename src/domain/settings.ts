/** Settings of the OMS tenant that change what the rules expect (SPEC §3, config `settings`). */
export interface Settings {
  /** The SKIP_INTERNATIONAL_TAX catalog configuration: the 20% tax cap does not apply. */
  readonly skipInternationalTax?: boolean;
  /** An onBlocks implementation: the OMS splits mixed-availability orders itself. */
  readonly onBlocks?: boolean;
  /**
   * Implementation-specific no-operation subtypes: a list of codes (every currency), or
   * a map from code to the currencies it supports (`"all"` for every currency).
   */
  readonly customNoOperationTypes?: readonly string[] | Readonly<Record<string, readonly string[] | "all">>;
  /** Part numbers of certified products (they negate Express shipping). */
  readonly certifiedPartNumbers?: readonly string[];
}
