// The OCR document (an offscreen document on Chromium): reads text in images
// for the service worker. Nothing is loaded until the first image arrives.
import { registerOcrDocument } from '@/lib/ocr/document';

registerOcrDocument();
