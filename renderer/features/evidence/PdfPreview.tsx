import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { drawPdfPage, loadPdfDocument } from './pdfDocument';

const PAGE_WIDTH = 640;

type PdfState = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly document: PDFDocumentProxy } | { readonly kind: 'failed'; readonly message: string };

/** Opens the verified bytes main hands over; nothing of a file that failed its check arrives here. */
function usePdfDocument(id: string): PdfState {
  const api = useApi();
  const { t } = useTranslation();
  const [state, setState] = useState<PdfState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let task: PDFDocumentLoadingTask | null = null;
    const unreadable = () => live && setState({ kind: 'failed', message: t('evidence.preview.pdfUnreadable') });
    api.call('evidence.pdfBytes', { id }).then(
      async (bytes) => {
        try {
          task = await loadPdfDocument(bytes);
          const document = await task.promise;
          if (live) {setState({ kind: 'ready', document });}
        } catch {
          unreadable();
        }
      },
      (error: unknown) => live && setState({ kind: 'failed', message: t(`errors.${errorCodeOf(error)}`) }),
    );
    return () => {
      live = false;
      void task?.destroy();
    };
  }, [api, id, t]);
  return state;
}

function PdfPages({ document, name }: { readonly document: PDFDocumentProxy; readonly name: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [page, setPage] = useState(1);
  const [drawFailed, setDrawFailed] = useState(false);
  useEffect(() => {
    if (canvas.current !== null) {
      drawPdfPage(document, page, canvas.current, PAGE_WIDTH).then(
        () => setDrawFailed(false),
        () => setDrawFailed(true),
      );
    }
  }, [document, page]);
  const pages = document.numPages;
  return (
    <div className="pdf-preview">
      <canvas ref={canvas} className="pdf-page" role="img" aria-label={t('evidence.preview.pdfPage', { name, page, pages })} />
      {drawFailed ? <p className="notice">{t('evidence.preview.pdfUnreadable')}</p> : null}
      <div className="pdf-pager">
        <button type="button" className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('evidence.preview.previousPage')}
        </button>
        <span aria-live="polite">{t('evidence.preview.pageOf', { page, pages })}</span>
        <button type="button" className="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t('evidence.preview.nextPage')}
        </button>
      </div>
    </div>
  );
}

export function PdfPreview({ id, name }: { readonly id: string; readonly name: string }) {
  const state = usePdfDocument(id);
  return (
    <>
      {state.kind === 'ready' ? <PdfPages document={state.document} name={name} /> : null}
      <ErrorAlert message={state.kind === 'failed' ? state.message : null} />
    </>
  );
}
