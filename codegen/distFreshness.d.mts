/** The files of dist/ the package runs from, from the clone's root. */
export declare const distFiles: readonly string[];
/** Whether dist/ holds every file the package runs from, each newer than every source it is built from (in the clone at `clone`, this one by default). */
export declare function distIsFresh(clone?: string): boolean;
