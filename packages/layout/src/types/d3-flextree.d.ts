// d3-flextree ships no types; this declares the part of its API the layout uses.
declare module 'd3-flextree' {
  export interface FlexHierarchyNode<Datum> {
    data: Datum;
    x: number;
    y: number;
    depth: number;
    parent: FlexHierarchyNode<Datum> | null;
    children: FlexHierarchyNode<Datum>[] | null;
    /** Visits every node breadth-first, without recursion (from d3-hierarchy). */
    each(callback: (node: FlexHierarchyNode<Datum>) => void): this;
  }

  export interface FlextreeOptions<Datum> {
    children?: (datum: Datum) => Datum[] | null | undefined;
    nodeSize?: (node: FlexHierarchyNode<Datum>) => [number, number];
    spacing?: number | ((a: FlexHierarchyNode<Datum>, b: FlexHierarchyNode<Datum>) => number);
  }

  export interface FlextreeLayout<Datum> {
    (tree: FlexHierarchyNode<Datum>): FlexHierarchyNode<Datum>;
    hierarchy(data: Datum): FlexHierarchyNode<Datum>;
  }

  export function flextree<Datum>(options?: FlextreeOptions<Datum>): FlextreeLayout<Datum>;
}
