import JSZip from 'jszip';

export interface DocxParagraph {
  style: string | undefined;
  text: string;
  xml: string;
}

/** A DOCX unzipped: its parts as text, and the paragraphs of word/document.xml with their style and text. */
export async function readDocx(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  const part = async (path: string) => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`${path} is missing`);
    return entry.async('string');
  };
  const document = await part('word/document.xml');
  const paragraphs: DocxParagraph[] = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1],
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => decodeXml(text ?? '')).join(''),
    xml,
  }));
  const media = await Promise.all(
    Object.keys(zip.files)
      .filter((path) => path.startsWith('word/media/'))
      .map(async (path) => ({ path, data: await zip.file(path)!.async('nodebuffer') })),
  );
  return { document, paragraphs, media, part };
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}
