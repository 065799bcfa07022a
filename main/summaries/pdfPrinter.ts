// Printing a page to PDF is Chromium's job: Electron's webContents.printToPDF in the app
// (main/app/pdfPrinter.ts), the same Chromium through Playwright in the test harness. Main hands it
// a complete, script-free HTML page and gets the PDF's bytes back.
export type PdfPrinter = (html: string) => Promise<Uint8Array>;
