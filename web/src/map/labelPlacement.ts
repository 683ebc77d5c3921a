/** Screen rectangles in pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A place name to put beside its dot at (x, y), and its size. */
export interface Name {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room between a dot's centre and its name (px); farther when something sits on the dot. */
const GAP = 4;
const FAR = 14;

const aboveAt = (gap: number) => ({ x, y, width, height }: Name): Box => ({ left: x - width / 2, right: x + width / 2, top: y - gap - height, bottom: y - gap });
const belowAt = (gap: number) => ({ x, y, width, height }: Name): Box => ({ left: x - width / 2, right: x + width / 2, top: y + gap, bottom: y + gap + height });

/** Where a name may go, tried in this order; each as the name's box for a dot at (x, y). */
const SIDES: Array<(n: Name) => Box> = [
  aboveAt(GAP),
  belowAt(GAP),
  ({ x, y, width, height }) => ({ left: x + GAP, right: x + GAP + width, top: y - height / 2, bottom: y + height / 2 }),
  ({ x, y, width, height }) => ({ left: x - GAP - width, right: x - GAP, top: y - height / 2, bottom: y + height / 2 }),
  aboveAt(FAR),
  belowAt(FAR),
];

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Puts each name above its dot, or below, right or left of it, or farther above or below, when
 * a nearer place would cross an obstacle or a name placed before it (names come in order of
 * importance). A name with no free place stays above. Returns each name's shift (px) from its place above the dot.
 */
export function placeNames(names: readonly Name[], obstacles: readonly Box[]): Array<{ dx: number; dy: number }> {
  const taken = [...obstacles];
  return names.map((name) => {
    const above = SIDES[0]!(name);
    const box = SIDES.map((side) => side(name)).find((b) => !taken.some((t) => overlaps(b, t))) ?? above;
    taken.push(box);
    return { dx: box.left - above.left, dy: box.top - above.top };
  });
}
