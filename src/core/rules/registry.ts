/** Every rule: adding one is its file and one line here. The engine orders them by id (see index.ts). */

export { announcedCount } from './announcedCount';
export { cjkSpace } from './cjkSpace';
export { duplicateParagraph } from './duplicateParagraph';
export { ellipsisDash } from './ellipsisDash';
export { emptyHeading } from './emptyHeading';
export { enumerationSequence } from './enumerationSequence';
export { halfwidthPunctuation } from './halfwidthPunctuation';
export { headingMarker } from './headingMarker';
export { longSentence } from './longSentence';
export { missingNumber } from './missingNumber';
export { numberUsage } from './numberUsage';
export { numberingSequence } from './numberingSequence';
export { placeholder } from './placeholder';
export { repeatedPunctuation } from './repeatedPunctuation';
export { speechStructure } from './speechStructure';
export { unpairedMark } from './unpairedMark';
export { webResidue } from './webResidue';
export { cornerQuotes } from './cornerQuotes';
export { fullwidthAlphanumeric } from './fullwidthAlphanumeric';
export { interpunct } from './interpunct';
export { typo } from './typo';
export { date } from './date';
export { term } from './term';
export { formulation } from './formulation';
export { numberConsistency } from './numberConsistency';
export { variantWord } from './variantWord';
