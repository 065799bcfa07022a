import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';

// pdf.js (Mozilla's PDF renderer) draws a PDF onto a canvas inside the renderer: no browser PDF
// plugin, no frame, no file. Loaded only when a PDF is previewed. It runs on the page's own thread
// (its "worker" module is imported here, so pdf.js needs no Worker: the CSP allows none). Version 6
// compiles nothing with eval (CVE-2024-4367 was font code run through eval in older versions);
// WebAssembly decoders and fetching of fonts and maps are off (the CSP forbids both), so a scan
// with JPEG 2000 images may show blank areas, and the preview says so if pdf.js reports an error.

type PdfWorkerGlobal = { pdfjsWorker?: unknown };

export async function loadPdfDocument(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as PdfWorkerGlobal).pdfjsWorker = worker;
  return pdfjs.getDocument({ data, useWasm: false, useWorkerFetch: false, enableXfa: false, disableAutoFetch: true });
}

/** Draws one page (1-based) to fit `width` CSS pixels, sharp on high-density screens. */
export async function drawPdfPage(document: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, width: number): Promise<void> {
  const page = await document.getPage(pageNumber);
  const unscaled = page.getViewport({ scale: 1 });
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
}
