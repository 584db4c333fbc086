/** Export: the speech as .docx and as a preview page. Bundled apart from the extension (dist/export.js): docx is large. */
export { speechToDocx, type DocxOptions } from './docx';
export { speechToHtml, type PreviewOptions } from './html';
export {
  commentText,
  reviewCopyOfDocx,
  reviewCopyOfText,
  withComments,
  REVIEW_AUTHOR,
  type ReviewComment,
} from './review';
export { readDocx, WordError, type WordText } from '../import/docx';
