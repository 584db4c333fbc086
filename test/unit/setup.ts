/** Every unit test runs with team terms' regular expressions on RE2, as every host provides them. */
import { provideLinearRegex } from '../../src/core';
import { re2Compiler } from '../../src/core/engine/re2';

provideLinearRegex(() => re2Compiler);
