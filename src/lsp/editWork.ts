/** What a CursorText has done: each piece, line start or block of line starts it has passed over, split, put or dropped (what its cost grows with). */
export interface EditWork {
  steps: number;
}
