import { extractTextItems, getDocumentProxy, getMeta, getResolvedPDFJS } from 'unpdf';

// unpdf's PDF.js build calls ArrayBuffer.prototype.transferToFixedLength (Node 21+) when it reads drawing operators;
// the project still runs on Node 20, where a copy does the same for reading.
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length?: number) {
      return this.slice(0, length ?? this.byteLength);
    },
  });
}

export interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

/** A node of a page's structure tree (the tags screen readers follow), without the marked-content leaves. */
export interface StructureNode {
  role: string;
  alt?: string;
  children: StructureNode[];
}

interface RawStructureNode {
  role?: string;
  alt?: string;
  type?: string;
  children?: RawStructureNode[];
}

function simplifyStructure(node: RawStructureNode): StructureNode {
  return {
    role: node.role ?? '',
    ...(node.alt ? { alt: node.alt } : {}),
    children: (node.children ?? []).filter((child) => child.type !== 'content').map(simplifyStructure),
  };
}

/** A PDF opened with PDF.js: its text as lines per page (top to bottom), metadata, outline and drawing operators. */
export async function readPdf(file: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(file));
  const { items } = await extractTextItems(pdf);
  // Items on the same baseline form a line, e.g. a table-of-contents heading and its page number.
  const pages = items.map((pageItems) => {
    const lines = new Map<number, { x: number; str: string }[]>();
    for (const item of pageItems) {
      const y = Math.round(item.y);
      lines.set(y, [...(lines.get(y) ?? []), { x: item.x, str: item.str }]);
    }
    return [...lines.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, parts]) =>
        parts
          .sort((a, b) => a.x - b.x)
          .map((part) => part.str)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((line) => line.length > 0);
  });
  const { info } = await getMeta(pdf);
  const outline = ((await pdf.getOutline()) ?? []) as OutlineNode[];
  const { OPS } = await getResolvedPDFJS();

  return {
    pageCount: pdf.numPages,
    /** Lines of page `number` (1-based). */
    lines: (number: number): string[] => pages[number - 1] ?? [],
    info: info as Record<string, unknown>,
    outline: outline.map(function simplify(node: OutlineNode): OutlineNode {
      return { title: node.title, items: node.items.map(simplify) };
    }),
    /** The tags of page `number`, below the Document element. */
    async structure(number: number): Promise<StructureNode[]> {
      const tree = simplifyStructure(((await (await pdf.getPage(number)).getStructTree()) ?? {}) as RawStructureNode);
      return tree.children.find((child) => child.role === 'Document')?.children ?? [];
    },
    /** The named destinations that the links on page `number` go to. */
    async linkTargets(number: number): Promise<string[]> {
      const annotations = (await (await pdf.getPage(number)).getAnnotations()) as { subtype: string; dest?: unknown }[];
      return annotations.flatMap((annotation) =>
        annotation.subtype === 'Link' && typeof annotation.dest === 'string' ? [annotation.dest] : [],
      );
    },
    /** The 1-based page a named destination shows. */
    async destinationPage(name: string): Promise<number | null> {
      const [page] = (await pdf.getDestination(name)) ?? [];
      return page ? (await pdf.getPageIndex(page)) + 1 : null;
    },
    /** How many paths page `number` draws: lines, rectangles and curves, the vector graphics of a chart. */
    async pathCount(number: number): Promise<number> {
      const operators = await (await pdf.getPage(number)).getOperatorList();
      return operators.fnArray.filter((operator) => operator === OPS.constructPath).length;
    },
  };
}

export type ReadPdf = Awaited<ReturnType<typeof readPdf>>;

/** Every node of `role` in a structure tree. */
export function nodesWithRole(nodes: StructureNode[], role: string): StructureNode[] {
  return nodes.flatMap((node) => [...(node.role === role ? [node] : []), ...nodesWithRole(node.children, role)]);
}

/** The 1-based numbers of the pages with a line equal to `text`. */
export function pagesWithLine(pdf: ReadPdf, text: string): number[] {
  return Array.from({ length: pdf.pageCount }, (_, i) => i + 1).filter((page) => pdf.lines(page).includes(text));
}
